#pragma once

#include "migrations.h"

#include <QString>

#include <vector>

namespace tenure::store {

class Connection;

// Checks an existing book's schema before Tenure uses it, reading only: every
// table the schema `steps` build is there (for a book at their newest
// version), and the book holds no trigger Tenure did not create, which would
// otherwise run inside Tenure's own writes. Throws BookError (Corrupt for a
// missing table, NotABook for a foreign trigger).
void checkSchema(Connection& book, const std::vector<Migration>& steps, int version,
                 const QString& fileName);

// Runs SQLite's quick_check on a book about to be written, for at most a
// fraction of a second: a large book is checked as far as that budget allows,
// so that opening stays quick. Throws BookError::Corrupt on damage found.
void checkIntact(Connection& book, const QString& fileName);

} // namespace tenure::store
