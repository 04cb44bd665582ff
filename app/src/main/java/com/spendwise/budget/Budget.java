package com.spendwise.budget;

import com.spendwise.category.CategoryId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A spending limit per period, over one expense category or all of them, in one currency. */
public record Budget(
    BudgetId id,
    CategoryId categoryId,
    BudgetPeriod period,
    BigDecimal amount,
    String currency,
    LocalDate startDate,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether an expense in {@code currency} and {@code category} on {@code date} counts here. */
  public boolean counts(String currency, CategoryId category, LocalDate date) {
    return this.currency.equals(currency)
        && (categoryId == null || categoryId.equals(category))
        && !date.isBefore(startDate);
  }

  /** The days of the period starting {@code periodStart} that count: none before the start date. */
  public LocalDate firstCountedDay(LocalDate periodStart) {
    return periodStart.isBefore(startDate) ? startDate : periodStart;
  }
}
