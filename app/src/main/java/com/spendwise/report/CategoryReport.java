package com.spendwise.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Totals per category of one type over a range and over the previous range of equal length, per
 * currency. Entries without a category form one line with a null {@code categoryId}.
 */
public record CategoryReport(
    LocalDate from,
    LocalDate to,
    LocalDate previousFrom,
    LocalDate previousTo,
    String type,
    List<Section> currencies,
    Section converted,
    List<String> unconverted) {

  public record Section(
      String currency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal total,
      long count,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
          BigDecimal previousTotal,
      List<Line> categories) {}

  /**
   * {@code share}: percent of the section's total, one decimal, rounded half-up on its own (the
   * shares need not add up to exactly 100.0). {@code change}: total minus previous total; {@code
   * changePercent}: that change in percent of the previous total, null when it was zero.
   */
  public record Line(
      UUID categoryId,
      String name,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal total,
      BigDecimal share,
      long count,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
          BigDecimal previousTotal,
      long previousCount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal change,
      BigDecimal changePercent) {}
}
