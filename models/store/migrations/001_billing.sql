-- Version 1: the book itself, its accounts and their billing history.
-- Dates are ISO 8601 text (YYYY-MM-DD); money is integer minor units of the
-- row's currency (cents; whole yen for zero-decimal currencies).

CREATE TABLE book_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE imports (
    id             INTEGER PRIMARY KEY,
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    source         TEXT NOT NULL,            -- stripe, chargebee, generic, demo, ...
    kind           TEXT NOT NULL,            -- subscriptions, invoices, usage, tickets, ...
    file_name      TEXT,
    file_sha256    TEXT,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_inserted  INTEGER NOT NULL DEFAULT 0,
    rows_updated   INTEGER NOT NULL DEFAULT 0,
    rows_skipped   INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'running'
                   CHECK (status IN ('running', 'committed', 'failed', 'cancelled')),
    message        TEXT
);

-- Column mappings the user confirmed, remembered by the header row's signature.
CREATE TABLE import_mappings (
    header_signature TEXT PRIMARY KEY,
    source           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    mapping_json     TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE accounts (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    domain                TEXT,              -- email domain, used to match sources
    owner                 TEXT,              -- the CSM who owns the account
    segment               TEXT,
    plan                  TEXT,
    seats_purchased       INTEGER CHECK (seats_purchased IS NULL OR seats_purchased >= 0),
    industry              TEXT,
    country               TEXT,              -- ISO 3166 alpha-2
    created_on            TEXT,
    onboarding_target_on  TEXT,
    go_live_on            TEXT,
    renewal_on            TEXT,
    status                TEXT NOT NULL DEFAULT 'active'
                          CHECK (status IN ('trial', 'onboarding', 'active', 'past_due',
                                            'paused', 'non_renewing', 'churned')),
    import_id             INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX accounts_owner ON accounts(owner);
CREATE INDEX accounts_domain ON accounts(domain);

-- The same customer is known by a different id in each source system.
CREATE TABLE account_external_ids (
    source       TEXT NOT NULL,
    external_id  TEXT NOT NULL,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (source, external_id)
) WITHOUT ROWID;
CREATE INDEX account_external_ids_account ON account_external_ids(account_id);

-- A subscription period is [start_on, end_on): end exclusive, NULL while running.
CREATE TABLE subscription_periods (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    source          TEXT NOT NULL DEFAULT 'manual',
    external_id     TEXT,
    plan            TEXT,
    start_on        TEXT NOT NULL,
    end_on          TEXT CHECK (end_on IS NULL OR end_on > start_on),
    amount_minor    INTEGER NOT NULL,        -- price per interval, per unit
    interval_unit   TEXT NOT NULL CHECK (interval_unit IN ('day', 'week', 'month', 'year')),
    interval_count  INTEGER NOT NULL DEFAULT 1 CHECK (interval_count > 0),
    quantity        REAL NOT NULL DEFAULT 1 CHECK (quantity >= 0),
    discount_minor  INTEGER NOT NULL DEFAULT 0,   -- recurring discount per interval
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    mrr_minor       INTEGER NOT NULL,        -- monthly-normalised, in `currency`
    source_status   TEXT,                    -- the source's own status (trialing, ...)
    import_id       INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX subscription_periods_account ON subscription_periods(account_id, start_on);
CREATE UNIQUE INDEX subscription_periods_external
    ON subscription_periods(source, external_id, start_on) WHERE external_id IS NOT NULL;

-- How many base-currency units one unit of `currency` was worth from rate_on on.
CREATE TABLE currency_rates (
    currency  TEXT NOT NULL CHECK (length(currency) = 3),
    rate_on   TEXT NOT NULL,
    per_base  REAL NOT NULL CHECK (per_base > 0),
    PRIMARY KEY (currency, rate_on)
) WITHOUT ROWID;
