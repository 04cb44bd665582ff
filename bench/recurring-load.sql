-- Loads :users bench users, each with a USD wallet, an expense category, a monthly budget of 100
-- and five recurring rules that started a week ago and have been inactive since (the downtime):
--   daily income of 10 (8 occurrences up to today), expense of 3 every 2 days (4), weekly expense
--   of 20 (2), monthly expense of 50 (1) and yearly income of 100 (1): 16 occurrences a user.
\set ON_ERROR_STOP on
INSERT INTO users (cognito_sub, email, default_currency)
SELECT 'bench-recurring-' || g, 'bench-recurring-' || g || '@example.com', 'USD'
FROM generate_series(1, :users) g;

INSERT INTO wallets (user_id, name, currency, opening_balance, balance)
SELECT id, 'Bench wallet', 'USD', 1000, 1000 FROM users WHERE cognito_sub LIKE 'bench-recurring-%';

INSERT INTO categories (user_id, name, type)
SELECT id, 'Bench bills', 'EXPENSE' FROM users WHERE cognito_sub LIKE 'bench-recurring-%';

INSERT INTO budgets (user_id, period, amount, currency, start_date)
SELECT id, 'MONTHLY', 100, 'USD', date_trunc('month', CURRENT_DATE)::date
FROM users WHERE cognito_sub LIKE 'bench-recurring-%';

INSERT INTO recurring_transactions (user_id, type, wallet_id, category_id, amount, note, interval,
                                    interval_count, start_date, next_date, is_active)
SELECT u.id, r.type, w.id, CASE WHEN r.type = 'EXPENSE' THEN c.id END, r.amount, r.note,
       r.interval, r.every, CURRENT_DATE - 7, CURRENT_DATE - 7, FALSE
FROM users u
JOIN wallets w ON w.user_id = u.id
JOIN categories c ON c.user_id = u.id AND c.name = 'Bench bills'
CROSS JOIN (VALUES ('INCOME', 10, 'salary', 'DAILY', 1),
                   ('EXPENSE', 3, 'coffee', 'DAILY', 2),
                   ('EXPENSE', 20, 'groceries', 'WEEKLY', 1),
                   ('EXPENSE', 50, 'phone', 'MONTHLY', 1),
                   ('INCOME', 100, 'bonus', 'YEARLY', 1)) AS r(type, amount, note, interval, every)
WHERE u.cognito_sub LIKE 'bench-recurring-%';

VACUUM ANALYZE;
