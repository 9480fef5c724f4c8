-- Version 2: the signals churn risk is read from: people, usage, support,
-- surveys, requests, goals and events on the customer's side.

CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    external_id     TEXT,
    name            TEXT NOT NULL,
    email           TEXT,
    title           TEXT,
    role            TEXT NOT NULL DEFAULT 'user'
                    CHECK (role IN ('buyer', 'executive_sponsor', 'champion', 'admin',
                                    'power_user', 'it', 'user')),
    created_on      TEXT,
    last_active_on  TEXT,
    left_on         TEXT,                    -- left the customer's company
    import_id       INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX contacts_account ON contacts(account_id);

-- Product usage per account and period (a day or a week starting on period_start).
CREATE TABLE usage (
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    period_start  TEXT NOT NULL,
    period_days   INTEGER NOT NULL CHECK (period_days IN (1, 7)),
    active_users  INTEGER NOT NULL CHECK (active_users >= 0),
    sessions      INTEGER NOT NULL DEFAULT 0 CHECK (sessions >= 0),
    key_events    INTEGER NOT NULL DEFAULT 0 CHECK (key_events >= 0),
    PRIMARY KEY (account_id, period_start, period_days)
) WITHOUT ROWID;

CREATE TABLE tickets (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    external_id  TEXT,
    opened_on    TEXT NOT NULL,
    closed_on    TEXT CHECK (closed_on IS NULL OR closed_on >= opened_on),
    priority     TEXT NOT NULL DEFAULT 'normal'
                 CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    type         TEXT NOT NULL DEFAULT 'question'
                 CHECK (type IN ('question', 'problem', 'bug', 'usability', 'feature_request',
                                 'billing', 'other')),
    escalated    INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
    subject      TEXT,
    import_id    INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX tickets_account ON tickets(account_id, opened_on);

CREATE TABLE survey_responses (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    contact_id    INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    external_id   TEXT,
    responded_on  TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('nps', 'csat')),
    score         INTEGER NOT NULL,
    comment       TEXT,
    import_id     INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    CHECK ((kind = 'nps' AND score BETWEEN 0 AND 10) OR (kind = 'csat' AND score BETWEEN 1 AND 5))
);
CREATE INDEX survey_responses_account ON survey_responses(account_id, responded_on);

CREATE TABLE feature_requests (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    contact_id    INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    external_id   TEXT,
    requested_on  TEXT NOT NULL,
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'feature'
                  CHECK (kind IN ('feature', 'enhancement', 'integration', 'pricing')),
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'planned', 'shipped', 'declined')),
    import_id     INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX feature_requests_account ON feature_requests(account_id, requested_on);

-- Success-plan goals: what the customer bought the product to achieve.
CREATE TABLE goals (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    metric       TEXT,
    target       REAL,
    achieved     REAL,
    due_on       TEXT,
    achieved_on  TEXT,
    status       TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'achieved', 'missed', 'dropped')),
    import_id    INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX goals_account ON goals(account_id);

-- Things that happen to the customer's business: acquisition, closure, ...
CREATE TABLE account_events (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    occurred_on  TEXT NOT NULL,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('acquired', 'merged', 'closing', 'restructured',
                                 'leadership_change', 'funding', 'other')),
    description  TEXT,
    import_id    INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX account_events_account ON account_events(account_id, occurred_on);
