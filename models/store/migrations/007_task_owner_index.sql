-- Version 7: an index on who owns each task. The owner chooser lists every
-- owner named by a task or an account, and the window fills it three times
-- while a book opens: scanning and sorting 165,000 tasks took about 70 ms
-- each time on the GUI thread. With this index (accounts have one already)
-- the list is read by jumping from one owner to the next.
CREATE INDEX tasks_owner ON tasks(owner);
