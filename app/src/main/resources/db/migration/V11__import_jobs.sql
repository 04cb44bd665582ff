-- Large statement imports run as jobs: the file waits here, and any instance works on it a chunk
-- at a time. Each chunk commits its transactions, their import_keys and the counters below
-- together, so rows_done is exactly what is recorded, and a job taken over after a crash (its
-- lease ran out) goes on from there and records nothing twice.
CREATE TABLE import_jobs (
    id                 UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    wallet_id          UUID NOT NULL,
    format             TEXT NOT NULL CHECK (format IN ('csv', 'ofx')),
    -- The CSV mapping as given; NULL for OFX.
    mapping            JSONB,
    skip_invalid       BOOLEAN NOT NULL,
    create_categories  BOOLEAN NOT NULL,
    -- The statement; NULL once the job has finished.
    content            BYTEA,
    state              TEXT NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_total         INTEGER NOT NULL CHECK (rows_total >= 0),
    -- Rows dealt with: recorded, found recorded before, or skipped for their problems.
    rows_done          INTEGER NOT NULL DEFAULT 0 CHECK (rows_done BETWEEN 0 AND rows_total),
    recorded           INTEGER NOT NULL DEFAULT 0,
    duplicates         INTEGER NOT NULL DEFAULT 0,
    skipped            INTEGER NOT NULL DEFAULT 0,
    categories_created TEXT[] NOT NULL DEFAULT '{}',
    -- The rows skipped for their problems, as the API reports them, once the job has finished.
    skipped_rows       JSONB,
    -- Why a job failed: a problem document (code, detail, errors).
    problem            JSONB,
    -- The worker holding the job, until when; a job whose lease ran out is taken over.
    lease_owner        UUID,
    lease_until        TIMESTAMPTZ,
    attempts           INTEGER NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at        TIMESTAMPTZ,
    FOREIGN KEY (wallet_id, user_id) REFERENCES wallets (id, user_id) ON DELETE CASCADE
);
CREATE INDEX import_jobs_user ON import_jobs (user_id, created_at DESC);
CREATE INDEX import_jobs_wallet ON import_jobs (wallet_id);
CREATE INDEX import_jobs_pending ON import_jobs (created_at) WHERE state IN ('QUEUED', 'RUNNING');
