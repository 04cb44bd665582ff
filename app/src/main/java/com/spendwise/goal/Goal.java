package com.spendwise.goal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.spendwise.shared.Actors;
import com.spendwise.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
    Instant updatedAt,
    @JsonIgnore Actors actors) {

  public boolean reached() {
    return currentAmount.compareTo(targetAmount) >= 0;
  }

  /**
   * What is still needed each month to reach the target by the deadline, from {@code today}: the
   * rest divided over the months left (the current one counts, so a deadline this month asks for
   * all of it), rounded up to the currency's decimals so that saving it gets there. Empty without a
   * deadline, once reached, or after the deadline.
   */
  public Optional<BigDecimal> monthlyNeeded(LocalDate today) {
    if (deadline == null || reached() || deadline.isBefore(today)) {
      return Optional.empty();
    }
    long months = ChronoUnit.MONTHS.between(YearMonth.from(today), YearMonth.from(deadline)) + 1;
    return Optional.of(
        targetAmount
            .subtract(currentAmount)
            .divide(BigDecimal.valueOf(months), Money.scale(currency), RoundingMode.UP));
  }

  /** A display figure rounded to one decimal (half up); it passes 100 when the goal is exceeded. */
  public BigDecimal progressPercent() {
    return currentAmount
        .multiply(BigDecimal.valueOf(100))
        .divide(targetAmount, 1, RoundingMode.HALF_UP);
  }
}
