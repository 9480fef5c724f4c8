#pragma once

#include "rowchange.h"

#include <vector>

struct sqlite3_session;

namespace tenure::store {

class Connection;

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

    // What changed so far, table by table. A row changed and changed back,
    // or inserted and deleted again, is not there.
    std::vector<RowChange> changes();

private:
    Connection& m_connection;
    sqlite3_session* m_session = nullptr;
};

} // namespace tenure::store
