-- Reports: daily totals kept by the database itself, in the same transaction as every write to
-- transactions (triggers over each statement's transition tables, so a batch of 1,000 rows costs
-- one upsert per table, and no write path, present or future, can forget them). Reports read these
-- instead of the ledger; ReportAggregatesTest checks them against the ledger after a write storm.

-- Income and expense per wallet, day and category (NULL: uncategorised). Transfers are not here:
-- money moving between one's own wallets is neither income nor expense.
CREATE TABLE report_daily_flows (
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    date        DATE NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('INCOME', 'EXPENSE')),
    wallet_id   UUID NOT NULL,
    category_id UUID,
    amount      NUMERIC NOT NULL,
    entries     BIGINT NOT NULL,
    CONSTRAINT report_daily_flows_key UNIQUE NULLS NOT DISTINCT
        (user_id, date, type, wallet_id, category_id)
);

-- How each wallet's balance moved on each day (income, expenses and both ends of transfers).
CREATE TABLE report_daily_balances (
    user_id   UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    wallet_id UUID NOT NULL,
    date      DATE NOT NULL,
    delta     NUMERIC NOT NULL,
    PRIMARY KEY (user_id, wallet_id, date)
);

-- Each function below adds a statement's new rows, or takes its old rows away, in one upsert per
-- table. Rows are upserted in key order, so two statements touching the same days cannot
-- deadlock. Old rows of a user being deleted (a cascade) are skipped: their totals go with them.
CREATE FUNCTION report_totals_after_insert() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_daily_flows AS f (user_id, date, type, wallet_id, category_id, amount, entries)
    SELECT user_id, date, type, CASE type WHEN 'INCOME' THEN target_wallet_id ELSE source_wallet_id END,
           category_id, sum(amount), count(*)
    FROM new_rows WHERE type <> 'TRANSFER'
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT report_daily_flows_key
        DO UPDATE SET amount = f.amount + EXCLUDED.amount, entries = f.entries + EXCLUDED.entries;
    INSERT INTO report_daily_balances AS b (user_id, wallet_id, date, delta)
    SELECT user_id, wallet_id, date, sum(delta) FROM (
        SELECT user_id, source_wallet_id AS wallet_id, date, -amount AS delta
        FROM new_rows WHERE source_wallet_id IS NOT NULL
        UNION ALL
        SELECT user_id, target_wallet_id, date, COALESCE(target_amount, amount)
        FROM new_rows WHERE target_wallet_id IS NOT NULL) m
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (user_id, wallet_id, date) DO UPDATE SET delta = b.delta + EXCLUDED.delta;
    RETURN NULL;
END $$;

CREATE FUNCTION report_totals_after_delete() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_daily_flows AS f (user_id, date, type, wallet_id, category_id, amount, entries)
    SELECT user_id, date, type, CASE type WHEN 'INCOME' THEN target_wallet_id ELSE source_wallet_id END,
           category_id, -sum(amount), -count(*)
    FROM old_rows o WHERE type <> 'TRANSFER' AND EXISTS (SELECT 1 FROM users u WHERE u.id = o.user_id)
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT report_daily_flows_key
        DO UPDATE SET amount = f.amount + EXCLUDED.amount, entries = f.entries + EXCLUDED.entries;
    INSERT INTO report_daily_balances AS b (user_id, wallet_id, date, delta)
    SELECT user_id, wallet_id, date, sum(delta) FROM (
        SELECT user_id, source_wallet_id AS wallet_id, date, amount AS delta
        FROM old_rows WHERE source_wallet_id IS NOT NULL
        UNION ALL
        SELECT user_id, target_wallet_id, date, -COALESCE(target_amount, amount)
        FROM old_rows WHERE target_wallet_id IS NOT NULL) m
    WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = m.user_id)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (user_id, wallet_id, date) DO UPDATE SET delta = b.delta + EXCLUDED.delta;
    RETURN NULL;
END $$;

-- An update is the old rows taken away and the new ones added, in one upsert per table.
CREATE FUNCTION report_totals_after_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_daily_flows AS f (user_id, date, type, wallet_id, category_id, amount, entries)
    SELECT user_id, date, type, wallet_id, category_id, sum(amount), sum(entries) FROM (
        SELECT user_id, date, type,
               CASE type WHEN 'INCOME' THEN target_wallet_id ELSE source_wallet_id END AS wallet_id,
               category_id, -amount AS amount, -1 AS entries
        FROM old_rows WHERE type <> 'TRANSFER'
        UNION ALL
        SELECT user_id, date, type,
               CASE type WHEN 'INCOME' THEN target_wallet_id ELSE source_wallet_id END,
               category_id, amount, 1
        FROM new_rows WHERE type <> 'TRANSFER') m
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(amount) <> 0 OR sum(entries) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT report_daily_flows_key
        DO UPDATE SET amount = f.amount + EXCLUDED.amount, entries = f.entries + EXCLUDED.entries;
    INSERT INTO report_daily_balances AS b (user_id, wallet_id, date, delta)
    SELECT user_id, wallet_id, date, sum(delta) FROM (
        SELECT user_id, source_wallet_id AS wallet_id, date, amount AS delta
        FROM old_rows WHERE source_wallet_id IS NOT NULL
        UNION ALL
        SELECT user_id, target_wallet_id, date, -COALESCE(target_amount, amount)
        FROM old_rows WHERE target_wallet_id IS NOT NULL
        UNION ALL
        SELECT user_id, source_wallet_id, date, -amount
        FROM new_rows WHERE source_wallet_id IS NOT NULL
        UNION ALL
        SELECT user_id, target_wallet_id, date, COALESCE(target_amount, amount)
        FROM new_rows WHERE target_wallet_id IS NOT NULL) m
    GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (user_id, wallet_id, date) DO UPDATE SET delta = b.delta + EXCLUDED.delta;
    RETURN NULL;
END $$;

CREATE TRIGGER report_totals_insert AFTER INSERT ON transactions
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_totals_after_insert();
CREATE TRIGGER report_totals_delete AFTER DELETE ON transactions
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_totals_after_delete();
CREATE TRIGGER report_totals_update AFTER UPDATE ON transactions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_totals_after_update();

-- Existing history, once.
INSERT INTO report_daily_flows (user_id, date, type, wallet_id, category_id, amount, entries)
SELECT user_id, date, type, CASE type WHEN 'INCOME' THEN target_wallet_id ELSE source_wallet_id END,
       category_id, sum(amount), count(*)
FROM transactions WHERE type <> 'TRANSFER' GROUP BY 1, 2, 3, 4, 5;
INSERT INTO report_daily_balances (user_id, wallet_id, date, delta)
SELECT user_id, wallet_id, date, sum(delta) FROM (
    SELECT user_id, source_wallet_id AS wallet_id, date, -amount AS delta
    FROM transactions WHERE source_wallet_id IS NOT NULL
    UNION ALL
    SELECT user_id, target_wallet_id, date, COALESCE(target_amount, amount)
    FROM transactions WHERE target_wallet_id IS NOT NULL) m
GROUP BY 1, 2, 3;

-- Exchange rates a user records: 1 base = rate quote, from that date on.
CREATE TABLE exchange_rates (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    base       currency_code NOT NULL,
    quote      currency_code NOT NULL CHECK (quote <> base),
    rate       NUMERIC NOT NULL CHECK (rate > 0),
    date       DATE NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (user_id, base, quote, date)
);
CREATE INDEX exchange_rates_user_idx ON exchange_rates (user_id, created_at DESC, id DESC);
