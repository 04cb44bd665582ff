package com.spendwise.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Income and expense per tag and currency. An entry with two tags counts under both, so the lines
 * can add up to more than the ledger holds.
 */
public record TagReport(LocalDate from, LocalDate to, List<Line> tags) {

  public record Line(
      UUID tagId,
      String name,
      String currency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal income,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal expense,
      long count) {}
}
