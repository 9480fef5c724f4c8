-- Version 7 on PostgreSQL: an index on who owns each task.
CREATE INDEX tasks_owner ON tasks(owner);
