-- Version 10: who last changed a task, an action or a playbook, and when
-- (UTC, ISO 8601), and who ran each import. On a file book "who" is the name
-- the person gave Tenure (or their login); on a team book the server writes
-- the login's display name, whatever the program sent.
ALTER TABLE tasks ADD COLUMN changed_by TEXT;
ALTER TABLE tasks ADD COLUMN changed_at TEXT;
ALTER TABLE actions ADD COLUMN changed_by TEXT;
ALTER TABLE actions ADD COLUMN changed_at TEXT;
ALTER TABLE playbooks ADD COLUMN changed_by TEXT;
ALTER TABLE playbooks ADD COLUMN changed_at TEXT;
ALTER TABLE imports ADD COLUMN imported_by TEXT;
