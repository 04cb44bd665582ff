-- SpendWise schema: the seed's ten tables plus the columns the features need.
-- Every row of user data carries user_id; composite foreign keys on (id, user_id) make a
-- reference to another user's wallet, category, tag or rule impossible in the database itself.

-- One definition of a money amount: exact decimal, at most 4 fraction digits (the largest ISO 4217
-- minor unit), bounded so that no sum the service computes can overflow. Rejects, never rounds.
CREATE DOMAIN money_amount AS NUMERIC
    CHECK (scale(VALUE) <= 4 AND abs(VALUE) < 1000000000000000000);

CREATE DOMAIN currency_code AS CHAR(3)
    CHECK (VALUE ~ '^[A-Z]{3}$');

CREATE TABLE users (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    cognito_sub      TEXT NOT NULL UNIQUE,
    -- Nullable: a Cognito access token carries no email; filled in when a token brings one.
    email            TEXT,
    display_name     TEXT CHECK (char_length(display_name) BETWEEN 1 AND 100),
    -- Currency a new wallet gets when the client names none.
    default_currency currency_code NOT NULL DEFAULT 'VND',
    -- "Today" for budgets and recurring transactions is the user's calendar day, not the server's.
    timezone         TEXT NOT NULL DEFAULT 'UTC',
    -- Optimistic locking: ETag / If-Match on updates.
    version          BIGINT NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

CREATE TABLE wallets (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    currency        currency_code NOT NULL DEFAULT 'VND',
    -- The balance the wallet started with, so balance = opening_balance + in - out stays checkable.
    opening_balance money_amount NOT NULL DEFAULT 0,
    balance         money_amount NOT NULL DEFAULT 0,
    -- An archived wallet keeps its history but accepts no new transactions.
    archived        BOOLEAN NOT NULL DEFAULT FALSE,
    -- Optimistic locking: ETag / If-Match on updates.
    version         BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id)
);
CREATE INDEX wallets_user_idx ON wallets (user_id, created_at);

CREATE TABLE categories (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    type       TEXT NOT NULL CHECK (type IN ('INCOME', 'EXPENSE', 'TRANSFER')),
    -- Presentation hints for clients.
    icon       TEXT CHECK (char_length(icon) <= 50),
    color      TEXT CHECK (color ~ '^#[0-9A-Fa-f]{6}$'),
    -- Optimistic locking: ETag / If-Match on updates.
    version    BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id),
    -- Target of the transactions' (category, user, type) key: a category's type must match.
    UNIQUE (id, user_id, type)
);
CREATE UNIQUE INDEX categories_user_type_name_key ON categories (user_id, type, lower(name));

CREATE TABLE tags (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    -- Optimistic locking: ETag / If-Match on updates.
    version    BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id)
);
CREATE UNIQUE INDEX tags_user_name_key ON tags (user_id, lower(name));

CREATE TABLE recurring_transactions (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type           TEXT NOT NULL CHECK (type IN ('INCOME', 'EXPENSE')),
    -- Nullable only after its wallet was deleted; the scheduler then pauses the rule.
    wallet_id      UUID,
    category_id    UUID,
    amount         money_amount NOT NULL CHECK (amount > 0),
    note           TEXT CHECK (char_length(note) <= 500),
    interval       TEXT NOT NULL CHECK (interval IN ('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY')),
    -- "Every N" intervals: every 2 weeks, every 3 months.
    interval_count INTEGER NOT NULL DEFAULT 1 CHECK (interval_count BETWEEN 1 AND 366),
    -- Occurrences are computed from this anchor (31 Jan -> 28 Feb -> 31 Mar), not from the last one.
    start_date     DATE NOT NULL,
    -- Optional last day on which an occurrence may fall.
    end_date       DATE CHECK (end_date >= start_date),
    next_date      DATE NOT NULL,
    is_active      BOOLEAN NOT NULL DEFAULT TRUE,
    -- Optimistic locking: ETag / If-Match on updates.
    version        BIGINT NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id),
    FOREIGN KEY (wallet_id, user_id) REFERENCES wallets (id, user_id) ON DELETE SET NULL (wallet_id),
    FOREIGN KEY (category_id, user_id, type) REFERENCES categories (id, user_id, type)
);
CREATE INDEX recurring_transactions_user_idx ON recurring_transactions (user_id, created_at);
CREATE INDEX recurring_transactions_due_idx ON recurring_transactions (next_date) WHERE is_active;
CREATE INDEX recurring_transactions_wallet_idx ON recurring_transactions (wallet_id);
CREATE INDEX recurring_transactions_category_idx ON recurring_transactions (category_id);

CREATE TABLE transactions (
    id                       UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                  UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type                     TEXT NOT NULL CHECK (type IN ('INCOME', 'EXPENSE', 'TRANSFER')),
    amount                   money_amount NOT NULL CHECK (amount > 0),
    source_wallet_id         UUID,
    target_wallet_id         UUID,
    -- What arrived in the target wallet when a transfer crosses currencies.
    target_amount            money_amount CHECK (target_amount > 0),
    category_id              UUID,
    date                     DATE NOT NULL,
    note                     TEXT CHECK (char_length(note) <= 500),
    -- The recurring rule that produced this transaction, if any.
    recurring_transaction_id UUID,
    -- Optimistic locking: ETag / If-Match on updates.
    version                  BIGINT NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id),
    CHECK (
        (type = 'INCOME' AND source_wallet_id IS NULL AND target_wallet_id IS NOT NULL)
        OR (type = 'EXPENSE' AND source_wallet_id IS NOT NULL AND target_wallet_id IS NULL)
        OR (type = 'TRANSFER' AND source_wallet_id IS NOT NULL AND target_wallet_id IS NOT NULL
            AND source_wallet_id <> target_wallet_id)
    ),
    CHECK (target_amount IS NULL OR type = 'TRANSFER'),
    FOREIGN KEY (source_wallet_id, user_id) REFERENCES wallets (id, user_id),
    FOREIGN KEY (target_wallet_id, user_id) REFERENCES wallets (id, user_id),
    FOREIGN KEY (category_id, user_id, type) REFERENCES categories (id, user_id, type),
    FOREIGN KEY (recurring_transaction_id, user_id) REFERENCES recurring_transactions (id, user_id)
        ON DELETE SET NULL (recurring_transaction_id)
);
CREATE INDEX transactions_user_date_idx ON transactions (user_id, date DESC, id DESC);
CREATE INDEX transactions_source_wallet_idx ON transactions (source_wallet_id, date DESC, id DESC)
    WHERE source_wallet_id IS NOT NULL;
CREATE INDEX transactions_target_wallet_idx ON transactions (target_wallet_id, date DESC, id DESC)
    WHERE target_wallet_id IS NOT NULL;
CREATE INDEX transactions_category_idx ON transactions (category_id, date DESC, id DESC)
    WHERE category_id IS NOT NULL;
CREATE INDEX transactions_recurring_idx ON transactions (recurring_transaction_id)
    WHERE recurring_transaction_id IS NOT NULL;

CREATE TABLE transaction_tags (
    transaction_id UUID NOT NULL,
    tag_id         UUID NOT NULL,
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (transaction_id, tag_id),
    FOREIGN KEY (transaction_id, user_id) REFERENCES transactions (id, user_id) ON DELETE CASCADE,
    FOREIGN KEY (tag_id, user_id) REFERENCES tags (id, user_id) ON DELETE CASCADE
);
CREATE INDEX transaction_tags_tag_idx ON transaction_tags (tag_id, transaction_id);

CREATE TABLE budgets (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- NULL: an overall budget over all expenses.
    category_id UUID,
    period      TEXT NOT NULL CHECK (period IN ('MONTHLY', 'YEARLY')),
    amount      money_amount NOT NULL CHECK (amount > 0),
    -- Spending is summed over wallets of this currency only; amounts are never mixed.
    currency    currency_code NOT NULL DEFAULT 'VND',
    start_date  DATE NOT NULL,
    -- Optimistic locking: ETag / If-Match on updates.
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id),
    FOREIGN KEY (category_id, user_id) REFERENCES categories (id, user_id)
);
CREATE INDEX budgets_user_idx ON budgets (user_id, created_at);
CREATE INDEX budgets_category_idx ON budgets (category_id) WHERE category_id IS NOT NULL;

CREATE TABLE goals (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name              TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    description       TEXT CHECK (char_length(description) <= 1000),
    target_amount     money_amount NOT NULL CHECK (target_amount > 0),
    current_amount    money_amount NOT NULL DEFAULT 0 CHECK (current_amount >= 0),
    -- Amounts of a goal are in one currency, like a wallet's.
    currency          currency_code NOT NULL DEFAULT 'VND',
    deadline          DATE,
    notification_sent BOOLEAN NOT NULL DEFAULT FALSE,
    -- Optimistic locking: ETag / If-Match on updates.
    version           BIGINT NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id)
);
CREATE INDEX goals_user_idx ON goals (user_id, created_at);

CREATE TABLE notifications (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type       TEXT NOT NULL CHECK (type IN ('BUDGET_WARNING', 'BUDGET_EXCEEDED', 'GOAL_REACHED',
                                             'GOAL_DEADLINE', 'RECURRING_EXECUTED', 'RECURRING_FAILED')),
    message    TEXT NOT NULL CHECK (char_length(message) BETWEEN 1 AND 1000),
    is_read    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_user_unread_idx ON notifications (user_id, created_at DESC, id DESC)
    WHERE NOT is_read;
