#pragma once

#include <QString>
#include <QStringList>

namespace tenure::test {

// Every row of every table of the book file at `path`, one line each, as
// "table|type:value|type:value...", sorted: two books with the same rows, with
// the same storage types and the same bits in every double, dump the same.
QStringList dumpBook(const QString& path);

// How many tables have rows in a dump, for saying what a dump covers.
int tablesWithRows(const QStringList& dump);

} // namespace tenure::test
