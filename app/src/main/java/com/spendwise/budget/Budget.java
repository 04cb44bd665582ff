package com.spendwise.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.spendwise.category.CategoryId;
import com.spendwise.shared.Actors;
import com.spendwise.transaction.ExpenseScope;
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
    Instant updatedAt,
    @JsonIgnore Actors actors) {

  /** Whether an expense in {@code currency} and {@code category} on {@code date} counts here. */
  public boolean counts(String currency, CategoryId category, LocalDate date) {
    return this.currency.equals(currency)
        && (categoryId == null || categoryId.equals(category))
        && !date.isBefore(startDate);
  }

  /**
   * The expenses that count in the period starting {@code periodStart}: none dated before the
   * budget's start date.
   */
  public ExpenseScope scope(LocalDate periodStart) {
    LocalDate from = periodStart.isBefore(startDate) ? startDate : periodStart;
    return new ExpenseScope(currency, categoryId, from, period.endOf(periodStart));
  }
}
