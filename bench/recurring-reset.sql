-- Puts the bench users back to the end of the downtime: nothing recorded, every rule due since a
-- week ago but still inactive.
\set ON_ERROR_STOP on
DELETE FROM transactions WHERE recurring_transaction_id IS NOT NULL;
DELETE FROM recurring_occurrences;
DELETE FROM notifications;
DELETE FROM budget_alerts;
UPDATE wallets SET balance = opening_balance;
UPDATE recurring_transactions SET next_date = start_date, is_active = FALSE;
VACUUM ANALYZE;
