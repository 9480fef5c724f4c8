-- Version 9 on PostgreSQL: imported actions keep their source, their id there,
-- their direction and the import that wrote them.
ALTER TABLE actions ADD COLUMN source text;
ALTER TABLE actions ADD COLUMN external_id text;
ALTER TABLE actions ADD COLUMN direction text
    CHECK (direction IS NULL OR direction = 'inbound' OR direction = 'outbound');
ALTER TABLE actions ADD COLUMN import_id bigint REFERENCES imports(id) ON DELETE SET NULL;
-- NULLs are distinct here as in SQLite: logged actions, without an id, never collide.
CREATE UNIQUE INDEX actions_external ON actions(account_id, source, external_id);
