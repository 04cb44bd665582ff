package com.spendwise.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a client sets on a goal; a null current amount is 0, a null currency the user's default. */
public record GoalDraft(
    String name,
    String description,
    BigDecimal targetAmount,
    BigDecimal currentAmount,
    String currency,
    LocalDate deadline) {

  public static final int MAX_NAME = 100;
  public static final int MAX_DESCRIPTION = 1000;
}
