package com.spendwise.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

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
    BigDecimal percentUsed) {}
