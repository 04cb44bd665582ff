package com.spendwise.budget;

import com.spendwise.shared.ProblemException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Budgets run over calendar months or calendar years. */
public enum BudgetPeriod {
  MONTHLY,
  YEARLY;

  /** The first day of the period {@code date} falls in. */
  public LocalDate startOf(LocalDate date) {
    return this == MONTHLY ? date.withDayOfMonth(1) : date.withDayOfYear(1);
  }

  /** The last day of the period {@code date} falls in. */
  public LocalDate endOf(LocalDate date) {
    return this == MONTHLY
        ? YearMonth.from(date).atEndOfMonth()
        : Year.from(date).atMonth(12).atEndOfMonth();
  }

  /** How clients name a period: 2026-11 for a month, 2026 for a year. */
  public String key(LocalDate date) {
    return this == MONTHLY ? YearMonth.from(date).toString() : String.valueOf(date.getYear());
  }

  /** The first day of the period a client named; a key of the other kind is a 400. */
  public LocalDate parse(String key) {
    try {
      if (this == MONTHLY && key.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(key).atDay(1);
      }
      if (this == YEARLY && key.matches("\\d{4}")) {
        return Year.parse(key).atDay(1);
      }
    } catch (DateTimeParseException e) {
      // Falls through to the client error below.
    }
    throw ProblemException.invalidField(
        "period",
        "invalid-period",
        this == MONTHLY ? "Must be a month such as 2026-11." : "Must be a year such as 2026.");
  }
}
