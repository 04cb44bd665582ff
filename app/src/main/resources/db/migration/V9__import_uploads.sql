-- A statement uploaded in the web app, kept while its owner chooses its columns, previews and
-- imports it (any instance serves the next step). Removed once imported, and after a day.
CREATE TABLE import_uploads (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    wallet_id  UUID NOT NULL REFERENCES wallets (id) ON DELETE CASCADE,
    format     TEXT NOT NULL CHECK (format IN ('csv', 'ofx')),
    file_name  TEXT NOT NULL CHECK (char_length(file_name) <= 255),
    content    BYTEA NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX import_uploads_user ON import_uploads (user_id);
CREATE INDEX import_uploads_created ON import_uploads (created_at);
