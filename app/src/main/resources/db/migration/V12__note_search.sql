-- Text search over notes (q=) at a million transactions: a trigram index answers
-- note ILIKE '%word%' for a rare word from the index instead of reading every note. Common words
-- still go down the date index and stop at a page; the planner tells them apart by the column's
-- statistics, and the ledger plans each search for its own word.
--
-- pg_trgm is a trusted extension (PostgreSQL 13 and later): a user with CREATE on the database may
-- create it, and RDS allows it. Where the service's user may not, the migration goes on without
-- the index (searches stay correct and scan the notes) and says so; an administrator can then run
--   CREATE EXTENSION pg_trgm;
--   CREATE INDEX CONCURRENTLY transactions_note_trgm_idx ON transactions USING gin (note gin_trgm_ops);
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'Cannot create extension pg_trgm (%); text search will scan notes until an administrator creates it and the index (see migration V12).', SQLERRM;
END $$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS transactions_note_trgm_idx
            ON transactions USING gin (note gin_trgm_ops);
    END IF;
END $$;
