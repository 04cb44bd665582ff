/**
 * Budgets. Owns the budgets and budget_alerts tables, reads spending from the ledger, and raises
 * BUDGET_WARNING and BUDGET_EXCEEDED on {@link com.spendwise.transaction.ExpensesChanged}.
 * Publishes {@link com.spendwise.budget.BudgetService}.
 */
package com.spendwise.budget;
