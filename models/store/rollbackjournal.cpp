#include "rollbackjournal.h"

#include "bookerror.h"
#include "sqlite.h"

namespace tenure::store {

RollbackJournal::RollbackJournal(Connection& connection)
    : m_connection(connection)
{
    m_journalMode = connection.queryText("PRAGMA journal_mode").value_or(QString());
    m_synchronous = connection.queryInt("PRAGMA synchronous").value_or(1);
    if (m_journalMode == QLatin1String("delete"))
        return; // already there: nothing to switch, nothing to restore
    // Ask once, without waiting: if another connection has the book open, the
    // answer is "busy" now and would still be after the usual wait.
    const std::int64_t busyTimeout = connection.queryInt("PRAGMA busy_timeout").value_or(0);
    connection.exec("PRAGMA busy_timeout = 0");
    try {
        m_active = connection.queryText("PRAGMA journal_mode = DELETE") == QLatin1String("delete");
    } catch (const BookError& error) {
        if (error.kind() != BookError::Kind::Busy) {
            connection.exec("PRAGMA busy_timeout = " + std::to_string(busyTimeout));
            throw;
        }
    }
    connection.exec("PRAGMA busy_timeout = " + std::to_string(busyTimeout));
    // FULL syncs the journal's header too, which a rollback journal needs to
    // survive a power cut; it costs two syncs per commit, not one per page.
    if (m_active)
        connection.exec("PRAGMA synchronous = FULL");
}

RollbackJournal::~RollbackJournal()
{
    if (!m_active)
        return;
    try {
        m_connection.exec("PRAGMA synchronous = " + std::to_string(m_synchronous));
        m_connection.queryText(
            QStringLiteral("PRAGMA journal_mode = %1").arg(m_journalMode).toStdString());
    } catch (...) {
        // Another process opened the book meanwhile and holds it. The book
        // stays on the rollback journal until it is next opened: Book::open
        // sets the write-ahead log every time.
    }
}

} // namespace tenure::store
