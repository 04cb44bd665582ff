/**
 * Reports, read-only over the ledger. Owns the exchange_rates table and the daily totals
 * (report_daily_flows, report_daily_balances) that database triggers keep beside the transactions
 * table in the same database transaction as each write; reads wallets, categories and tags by SQL
 * for their names and currencies. Publishes {@link com.spendwise.report.ReportService}, {@link
 * com.spendwise.report.SummaryService} and {@link com.spendwise.report.ExchangeRateService}.
 */
package com.spendwise.report;
