/**
 * Recurring transactions. Owns the recurring_transactions and recurring_occurrences tables and the
 * scheduler that records due occurrences through the ledger. Publishes {@link
 * com.spendwise.recurring.RecurringService}.
 */
package com.spendwise.recurring;
