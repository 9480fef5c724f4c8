-- Version 10 on PostgreSQL: who last changed a task, an action or a playbook,
-- and when, and who ran each import. A team book's server fills them itself
-- (tenure team init adds the triggers). And the server announces every
-- change, for the windows open on the book.
ALTER TABLE tasks ADD COLUMN changed_by text;
ALTER TABLE tasks ADD COLUMN changed_at text;
ALTER TABLE actions ADD COLUMN changed_by text;
ALTER TABLE actions ADD COLUMN changed_at text;
ALTER TABLE playbooks ADD COLUMN changed_by text;
ALTER TABLE playbooks ADD COLUMN changed_at text;
ALTER TABLE imports ADD COLUMN imported_by text;

-- Every committed change is announced to the book's listeners (the windows
-- open on it): one notification per table a transaction changed, on the
-- channel tenure_book_changed, carrying the table's name. A later step that
-- adds a table gives it the same trigger.
CREATE FUNCTION tenure_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tenure_book_changed', TG_TABLE_NAME);
    RETURN NULL;
END $$;

DO $$
DECLARE
    book_table text;
BEGIN
    FOR book_table IN
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          AND table_name <> 'tenure_schema_version'
    LOOP
        EXECUTE format('CREATE TRIGGER tenure_announce_change AFTER INSERT OR UPDATE OR DELETE '
                       'OR TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION tenure_announce_change()', book_table);
    END LOOP;
END $$;
