package com.spendwise.budget;

import java.math.BigDecimal;

/**
 * How a budget's period goes on a given day: the days left (today included), what may still be
 * spent per day to stay within (null once nothing is left or the period is over), and the share of
 * the period gone against the share of the budget spent, in whole percent.
 */
public record BudgetPace(long daysLeft, BigDecimal leftPerDay, int periodGone, int spent) {

  /** Percentage points spent ahead of the period's pace; zero or less is on track. */
  public int ahead() {
    return spent - periodGone;
  }

  public boolean onTrack() {
    return ahead() <= 0;
  }
}
