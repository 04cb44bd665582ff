-- Shared ledgers.
--
-- A shared ledger is a users row that nobody signs in to (cognito_sub 'ledger:<id>'), so every
-- table keeps scoping its rows by user_id exactly as before: a household's wallets carry the
-- ledger's id where a person's carry theirs. People reach a ledger through ledger_members.
CREATE TABLE ledgers (
    id         UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE ledger_members (
    ledger_id UUID NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    user_id   UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('OWNER', 'EDITOR', 'VIEWER')),
    joined_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The one indexed lookup every request acting on a shared ledger makes.
    PRIMARY KEY (user_id, ledger_id)
);
CREATE INDEX ledger_members_ledger_idx ON ledger_members (ledger_id, joined_at);

-- An invitation is bound to an email, used once (answer), and expires (expires_at). Only a hash
-- of its token is kept.
CREATE TABLE ledger_invitations (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    ledger_id   UUID NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    email       TEXT NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    role        TEXT NOT NULL CHECK (role IN ('OWNER', 'EDITOR', 'VIEWER')),
    token_hash  TEXT NOT NULL UNIQUE,
    invited_by  UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    answer      TEXT CHECK (answer IN ('ACCEPTED', 'DECLINED', 'REVOKED')),
    answered_at TIMESTAMPTZ,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX ledger_invitations_email_idx ON ledger_invitations (lower(email)) WHERE answer IS NULL;
CREATE INDEX ledger_invitations_ledger_idx ON ledger_invitations (ledger_id, created_at);

-- Who created a record and who changed it last, in a shared ledger. The service names the person
-- acting (set_config('spendwise.actor', ..., true)) at the start of each writing transaction of a
-- request acting on someone else's ledger; these triggers copy it, so no statement of any module
-- has to. NULL means the ledger's own person (a personal ledger), or SpendWise itself (the
-- scheduler), or a member whose account was deleted. The triggers' WHEN skips the function
-- entirely when no actor is named, so a personal ledger's writes pay nothing for it. (Once a
-- connection has named an actor, the setting reads '' outside that transaction, not NULL.)
CREATE FUNCTION note_actor() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor UUID := CAST(NULLIF(current_setting('spendwise.actor', true), '') AS UUID);
BEGIN
    IF actor = NEW.user_id THEN
        actor := NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := actor;
    END IF;
    NEW.updated_by := actor;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['wallets', 'categories', 'tags', 'transactions', 'budgets', 'goals',
                             'recurring_transactions', 'rules'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN created_by UUID REFERENCES users (id) ON DELETE SET NULL,'
                       ' ADD COLUMN updated_by UUID REFERENCES users (id) ON DELETE SET NULL', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW'
                       ' WHEN (coalesce(current_setting(''spendwise.actor'', true), '''') <> '''')'
                       ' EXECUTE FUNCTION note_actor()', t || '_created_by', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW'
                       ' WHEN (coalesce(current_setting(''spendwise.actor'', true), '''') <> '''''
                       ' AND NEW.version IS DISTINCT FROM OLD.version)'
                       ' EXECUTE FUNCTION note_actor()', t || '_updated_by', t);
    END LOOP;
END
$$;
-- "Filter by person", and the foreign keys' SET NULL when an account is deleted.
CREATE INDEX transactions_created_by_idx ON transactions (user_id, created_by, date DESC, id DESC)
    WHERE created_by IS NOT NULL;
CREATE INDEX transactions_creator_idx ON transactions (created_by) WHERE created_by IS NOT NULL;
CREATE INDEX transactions_updater_idx ON transactions (updated_by) WHERE updated_by IS NOT NULL;

-- A contribution: an expense in a personal ledger and an income in a shared one, written together.
ALTER TABLE transactions ADD COLUMN contribution_id UUID;
CREATE INDEX transactions_contribution_idx ON transactions (contribution_id)
    WHERE contribution_id IS NOT NULL;

-- Idempotency keys belong to the person acting and the ledger acted on.
ALTER TABLE idempotency_keys ADD COLUMN actor_id UUID;
UPDATE idempotency_keys SET actor_id = user_id;
ALTER TABLE idempotency_keys ALTER COLUMN actor_id SET NOT NULL,
    DROP CONSTRAINT idempotency_keys_pkey,
    ADD PRIMARY KEY (user_id, actor_id, key),
    ADD FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX idempotency_keys_actor_idx ON idempotency_keys (actor_id);

-- A shared ledger's notifications reach each member as a row of their own (their own read state),
-- naming the ledger they are about.
ALTER TABLE notifications
    ADD COLUMN ledger_id UUID REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX notifications_ledger_idx ON notifications (ledger_id) WHERE ledger_id IS NOT NULL;
ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
    CHECK (type IN ('BUDGET_WARNING', 'BUDGET_EXCEEDED', 'GOAL_REACHED', 'GOAL_DEADLINE',
                    'RECURRING_EXECUTED', 'RECURRING_FAILED', 'PASSWORD_CHANGED', 'NEW_SIGN_IN',
                    'LEDGER_INVITATION'));
