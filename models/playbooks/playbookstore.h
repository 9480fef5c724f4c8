#pragma once

#include "playbook.h"

#include <cstdint>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::playbooks {

// The book's library: the built-in playbooks (as this book edited them) and
// the book's own, built-in ones first, each group by name.
std::vector<Playbook> loadLibrary(store::Connection& connection);

// Stores `playbook` by its code, replacing the book's version and its steps,
// in one transaction. Returns its row id.
std::int64_t savePlaybook(store::Connection& connection, const Playbook& playbook);

// As savePlaybook, in place of `seen`, the version the person edited:
// refused (store::BookError, kind Conflict) when the book's version is no
// longer `seen`, so that a second save never overwrites the first.
std::int64_t replacePlaybook(store::Connection& connection, const Playbook& seen,
                             const Playbook& playbook);

// The row id of `playbook` in the book, storing it first when it is a
// built-in never stored (runs refer to stored playbooks).
std::int64_t storedPlaybookId(store::Connection& connection, const Playbook& playbook);

// Removes the book's version of a playbook: a built-in one returns to its
// default; the book's own goes. Refused (false, with `why`) when it has runs,
// whose history would go with it.
bool removePlaybook(store::Connection& connection, const QString& code, QString* why);

// Saves a shared library in one transaction; returns how many playbooks were
// new to the book.
int importLibrary(store::Connection& connection, const std::vector<Playbook>& library);

} // namespace tenure::playbooks
