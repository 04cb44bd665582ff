-- Accounts people can trust (local mode): sign-in history, passkeys, rotating encrypted signing
-- keys, and the notifications that tell a person about their account.

-- The last sign-ins and failed attempts of each local account (50 are kept per account), for the
-- person to read and for "a sign-in from a new device" notices. Nothing here is a secret: the
-- address and a device name read from the user agent.
CREATE TABLE sign_in_events (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject    UUID NOT NULL REFERENCES local_accounts (subject) ON DELETE CASCADE,
    at         TIMESTAMPTZ NOT NULL,
    succeeded  BOOLEAN NOT NULL,
    method     TEXT NOT NULL CHECK (method IN ('PASSWORD', 'PASSKEY', 'PASSWORD_AND_PASSKEY',
                                            'REGISTER')),
    address    TEXT NOT NULL CHECK (char_length(address) <= 100),
    device     TEXT NOT NULL CHECK (char_length(device) <= 100)
);
CREATE INDEX sign_in_events_subject_idx ON sign_in_events (subject, at DESC, id DESC);

-- A passkey asked for after the password (a second factor), switched on by the person once they
-- have a passkey; removing their last passkey switches it off.
ALTER TABLE local_accounts ADD COLUMN passkey_required BOOLEAN NOT NULL DEFAULT FALSE;

-- Passkeys: the tables Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository read and write (names and columns are theirs). A user entity's name
-- is the local account's subject; ids are base64url strings, as those repositories write them.
CREATE TABLE user_entities (
    id           VARCHAR(1000) PRIMARY KEY,
    name         VARCHAR(100) NOT NULL UNIQUE,
    display_name VARCHAR(200)
);

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) PRIMARY KEY,
    user_entity_user_id          VARCHAR(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   BYTEA NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP,
    last_used                    TIMESTAMP,
    label                        VARCHAR(1000) NOT NULL
);
CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);

-- Signing keys rotate: a key signs until the next one is made (retired_at), then only verifies
-- until every token it signed has expired, and is then deleted. Private halves are sealed with
-- AES-GCM under a key that is not in the database (SPENDWISE_KEY_ENCRYPTION_SECRET or its file);
-- rows written before this migration are sealed in place the first time the service loads them.
ALTER TABLE signing_keys
    ADD COLUMN sealed     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN retired_at TIMESTAMPTZ;

ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
    CHECK (type IN ('BUDGET_WARNING', 'BUDGET_EXCEEDED', 'GOAL_REACHED', 'GOAL_DEADLINE',
                    'RECURRING_EXECUTED', 'RECURRING_FAILED', 'PASSWORD_CHANGED', 'NEW_SIGN_IN'));
