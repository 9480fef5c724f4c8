-- Version 10 on PostgreSQL: who last changed a task, an action or a playbook,
-- and when, and who ran each import. A team book's server fills them itself
-- (tenure team init adds the triggers).
ALTER TABLE tasks ADD COLUMN changed_by text;
ALTER TABLE tasks ADD COLUMN changed_at text;
ALTER TABLE actions ADD COLUMN changed_by text;
ALTER TABLE actions ADD COLUMN changed_at text;
ALTER TABLE playbooks ADD COLUMN changed_by text;
ALTER TABLE playbooks ADD COLUMN changed_at text;
ALTER TABLE imports ADD COLUMN imported_by text;
