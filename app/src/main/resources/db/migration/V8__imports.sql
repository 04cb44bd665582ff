-- What each import has already recorded into a wallet, so that importing the same statement again,
-- or one that overlaps it, records nothing twice: the bank's own id for the row when the file has
-- one ("ext:..."), else a fingerprint of date, amount and note with a counter for identical rows of
-- one file ("fp:..."). A key is claimed in the database transaction that records its row.
CREATE TABLE import_keys (
    wallet_id      UUID NOT NULL REFERENCES wallets (id) ON DELETE CASCADE,
    key            TEXT NOT NULL CHECK (char_length(key) BETWEEN 1 AND 300),
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- NULL once the transaction is deleted: deleting an imported row does not make it importable
    -- again by accident.
    transaction_id UUID REFERENCES transactions (id) ON DELETE SET NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (wallet_id, key)
);
CREATE INDEX import_keys_user ON import_keys (user_id);
CREATE INDEX import_keys_transaction ON import_keys (transaction_id);
