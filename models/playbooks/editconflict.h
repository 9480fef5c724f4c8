#pragma once

#include "worklog.h"

namespace tenure::store {
class Connection;
}

namespace tenure::playbooks {

// A second save is refused, never written over the first: before a task or
// an action is changed (or an earlier change undone), the book must still
// hold what the person saw when they made the change. Another window on the
// same book, the command line or a colleague may have changed it since.
// Both throw store::BookError of kind Conflict, saying what the entry is now;
// call them inside the transaction that then writes, so that nobody can
// change it in between.

// The task's status, due date, completion and skip reason are still `expected`'s.
void requireTaskAsSeen(store::Connection& connection, const Task& expected);
// Every stored field of the action is still `expected`'s.
void requireActionAsSeen(store::Connection& connection, const Action& expected);
// The library still holds `expected` (by its code) exactly as it was read.
void requirePlaybookAsSeen(store::Connection& connection, const Playbook& expected);

} // namespace tenure::playbooks
