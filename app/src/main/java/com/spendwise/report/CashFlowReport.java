package com.spendwise.report;

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

  /** Amounts are decimal strings at the currency's scale; {@code count} counts the entries. */
  public record Point(
      LocalDate start, LocalDate end, String income, String expense, String net, long count) {}
}
