-- Version 6: the rules of accounts and contacts spelled as comparisons joined
-- by OR, as version 5 did for periods and tickets: SQLite builds a temporary
-- b-tree for every row it checks against an `IN (...)` list of three or more
-- values, which made each new account of an import cost several times what
-- it should. Other tables refer to both, so the migration runner applies this
-- step with foreign-key enforcement off (dropping the old tables would
-- otherwise delete every row that refers to them) and checks every reference
-- before it commits.

CREATE TABLE accounts_v6 (
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
                          CHECK (status = 'trial' OR status = 'onboarding' OR status = 'active'
                                 OR status = 'past_due' OR status = 'paused'
                                 OR status = 'non_renewing' OR status = 'churned'),
    import_id             INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
INSERT INTO accounts_v6(id, name, domain, owner, segment, plan, seats_purchased, industry,
                        country, created_on, onboarding_target_on, go_live_on, renewal_on,
                        status, import_id)
    SELECT id, name, domain, owner, segment, plan, seats_purchased, industry, country,
           created_on, onboarding_target_on, go_live_on, renewal_on, status, import_id
    FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_v6 RENAME TO accounts;
CREATE INDEX accounts_owner ON accounts(owner);
CREATE INDEX accounts_domain ON accounts(domain);

CREATE TABLE contacts_v6 (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    external_id     TEXT,
    name            TEXT NOT NULL,
    email           TEXT,
    title           TEXT,
    role            TEXT NOT NULL DEFAULT 'user'
                    CHECK (role = 'buyer' OR role = 'executive_sponsor' OR role = 'champion'
                           OR role = 'admin' OR role = 'power_user' OR role = 'it'
                           OR role = 'user'),
    created_on      TEXT,
    last_active_on  TEXT,
    left_on         TEXT,                    -- left the customer's company
    import_id       INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
INSERT INTO contacts_v6(id, account_id, external_id, name, email, title, role, created_on,
                        last_active_on, left_on, import_id)
    SELECT id, account_id, external_id, name, email, title, role, created_on, last_active_on,
           left_on, import_id
    FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_v6 RENAME TO contacts;
CREATE INDEX contacts_account ON contacts(account_id);
