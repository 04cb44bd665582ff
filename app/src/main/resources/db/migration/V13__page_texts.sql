-- Pages render a notification in the reader's language from its type and these values (names,
-- amounts as decimal strings, dates, a reason code); the message column stays as the API's text.
ALTER TABLE notifications ADD COLUMN data JSONB;

-- Why the scheduler paused a rule (a problem code such as wallet-archived), so that its page can
-- say what to do; cleared when the rule is saved again.
ALTER TABLE recurring_transactions ADD COLUMN paused_reason TEXT
    CHECK (char_length(paused_reason) <= 100);
