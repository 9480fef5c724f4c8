-- Version 8: a column mapping can be saved under a name, so that the command
-- line (tenure import --mapping NAME) reuses what the wizard confirmed, for
-- files whose headers differ from the ones it was made on.
ALTER TABLE import_mappings ADD COLUMN name TEXT;
CREATE UNIQUE INDEX import_mappings_name ON import_mappings(name) WHERE name IS NOT NULL;
