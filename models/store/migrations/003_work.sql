-- Version 3: the CSM's work (playbooks, tasks, the action log) and health:
-- its configuration and daily snapshots.

CREATE TABLE playbooks (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    description    TEXT,
    trigger_kind   TEXT NOT NULL DEFAULT 'manual'
                   CHECK (trigger_kind IN ('risk_reason', 'quadrant_change', 'lifecycle',
                                           'manual')),
    trigger_value  TEXT,                     -- a reason code, a quadrant, a lifecycle event
    segments       TEXT,                     -- JSON array; NULL applies to every segment
    one_to_many    INTEGER NOT NULL DEFAULT 0 CHECK (one_to_many IN (0, 1)),
    builtin        INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE playbook_steps (
    id               INTEGER PRIMARY KEY,
    playbook_id      INTEGER NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL
                     CHECK (kind IN ('call', 'email', 'meeting', 'qbr', 'training', 'webinar',
                                     'note')),
    due_offset_days  INTEGER NOT NULL DEFAULT 0,
    description      TEXT,
    UNIQUE (playbook_id, position)
);

-- One run of a playbook; a one-to-many run over many accounts shares a bulk_id.
CREATE TABLE playbook_runs (
    id           INTEGER PRIMARY KEY,
    playbook_id  INTEGER NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    started_on   TEXT NOT NULL,
    started_by   TEXT,
    reason_code  TEXT,
    bulk_id      TEXT
);
CREATE INDEX playbook_runs_account ON playbook_runs(account_id);
CREATE INDEX playbook_runs_playbook ON playbook_runs(playbook_id);

CREATE TABLE tasks (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    playbook_run_id  INTEGER REFERENCES playbook_runs(id) ON DELETE CASCADE,
    step_id          INTEGER REFERENCES playbook_steps(id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'note'
                     CHECK (kind IN ('call', 'email', 'meeting', 'qbr', 'training', 'webinar',
                                     'note')),
    owner            TEXT,
    due_on           TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
    completed_on     TEXT,
    skip_reason      TEXT,
    description      TEXT
);
CREATE INDEX tasks_due ON tasks(status, due_on);
CREATE INDEX tasks_account ON tasks(account_id);

-- What the CSM did: a call, email, meeting, QBR, training, webinar or note.
CREATE TABLE actions (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    occurred_on      TEXT NOT NULL,
    kind             TEXT NOT NULL
                     CHECK (kind IN ('call', 'email', 'meeting', 'qbr', 'training', 'webinar',
                                     'note')),
    contact_id       INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    reason_code      TEXT,                   -- the risk reason the action addresses
    summary          TEXT NOT NULL,
    outcome          TEXT,
    follow_up_on     TEXT,
    created_by       TEXT,
    playbook_run_id  INTEGER REFERENCES playbook_runs(id) ON DELETE SET NULL,
    bulk_id          TEXT
);
CREATE INDEX actions_account ON actions(account_id, occurred_on);
CREATE INDEX actions_bulk ON actions(bulk_id) WHERE bulk_id IS NOT NULL;

-- Thresholds and weights, as key -> JSON value, stored in the book so that
-- everyone who opens it sees the same scores.
CREATE TABLE health_config (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE health_snapshots (
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    as_of       TEXT NOT NULL,
    overall     REAL,
    outcome     REAL,
    experience  REAL,
    detail      TEXT,                        -- JSON: each contribution to the score
    PRIMARY KEY (account_id, as_of)
) WITHOUT ROWID;

CREATE TABLE risk_reason_snapshots (
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    as_of       TEXT NOT NULL,
    code        TEXT NOT NULL,
    severity    REAL NOT NULL,
    evidence    TEXT NOT NULL,
    PRIMARY KEY (account_id, as_of, code)
) WITHOUT ROWID;

-- When each owner last reviewed the book, for "what changed since".
CREATE TABLE owner_reviews (
    owner        TEXT PRIMARY KEY,
    reviewed_at  TEXT NOT NULL
) WITHOUT ROWID;

-- The demo generator's held-back truth: the fate it planned for each account.
-- Never read by health scoring; read by back-tests and the generator's tests.
CREATE TABLE demo_truth (
    account_id  INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    fate        TEXT NOT NULL,               -- healthy, churned, contracted, reactivated
    cause       TEXT,                        -- a risk-reason code
    event_on    TEXT                         -- when the fate took effect
);
