#pragma once

#include <QStringList>

#include <cstdint>

namespace tenure::store {
class Connection;
}

namespace tenure::import {

// Makes a large import fast inside its transaction (docs/architecture.md:
// "build secondary indexes after the load"): a bigger page cache while it
// runs, and when the import is larger than what the table holds, the
// non-unique indexes on subscription_periods are dropped and rebuilt once at
// the end instead of being updated row by row. Their definitions are read
// from the book itself, so the schema stays the migrations' business. If the
// transaction rolls back, the indexes come back with it.
class BulkLoad
{
public:
    BulkLoad(store::Connection& connection, std::int64_t expectedRows);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // Rebuilds the dropped indexes; call before committing.
    void finish();

private:
    store::Connection& m_connection;
    std::int64_t m_cacheSize = 0;
    QStringList m_droppedIndexes; // their CREATE INDEX statements
};

} // namespace tenure::import
