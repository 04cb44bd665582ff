package com.spendwise.goal.ui;

import com.spendwise.goal.Goal;
import com.spendwise.goal.GoalDraft;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.DateInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A goal's form as typed. The amount it holds changes by contributions, not here. */
record GoalForm(
    String name,
    String description,
    String targetAmount,
    String currency,
    String deadline,
    String version) {

  static GoalForm empty(String currency) {
    return new GoalForm("", "", "", currency, "", "");
  }

  static GoalForm of(Goal g, Locale locale) {
    return new GoalForm(
        g.name(),
        g.description() == null ? "" : g.description(),
        AmountInput.write(g.targetAmount(), locale),
        g.currency(),
        g.deadline() == null ? "" : g.deadline().toString(),
        Long.toString(g.version()));
  }

  /** The draft keeping {@code current}, or empty after putting in {@code errors} what failed. */
  Optional<GoalDraft> draft(
      BigDecimal current, Locale locale, Map<String, String> errors, Map<String, Object[]> args) {
    Optional<BigDecimal> target =
        AmountInput.read("targetAmount", targetAmount, currency, locale, errors, args);
    LocalDate due = DateInput.read("deadline", deadline, errors).orElse(null);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    String text = description == null || description.isBlank() ? null : description.strip();
    return Optional.of(new GoalDraft(name, text, target.get(), current, currency, due));
  }
}
