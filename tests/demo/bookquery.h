#pragma once

#include "store/sqlite.h"

#include <QByteArray>

#include <string>

namespace tenure::test {

// One number from a query over a generated book; 0 for no row or NULL.
double queryNumber(store::Connection& connection, const std::string& sql);

// A hash of every row of every data table, in primary-key order; equal
// hashes mean equal content (book_meta's creation time excepted).
QByteArray contentHash(store::Connection& connection);

} // namespace tenure::test
