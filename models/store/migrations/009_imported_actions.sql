-- Version 9: the CSM's activity history can be imported (the activities
-- layout) as well as logged. An imported action keeps the system it came
-- from and its id there, so that importing the same export twice changes
-- nothing and a newer export updates it by id; its direction (a customer's
-- inbound email is not proactive contact) and the import that wrote it.
ALTER TABLE actions ADD COLUMN source TEXT;
ALTER TABLE actions ADD COLUMN external_id TEXT;
ALTER TABLE actions ADD COLUMN direction TEXT
    CHECK (direction IS NULL OR direction = 'inbound' OR direction = 'outbound');
ALTER TABLE actions ADD COLUMN import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL;
CREATE UNIQUE INDEX actions_external ON actions(account_id, source, external_id)
    WHERE external_id IS NOT NULL;
