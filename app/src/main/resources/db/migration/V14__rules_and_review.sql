-- Rules that categorise, the review inbox, and text that matches without case or accents.

-- Folding text for matching: Latin letters lose their case and accents ("Ăn trưa" -> "an trua",
-- "ĐIỆN" -> "dien"), and combining marks (text typed in decomposed form) are dropped. One table of
-- letters, the same as com.spendwise.shared.TextFold, which a test holds equal character by
-- character; translate() depends on no locale, so the function is immutable and can be indexed.
CREATE FUNCTION spendwise_fold(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN translate(
    translate(value,
        'ABCDEFGHIJKLMNOPQRSTUVWXYZĐđŁłØøÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäå'
        || 'çèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮ'
        || 'įİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽ'
        || 'žƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗ'
        || 'ȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫ'
        || 'ḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫ'
        || 'ṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằ'
        || 'ẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰự'
        || 'ỲỳỴỵỶỷỸỹ',
        'abcdefghijklmnopqrstuvwxyzddllooaaaaaaceeeeiiiinooooouuuuyaaaaaa'
        || 'ceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiii'
        || 'iijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzz'
        || 'zoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuu'
        || 'sstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhh'
        || 'iiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrsssssssssstt'
        || 'ttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaa'
        || 'aaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuu'
        || 'yyyyyyyy'),
    U&'\0300\0301\0302\0303\0304\0305\0306\0307\0308\0309\030A\030B\030C\030D\030E\030F'
            || U&'\0310\0311\0312\0313\0314\0315\0316\0317\0318\0319\031A\031B\031C\031D\031E\031F'
            || U&'\0320\0321\0322\0323\0324\0325\0326\0327\0328\0329\032A\032B\032C\032D\032E\032F'
            || U&'\0330\0331\0332\0333\0334\0335\0336\0337\0338\0339\033A\033B\033C\033D\033E\033F'
            || U&'\0340\0341\0342\0343\0344\0345\0346\0347\0348\0349\034A\034B\034C\034D\034E\034F'
            || U&'\0350\0351\0352\0353\0354\0355\0356\0357\0358\0359\035A\035B\035C\035D\035E\035F'
            || U&'\0360\0361\0362\0363\0364\0365\0366\0367\0368\0369\036A\036B\036C\036D\036E\036F',
    '');

-- Searching notes by folded text, one person's notes only: a composite GIN index whose first
-- column is the owner, so that a word common in other people's notes costs nothing to someone who
-- has none (btree_gin lets a uuid sit in a GIN index; like pg_trgm it is a trusted extension).
-- Where the service's user may not create extensions, the search stays correct and scans notes.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS btree_gin;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'Cannot create extension btree_gin (%); text search will scan notes until an administrator creates it and the index (see migration V14).', SQLERRM;
END $$;

DROP INDEX IF EXISTS transactions_note_trgm_idx;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
       AND EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gin') THEN
        CREATE INDEX IF NOT EXISTS transactions_note_fold_idx
            ON transactions USING gin (user_id, spendwise_fold(note) gin_trgm_ops);
    END IF;
END $$;

-- Where a transaction's fields came from. imported: recorded from a statement. reviewed: false
-- while it waits in the review inbox. person_fields: fields a person chose (no rule changes them
-- afterwards); rule_fields: field -> id of the rule that set it.
ALTER TABLE transactions
    ADD COLUMN imported BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN reviewed BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN person_fields TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN rule_fields JSONB NOT NULL DEFAULT '{}';

-- What is on record today was chosen by the person, except what came from a statement.
UPDATE transactions t SET imported = true WHERE EXISTS (SELECT 1 FROM import_keys k WHERE k.transaction_id = t.id);
UPDATE transactions t SET person_fields = array_remove(ARRAY[
        CASE WHEN t.category_id IS NOT NULL THEN 'CATEGORY' END,
        CASE WHEN coalesce(t.note, '') <> '' THEN 'NOTE' END,
        CASE WHEN EXISTS (SELECT 1 FROM transaction_tags tt WHERE tt.transaction_id = t.id) THEN 'TAGS' END],
    NULL)
WHERE NOT t.imported;

-- The review inbox: a person's unreviewed transactions, oldest first.
CREATE INDEX transactions_review_idx ON transactions (user_id, date, id) WHERE NOT reviewed;

CREATE TABLE rules (
    id              UUID PRIMARY KEY,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    position        INTEGER NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT true,
    stop_processing BOOLEAN NOT NULL DEFAULT false,
    runs_on         TEXT NOT NULL CHECK (runs_on IN ('CREATE', 'IMPORT', 'BOTH')),
    match           TEXT NOT NULL CHECK (match IN ('ALL', 'ANY')),
    conditions      JSONB NOT NULL,
    actions         JSONB NOT NULL,
    -- Why the rule was last skipped when it ran (a problem code), cleared when it is saved.
    problem         TEXT CHECK (char_length(problem) <= 100),
    version         BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, user_id)
);
CREATE INDEX rules_user_position_idx ON rules (user_id, position, id);

-- Learning with consent: how often a person gave a category to a note that cleans up to note_key;
-- at three the pair is offered as a rule; dismissed and accepted pairs are never offered again.
CREATE TABLE rule_suggestions (
    id          UUID NOT NULL UNIQUE,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    note_key    TEXT NOT NULL CHECK (char_length(note_key) <= 100),
    category_id UUID NOT NULL,
    example     TEXT NOT NULL,
    times       INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('COUNTING', 'OFFERED', 'DISMISSED', 'ACCEPTED')),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, note_key, category_id),
    FOREIGN KEY (category_id, user_id) REFERENCES categories (id, user_id) ON DELETE CASCADE
);
CREATE INDEX rule_suggestions_offered_idx ON rule_suggestions (user_id, updated_at) WHERE state = 'OFFERED';

-- Suggestions can be switched off in the profile.
ALTER TABLE users ADD COLUMN suggest_rules BOOLEAN NOT NULL DEFAULT true;

-- Which wallet a statement's account (its OFX ACCTID) went into: the next file holding several
-- accounts takes the one this wallet had.
CREATE TABLE import_accounts (
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL CHECK (char_length(account_id) <= 100),
    wallet_id  UUID NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, account_id),
    FOREIGN KEY (wallet_id, user_id) REFERENCES wallets (id, user_id) ON DELETE CASCADE
);
