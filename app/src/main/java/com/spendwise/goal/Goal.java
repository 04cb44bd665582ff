package com.spendwise.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** A savings goal: money put aside towards a target, in one currency. */
public record Goal(
    GoalId id,
    String name,
    String description,
    BigDecimal targetAmount,
    BigDecimal currentAmount,
    String currency,
    LocalDate deadline,
    boolean reachedNotified,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public boolean reached() {
    return currentAmount.compareTo(targetAmount) >= 0;
  }

  /** A display figure rounded to one decimal (half up); it passes 100 when the goal is exceeded. */
  public BigDecimal progressPercent() {
    return currentAmount
        .multiply(BigDecimal.valueOf(100))
        .divide(targetAmount, 1, RoundingMode.HALF_UP);
  }
}
