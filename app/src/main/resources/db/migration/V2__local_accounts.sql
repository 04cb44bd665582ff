-- Local mode only: SpendWise is its own token issuer. Cognito mode never touches these tables.

-- Email/password accounts. A users row is provisioned for the account's subject on its first
-- authenticated request, exactly as for a Cognito user.
CREATE TABLE local_accounts (
    subject         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email           TEXT NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    password_hash   TEXT NOT NULL,
    -- Failed logins in a row and the lock they caused: login throttling that holds across instances.
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX local_accounts_email_key ON local_accounts (lower(email));

-- RSA keys that sign local tokens; public halves are served at /.well-known/jwks.json.
CREATE TABLE signing_keys (
    kid         TEXT PRIMARY KEY,
    private_key BYTEA NOT NULL,
    public_key  BYTEA NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
