-- Idempotent POSTs.

-- A POST with an Idempotency-Key records its response here in the same database transaction as
-- its write, so a retry replays the response instead of writing twice. The primary key makes two
-- concurrent requests with one key wait for each other rather than both writing.
CREATE TABLE idempotency_keys (
    user_id       UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key           TEXT NOT NULL CHECK (char_length(key) BETWEEN 1 AND 255),
    -- Hash of the method, path and body: the same key with another request is refused.
    request_hash  TEXT NOT NULL,
    -- Filled in before the write commits; NULL is never visible to another transaction.
    status        INTEGER,
    location      TEXT,
    etag          TEXT,
    response_body TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
