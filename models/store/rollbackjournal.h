#pragma once

#include <QString>

#include <cstdint>

namespace tenure::store {

class Connection;

// While it lives, the book keeps a rollback journal instead of its
// write-ahead log, if the connection has the book to itself.
//
// Why: a bulk load writes mostly new pages. With the write-ahead log each page
// is written twice, into the log and again into the book at the checkpoint;
// with a rollback journal a page that did not exist before the transaction
// needs no journal entry, so it is written once. On a million invoice lines
// that is half a second of four. A write killed half-way is rolled back
// either way: Book::open rolls a left-over journal back, and the book is on
// its write-ahead log again once it is next opened for writing.
//
// Only when nothing else has the book open: leaving the log needs the book to
// itself, and once the transaction spills pages, a rollback journal locks
// readers out until it commits. If another connection is open, the book keeps
// its log and nothing changes. Make it outside any transaction.
class RollbackJournal
{
public:
    explicit RollbackJournal(Connection& connection);
    ~RollbackJournal(); // back to the write-ahead log
    RollbackJournal(const RollbackJournal&) = delete;
    RollbackJournal& operator=(const RollbackJournal&) = delete;

    bool active() const { return m_active; }

private:
    Connection& m_connection;
    bool m_active = false;
    QString m_journalMode;
    std::int64_t m_synchronous = 1;
};

} // namespace tenure::store
