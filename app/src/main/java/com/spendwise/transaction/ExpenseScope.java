package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import java.time.LocalDate;

/**
 * Which expenses to total: from wallets in {@code currency}, dated {@code from} to {@code to}
 * (inclusive), in one category or, when it is null, all of them.
 */
public record ExpenseScope(String currency, CategoryId category, LocalDate from, LocalDate to) {}
