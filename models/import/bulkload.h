#pragma once

#include <QStringList>

#include <cstdint>
#include <memory>

namespace tenure::store {
class Connection;
class RollbackJournal;
} // namespace tenure::store

namespace tenure::import {

// Makes a large import fast (docs/architecture.md: "build secondary indexes
// after the load"):
// - when it brings more subscription periods than the book holds, the
//   non-unique indexes on subscription_periods are dropped and rebuilt once
//   at the end instead of being updated row by row. Their definitions are
//   read from the book itself, so the schema stays the migrations' business;
// - when it brings more rows than the tables it writes hold, foreign keys
//   are checked once, at the end, for those tables, instead of on every row:
//   per row, SQLite opens and closes a cursor on each parent table, which
//   cost more than the final check does.
// - in either case, if nothing else has the book open, the book keeps a
//   rollback journal instead of its write-ahead log while the import runs
//   (store::RollbackJournal), so new pages are written once.
// Whatever it decides, the page cache is larger while the import runs.
//
// Make it before the import's transaction and let it go after: SQLite
// changes foreign-key enforcement only outside a transaction. If the
// transaction rolls back, the indexes come back with it.
class BulkLoad
{
public:
    // A guess at what the import brings, from its files' sizes.
    struct Expected
    {
        std::int64_t rows = 0;
        std::int64_t periodRows = 0;
        QStringList tablesWritten; // every table it writes rows with references into
    };

    BulkLoad(store::Connection& connection, Expected expected);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // Inside the transaction, before the first row.
    void begin();
    // Inside the transaction, before committing: rebuilds the dropped indexes
    // and checks the references of the tables written. Throws ImportError
    // naming the first broken reference (the caller then rolls back).
    void finish();

private:
    void checkReferences();

    store::Connection& m_connection;
    std::unique_ptr<store::RollbackJournal> m_journal;
    Expected m_expected;
    bool m_periodsInBulk = false;
    bool m_referencesAtEnd = false;
    std::int64_t m_cacheSize = 0;
    QStringList m_droppedIndexes; // their CREATE INDEX statements
};

} // namespace tenure::import
