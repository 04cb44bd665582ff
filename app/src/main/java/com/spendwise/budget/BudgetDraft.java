package com.spendwise.budget;

import com.spendwise.category.CategoryId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a client sets on a budget. A null category means all expenses; a null currency or start date
 * takes the user's default currency and the start of the current period.
 */
public record BudgetDraft(
    BudgetPeriod period,
    BigDecimal amount,
    String currency,
    CategoryId categoryId,
    LocalDate startDate) {}
