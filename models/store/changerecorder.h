#pragma once

#include "rowchange.h"

#include <functional>
#include <map>
#include <memory>

struct sqlite3_session;

namespace tenure::store {

class Connection;

// The rows one transaction changed, kept in SQLite's compact changeset form
// and read one row at a time, so that a large import is not held twice. A
// row changed and changed back, or inserted and deleted again, is not there.
class ChangeSet
{
public:
    // Takes `bytes`, a changeset SQLite allocated.
    ChangeSet(Connection& connection, void* bytes, int size);
    ~ChangeSet();
    ChangeSet(const ChangeSet&) = delete;
    ChangeSet& operator=(const ChangeSet&) = delete;

    bool empty() const { return m_size == 0; }
    // Hands `visit` every row, table by table. The row is valid during the
    // call; its columns as long as the set.
    void forEach(const std::function<void(const RowChange&)>& visit) const;

private:
    struct FreeBytes
    {
        void operator()(void* bytes) const;
    };

    Connection& m_connection;
    std::unique_ptr<void, FreeBytes> m_bytes;
    int m_size;
    mutable std::map<QByteArray, TableColumns> m_columns; // by table name
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
