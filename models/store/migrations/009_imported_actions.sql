-- Version 9: the CSM's activity history can be imported (the activities
-- layout) as well as logged. An imported action keeps the system it came
-- from and its id there, so that importing the same export twice changes
-- nothing and a newer export updates it by id; its direction (whether the
-- customer or the CSM reached out) and the import that wrote it.
ALTER TABLE actions ADD COLUMN source TEXT;
ALTER TABLE actions ADD COLUMN external_id TEXT;
ALTER TABLE actions ADD COLUMN direction TEXT
    CHECK (direction IS NULL OR direction = 'inbound' OR direction = 'outbound');
ALTER TABLE actions ADD COLUMN import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL;
-- Not partial, so that an import's lookup by id (external_id IS ?) can use it;
-- logged actions, without an id, never collide (NULLs are distinct).
CREATE UNIQUE INDEX actions_external ON actions(account_id, source, external_id);
