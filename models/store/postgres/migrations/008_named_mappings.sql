-- Version 8 on PostgreSQL: a column mapping can be saved under a name.
ALTER TABLE import_mappings ADD COLUMN name text;
CREATE UNIQUE INDEX import_mappings_name ON import_mappings(name) WHERE name IS NOT NULL;
