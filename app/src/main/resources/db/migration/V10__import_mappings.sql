-- A user's saved ways of reading their banks' CSV statements (which column holds what, date and
-- decimal formats, encoding), so the next statement from the same bank needs no mapping again.
CREATE TABLE import_mappings (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    mapping    JSONB NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX import_mappings_user_name ON import_mappings (user_id, lower(name));
