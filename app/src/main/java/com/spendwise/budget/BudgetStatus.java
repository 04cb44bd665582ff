package com.spendwise.budget;

import com.spendwise.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A budget in one period: what was spent from {@code from} to {@code to} (the period, less any days
 * before the budget's start date), what remains (negative once exceeded) and the percent used.
 */
public record BudgetStatus(
    Budget budget,
    String period,
    LocalDate from,
    LocalDate to,
    BigDecimal spent,
    BigDecimal remaining,
    BigDecimal percentUsed) {

  /** From 80% used a budget warns, from 100% it is exceeded (the alerts' thresholds). */
  public enum Level {
    OK,
    WARNING,
    EXCEEDED;

    public static Level of(BigDecimal percentUsed) {
      if (percentUsed.compareTo(BigDecimal.valueOf(100)) >= 0) {
        return EXCEEDED;
      }
      return percentUsed.compareTo(BigDecimal.valueOf(80)) >= 0 ? WARNING : OK;
    }
  }

  public Level level() {
    return Level.of(percentUsed);
  }

  /**
   * The pace on {@code today}. What is left per day is rounded down to the currency's decimals, so
   * that spending it each day stays within the budget.
   */
  public BudgetPace pace(LocalDate today) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long gone;
    long left;
    if (today.isBefore(from)) {
      gone = 0;
      left = days;
    } else if (today.isAfter(to)) {
      gone = days;
      left = 0;
    } else {
      gone = ChronoUnit.DAYS.between(from, today) + 1;
      left = ChronoUnit.DAYS.between(today, to) + 1;
    }
    BigDecimal perDay =
        left > 0 && remaining.signum() > 0
            ? remaining.divide(
                BigDecimal.valueOf(left), Money.scale(budget.currency()), RoundingMode.DOWN)
            : null;
    int periodGone = (int) (gone * 100 / days);
    int spentShare = percentUsed.setScale(0, RoundingMode.DOWN).intValue();
    return new BudgetPace(left, perDay, periodGone, spentShare);
  }
}
