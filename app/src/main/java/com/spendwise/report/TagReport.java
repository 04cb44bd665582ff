package com.spendwise.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Income and expense per tag and currency. An entry with two tags counts under both, so the lines
 * can add up to more than the ledger holds.
 */
public record TagReport(LocalDate from, LocalDate to, List<Line> tags) {

  public record Line(
      UUID tagId, String name, String currency, String income, String expense, long count) {}
}
