#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tenure::store {

class Connection;

// One table of a book as its schema declares it.
struct TableShape
{
    struct Column
    {
        QString name;
        QString type; // as declared: INTEGER, REAL or TEXT
    };
    QString name;
    std::vector<Column> columns;

    QStringList columnNames() const;
};

// Every table of the book on `connection`, each after the tables its foreign
// keys refer to (so that rows copied in this order never refer ahead), ties
// in name order.
std::vector<TableShape> bookTables(Connection& connection);

// The tables of a book of today's schema, read from a new book in memory.
const std::vector<TableShape>& standardBookTables();
QStringList standardBookTableNames();

} // namespace tenure::store
