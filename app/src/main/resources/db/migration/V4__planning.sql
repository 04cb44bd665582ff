-- Budgets, goals, recurring transactions and notifications.

-- A notification links to what it is about: a budget, goal, recurring rule or transaction.
ALTER TABLE notifications
    ADD COLUMN subject_type TEXT CHECK (subject_type IN ('BUDGET', 'GOAL', 'RECURRING_TRANSACTION',
                                                         'TRANSACTION')),
    ADD COLUMN subject_id   UUID,
    ADD CHECK ((subject_type IS NULL) = (subject_id IS NULL));

-- "At most once per budget and period" for each alert level lives here: an alert is sent only by
-- the transaction whose insert of this row succeeds. Deleting the notification does not re-arm it.
CREATE TABLE budget_alerts (
    budget_id    UUID NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
    period_start DATE NOT NULL,
    level        TEXT NOT NULL CHECK (level IN ('WARNING', 'EXCEEDED')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (budget_id, period_start, level)
);

-- GOAL_DEADLINE is sent once per deadline; changing the deadline re-arms it.
ALTER TABLE goals ADD COLUMN deadline_notified BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX goals_deadline_idx ON goals (deadline)
    WHERE deadline IS NOT NULL AND NOT deadline_notified;

-- One row per occurrence a rule has dealt with (recorded, or skipped by the user), written in the
-- same database transaction as the ledger entry: the primary key is what makes every occurrence
-- happen at most once, whichever instance of the service gets there.
CREATE TABLE recurring_occurrences (
    recurring_transaction_id UUID NOT NULL REFERENCES recurring_transactions (id) ON DELETE CASCADE,
    occurrence_date          DATE NOT NULL,
    -- NULL when the occurrence was skipped, or its transaction was deleted later. Checked at
    -- commit, because the occurrence is claimed before its transaction is inserted.
    transaction_id           UUID REFERENCES transactions (id) ON DELETE SET NULL
        DEFERRABLE INITIALLY DEFERRED,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (recurring_transaction_id, occurrence_date)
);
CREATE INDEX recurring_occurrences_transaction_idx ON recurring_occurrences (transaction_id)
    WHERE transaction_id IS NOT NULL;
