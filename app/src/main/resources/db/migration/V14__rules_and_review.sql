-- Rules that categorise, the review inbox, and text that matches without case or accents.

-- Folding text for matching: Latin letters lose their case and accents ("Ăn trưa" -> "an trua",
-- "ĐIỆN" -> "dien"): the canonical decomposition (NFD) with its combining marks (U+0300 to U+036F)
-- dropped, the six letters that do not decompose (Đ đ Ł ł Ø ø) replaced, and A to Z lowered (the
-- "C" collation lowers nothing else, whatever the database's locale). com.spendwise.shared.TextFold
-- does the same in Java, and a test holds the two equal character by character. A note of ASCII
-- only is just lowered. Every step is immutable, so the result can be stored and indexed; it was
-- measured at about 7 microseconds per Vietnamese note (a translate() over a table of 500
-- accented letters took 60).
CREATE FUNCTION spendwise_fold(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN lower(
    CASE WHEN octet_length(value) = char_length(value) THEN value
         ELSE replace(replace(replace(replace(replace(replace(
                  regexp_replace(normalize(value, NFD), U&'[\0300-\036F]', '', 'g'),
                  'Đ', 'd'), 'đ', 'd'), 'Ł', 'l'), 'ł', 'l'), 'Ø', 'o'), 'ø', 'o')
    END COLLATE "C");

-- Each note folded once, when it is written: folding at query time would cost the function for
-- every row a search reads; stored, it costs it once per write.
ALTER TABLE transactions ADD COLUMN note_folded TEXT GENERATED ALWAYS AS (spendwise_fold(note)) STORED;

-- Searching notes by folded text, one person's notes only: a composite GIN index whose first
-- column is the owner, so that a word common in other people's notes costs nothing to someone who
-- has none (btree_gin lets a uuid sit in a GIN index; like pg_trgm it is a trusted extension).
-- Where the service's user may not create extensions, the search stays correct and scans notes.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS btree_gin;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'Cannot create extension btree_gin (%); text search will scan notes until an administrator creates it and the index (see migration V14).', SQLERRM;
END $$;

DROP INDEX IF EXISTS transactions_note_trgm_idx;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
       AND EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gin') THEN
        CREATE INDEX IF NOT EXISTS transactions_note_fold_idx
            ON transactions USING gin (user_id, note_folded gin_trgm_ops);
    END IF;
END $$;

-- Where a transaction's fields came from. imported: recorded from a statement. reviewed: false
-- while it waits in the review inbox. person_fields: fields a person chose (no rule changes them
-- afterwards); rule_fields: field -> id of the rule that set it.
ALTER TABLE transactions
    ADD COLUMN imported BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN reviewed BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN person_fields TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN rule_fields JSONB NOT NULL DEFAULT '{}';

-- What is on record today was chosen by the person, except what came from a statement.
UPDATE transactions t SET imported = true WHERE EXISTS (SELECT 1 FROM import_keys k WHERE k.transaction_id = t.id);
UPDATE transactions t SET person_fields = array_remove(ARRAY[
        CASE WHEN t.category_id IS NOT NULL THEN 'CATEGORY' END,
        CASE WHEN coalesce(t.note, '') <> '' THEN 'NOTE' END,
        CASE WHEN EXISTS (SELECT 1 FROM transaction_tags tt WHERE tt.transaction_id = t.id) THEN 'TAGS' END],
    NULL)
WHERE NOT t.imported;

-- The review inbox: a person's unreviewed transactions, oldest first.
CREATE INDEX transactions_review_idx ON transactions (user_id, date, id) WHERE NOT reviewed;

CREATE TABLE rules (
    id              UUID PRIMARY KEY,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    position        INTEGER NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT true,
    stop_processing BOOLEAN NOT NULL DEFAULT false,
    runs_on         TEXT NOT NULL CHECK (runs_on IN ('CREATE', 'IMPORT', 'BOTH')),
    match           TEXT NOT NULL CHECK (match IN ('ALL', 'ANY')),
    conditions      JSONB NOT NULL,
    actions         JSONB NOT NULL,
    -- Why the rule was last skipped when it ran (a problem code), cleared when it is saved.
    problem         TEXT CHECK (char_length(problem) <= 100),
    version         BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id)
);
CREATE INDEX rules_user_position_idx ON rules (user_id, position, id);

-- Learning with consent: how often a person gave a category to a note that cleans up to note_key;
-- at three the pair is offered as a rule; dismissed and accepted pairs are never offered again.
CREATE TABLE rule_suggestions (
    id          UUID NOT NULL UNIQUE,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    note_key    TEXT NOT NULL CHECK (char_length(note_key) <= 100),
    category_id UUID NOT NULL,
    example     TEXT NOT NULL,
    times       INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('COUNTING', 'OFFERED', 'DISMISSED', 'ACCEPTED')),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, note_key, category_id),
    FOREIGN KEY (category_id, user_id) REFERENCES categories (id, user_id) ON DELETE CASCADE
);
CREATE INDEX rule_suggestions_offered_idx ON rule_suggestions (user_id, updated_at) WHERE state = 'OFFERED';

-- Suggestions can be switched off in the profile.
ALTER TABLE users ADD COLUMN suggest_rules BOOLEAN NOT NULL DEFAULT true;

-- Which wallet a statement's account (its OFX ACCTID) went into: the next file holding several
-- accounts takes the one this wallet had.
CREATE TABLE import_accounts (
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL CHECK (char_length(account_id) <= 100),
    wallet_id  UUID NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, account_id),
    FOREIGN KEY (wallet_id, user_id) REFERENCES wallets (id, user_id) ON DELETE CASCADE
);
