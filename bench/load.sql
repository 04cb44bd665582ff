-- Adds transactions :from_n..:to_n (inclusive) to the bench user's ledger (:uid), spread over five years before
-- 2026-11-26: 85% expenses, 10% income, 5% transfers, about a third with a tag, then recomputes
-- the balances so the wallets stay consistent with their transactions.
\set ON_ERROR_STOP on
WITH
  u AS (SELECT id FROM users WHERE id = CAST(:'uid' AS uuid)),
  w AS (SELECT array_agg(id ORDER BY name) AS ids FROM wallets WHERE user_id = (SELECT id FROM u) AND name LIKE 'Bench %'),
  ec AS (SELECT array_agg(id ORDER BY name) AS ids FROM categories WHERE user_id = (SELECT id FROM u) AND type = 'EXPENSE'),
  ic AS (SELECT array_agg(id ORDER BY name) AS ids FROM categories WHERE user_id = (SELECT id FROM u) AND type = 'INCOME'),
  tc AS (SELECT array_agg(id ORDER BY name) AS ids FROM categories WHERE user_id = (SELECT id FROM u) AND type = 'TRANSFER'),
  tg AS (SELECT array_agg(id ORDER BY name) AS ids FROM tags WHERE user_id = (SELECT id FROM u)),
  rows AS (
    SELECT g,
           CASE WHEN g % 20 = 1 THEN 'TRANSFER' WHEN g % 10 = 0 THEN 'INCOME' ELSE 'EXPENSE' END AS type,
           CAST(1 + (g * 7919) % 5 AS int) AS wi
    FROM generate_series(CAST(:from_n AS bigint), CAST(:to_n AS bigint)) g),
  ins AS (
    INSERT INTO transactions (user_id, type, amount, source_wallet_id, target_wallet_id, category_id, date, note)
    SELECT (SELECT id FROM u), r.type,
           1000 * (1 + (r.g * 104729) % 5000),
           CASE WHEN r.type <> 'INCOME' THEN w.ids[r.wi] END,
           CASE WHEN r.type = 'INCOME' THEN w.ids[r.wi]
                WHEN r.type = 'TRANSFER' THEN w.ids[1 + r.wi % 5] END,
           CASE r.type WHEN 'EXPENSE' THEN ec.ids[CAST(1 + (r.g * 31) % array_length(ec.ids, 1) AS int)]
                       WHEN 'INCOME' THEN ic.ids[CAST(1 + (r.g * 31) % array_length(ic.ids, 1) AS int)]
                       ELSE tc.ids[1] END,
           DATE '2026-11-26' - CAST((r.g * 7) % 1826 AS int),
           'bench note ' || r.g
    FROM rows r, w, ec, ic, tc
    RETURNING id, user_id, (amount::bigint % 3) AS pick)
INSERT INTO transaction_tags (transaction_id, tag_id, user_id)
SELECT ins.id, tg.ids[1 + (abs(hashtext(ins.id::text)) % array_length(tg.ids, 1))], ins.user_id
FROM ins, tg WHERE ins.pick = 0;

UPDATE wallets w SET balance = w.opening_balance
    + COALESCE((SELECT sum(COALESCE(t.target_amount, t.amount)) FROM transactions t WHERE t.target_wallet_id = w.id), 0)
    - COALESCE((SELECT sum(t.amount) FROM transactions t WHERE t.source_wallet_id = w.id), 0)
WHERE w.user_id = CAST(:'uid' AS uuid);

VACUUM ANALYZE transactions;
VACUUM ANALYZE transaction_tags;
