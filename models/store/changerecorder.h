#pragma once

#include "rowchange.h"

#include <QHash>

#include <cstdint>
#include <memory>
#include <vector>

struct sqlite3_session;
struct sqlite3_changeset_iter;

namespace tenure::store {

class Connection;
class Statement;

// The rows one transaction changed, kept in SQLite's compact changeset form
// and read one row at a time, so that a large import is not held twice. A
// row changed and changed back, or inserted and deleted again, is not there.
class ChangeSet
{
public:
    // The rows of one table and kind.
    struct Group
    {
        QString table;
        RowChange::Kind kind = RowChange::Kind::Insert;
        std::int64_t rows = 0;
    };

    // Reads the rows of one group, in the changeset's order.
    class Cursor
    {
    public:
        Cursor(const ChangeSet& changes, const Group& group);
        ~Cursor();
        Cursor(const Cursor&) = delete;
        Cursor& operator=(const Cursor&) = delete;
        const TableColumns& columns() const { return *m_row.columns; }
        // The next row of the group, valid until the next call; null at the end.
        const RowChange* next();

    private:
        const ChangeSet& m_changes;
        const Group& m_group;
        sqlite3_changeset_iter* m_iterator = nullptr;
        RowChange m_row;
        std::unique_ptr<Statement> m_select; // a changed row, to read what the change leaves out
    };

    // Takes `bytes`, a changeset SQLite allocated.
    ChangeSet(Connection& connection, void* bytes, int size);
    ~ChangeSet();
    ChangeSet(const ChangeSet&) = delete;
    ChangeSet& operator=(const ChangeSet&) = delete;

    bool empty() const { return m_groups.empty(); }
    // Every table and kind with rows, in the order first met.
    const std::vector<Group>& groups() const { return m_groups; }

private:
    const TableColumns& columnsOf(const QString& table) const;

    struct FreeBytes
    {
        void operator()(void* bytes) const;
    };

    Connection& m_connection;
    std::unique_ptr<void, FreeBytes> m_bytes;
    int m_size;
    std::vector<Group> m_groups;
    mutable QHash<QString, std::shared_ptr<TableColumns>> m_columns;
};

// Records every row one transaction changes on `connection`, through
// SQLite's session extension, from construction on. Every table of a book
// has a primary key, which the extension needs to name a row.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(Connection& connection);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    // What changed so far; read it before the transaction ends.
    std::unique_ptr<ChangeSet> changes();

private:
    Connection& m_connection;
    sqlite3_session* m_session = nullptr;
};

} // namespace tenure::store
