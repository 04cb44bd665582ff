/**
 * The ledger. Owns the transactions and transaction_tags tables: rules, balance effects, the
 * filtered keyset list, batches. Publishes {@link com.spendwise.transaction.LedgerService}, {@link
 * com.spendwise.transaction.LedgerEntry} and the {@link com.spendwise.transaction.ExpensesChanged}
 * event, sent inside the write's database transaction.
 */
package com.spendwise.transaction;
