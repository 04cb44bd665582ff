package com.spendwise.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Income and expense per bucket, one series per currency (and one converted series on request).
 * Transfers between the user's own wallets are neither income nor expense and are not counted.
 */
public record CashFlowReport(
    LocalDate from,
    LocalDate to,
    String granularity,
    List<Series> currencies,
    Series converted,
    List<String> unconverted) {

  public record Series(String currency, List<Point> buckets) {}

  /**
   * Amounts at the currency's scale (decimal strings in JSON); {@code count} counts the entries.
   */
  public record Point(
      LocalDate start,
      LocalDate end,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal income,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal expense,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal net,
      long count) {}
}
