package com.spendwise.category;

import com.spendwise.user.UserId;

/**
 * Published inside the database transaction that deletes {@code replaced}, before the row goes:
 * whatever the listener's module classifies with it must move to {@code replacement} there and
 * then. The ledger moves its transactions (and tells budgets about the spending that moved).
 */
public record CategoryReplaced(UserId user, CategoryId replaced, CategoryId replacement) {}
