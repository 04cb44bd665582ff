package com.spendwise.budget.ui;

import com.spendwise.budget.Budget;
import com.spendwise.budget.BudgetDraft;
import com.spendwise.budget.BudgetPeriod;
import com.spendwise.category.CategoryId;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.DateInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A budget's form as typed: the amount stays text until it is read in the page's language. */
record BudgetForm(
    String period,
    String categoryId,
    String amount,
    String currency,
    String startDate,
    String version) {

  static BudgetForm empty(String currency) {
    return new BudgetForm("MONTHLY", "", "", currency, "", "");
  }

  static BudgetForm of(Budget b, Locale locale) {
    return new BudgetForm(
        b.period().name(),
        b.categoryId() == null ? "" : b.categoryId().value().toString(),
        AmountInput.write(b.amount(), locale),
        b.currency(),
        b.startDate().toString(),
        Long.toString(b.version()));
  }

  /** The draft, or empty after putting in {@code errors} what could not be read. */
  Optional<BudgetDraft> draft(
      Locale locale, Map<String, String> errors, Map<String, Object[]> args) {
    BudgetPeriod kind = null;
    try {
      kind = BudgetPeriod.valueOf(String.valueOf(period));
    } catch (IllegalArgumentException e) {
      errors.put("period", "error.required");
    }
    CategoryId category = null;
    if (categoryId != null && !categoryId.isBlank()) {
      try {
        category = new CategoryId(UUID.fromString(categoryId));
      } catch (IllegalArgumentException e) {
        errors.put("categoryId", "error.not-found");
      }
    }
    Optional<BigDecimal> limit = AmountInput.read("amount", amount, currency, locale, errors, args);
    LocalDate start = DateInput.read("startDate", startDate, errors).orElse(null);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BudgetDraft(kind, limit.get(), currency, category, start));
  }
}
