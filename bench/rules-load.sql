-- The many-user case of the rules benchmark: :users other people with :rows transactions each
-- (notes in Vietnamese, one in eight a Grab ride), and :own transactions of the bench user, none of
-- them a Grab ride. Balances are recomputed so that every wallet equals its transactions.
\set ON_ERROR_STOP on
INSERT INTO users (cognito_sub, email)
SELECT 'bench-other-' || n, 'other-' || n || '@bench.example' FROM generate_series(1, :users) n;
INSERT INTO wallets (user_id, name, currency)
SELECT id, 'Bench other', 'VND' FROM users WHERE email LIKE 'other-%@bench.example';
INSERT INTO transactions (user_id, type, amount, source_wallet_id, date, note)
SELECT w.user_id, 'EXPENSE', 1000 * (1 + g % 500), w.id, DATE '2026-11-26' - (g % 1500),
       CASE g % 8 WHEN 0 THEN 'GRAB*' || g || ' HCM' WHEN 1 THEN 'Ăn trưa văn phòng ' || g
                  WHEN 2 THEN 'Tiền điện tháng ' || (g % 12 + 1) WHEN 3 THEN 'Cà phê sữa đá'
                  ELSE 'Chợ ' || g END
FROM wallets w, generate_series(1, :rows) g
WHERE w.name = 'Bench other';
INSERT INTO transactions (user_id, type, amount, source_wallet_id, date, note)
SELECT u.id, 'EXPENSE', 1000 * (1 + g % 500), w.id, DATE '2026-11-26' - (g % 1500),
       CASE g % 4 WHEN 0 THEN 'Ăn trưa ' || g WHEN 1 THEN 'Tiền điện ' || g ELSE 'Chợ Bến Thành ' || g END
FROM users u JOIN wallets w ON w.user_id = u.id AND w.name = 'Bench 1', generate_series(1, :own) g
WHERE u.email = :'email';
UPDATE wallets w SET balance = w.opening_balance
    - COALESCE((SELECT sum(t.amount) FROM transactions t WHERE t.source_wallet_id = w.id), 0)
    + COALESCE((SELECT sum(t.amount) FROM transactions t WHERE t.target_wallet_id = w.id), 0);
VACUUM ANALYZE transactions;
