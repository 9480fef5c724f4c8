#include "bookcheck.h"

#include "bookerror.h"
#include "sqlite.h"

#include <QCoreApplication>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <sqlite3.h>
#include <thread>
#include <utility>

namespace tenure::store {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::Book)
};

// How long a quick_check may take on opening a book.
constexpr std::chrono::milliseconds kIntegrityBudget{200};

using SchemaItems = std::set<std::pair<QString, QString>>; // (type, name)

SchemaItems schemaItems(Connection& connection)
{
    SchemaItems items;
    auto rows = connection.prepare(
        "SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'trigger')");
    while (rows.step())
        items.emplace(rows.textValue(0), rows.textValue(1));
    return items;
}

// The tables and triggers the steps build, read from an empty book in memory.
SchemaItems buildSchema(const std::vector<Migration>& steps)
{
    Connection scratch(QStringLiteral(":memory:"), Connection::Mode::Create);
    applyMigrations(scratch, steps);
    return schemaItems(scratch);
}

const SchemaItems& standardSchema()
{
    static const SchemaItems standard = buildSchema(standardMigrations());
    return standard;
}

// Interrupts a connection's statement once a budget has passed, unless told
// first that it finished. SQLite's progress handler cannot do it: the check
// runs inside one step of its virtual machine, which the handler never sees
// end, while sqlite3_interrupt() is read between the pages the check visits.
class Deadline
{
public:
    Deadline(sqlite3* db, std::chrono::milliseconds budget)
        : m_watch([this, db, budget] {
            std::unique_lock lock(m_mutex);
            if (!m_finished.wait_for(lock, budget, [this] { return m_done; }))
                sqlite3_interrupt(db);
        })
    {
    }
    ~Deadline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_finished.notify_one();
        m_watch.join();
    }
    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_done = false;
    std::thread m_watch; // last: it reads the members above
};

} // namespace

void checkSchema(Connection& book, const std::vector<Migration>& steps, int version,
                 const QString& fileName)
{
    if (steps.empty())
        return;
    // Steps other than the standard ones (tests) are built only for a book
    // already at their newest version, which they have built once before.
    const bool current = version == steps.back().version;
    SchemaItems other;
    if (&steps != &standardMigrations() && current)
        other = buildSchema(steps);
    const SchemaItems& expected =
        &steps == &standardMigrations() || !current ? standardSchema() : other;
    const SchemaItems found = schemaItems(book);
    for (const auto& [type, name] : found) {
        if (type == QLatin1String("trigger") && !expected.contains({type, name})) {
            throw BookError(BookError::Kind::NotABook,
                            Messages::tr("%1 contains a trigger (%2) that Tenure did not create "
                                         "and that would run when Tenure changes the book. "
                                         "Tenure does not open it; it has not been changed.")
                                .arg(fileName, name));
        }
    }
    if (!current)
        return;
    for (const auto& [type, name] : expected) {
        if (type == QLatin1String("table") && !found.contains({type, name})) {
            throw BookError(BookError::Kind::Corrupt,
                            Messages::tr("The book %1 is damaged: its table %2 is missing. It "
                                         "has not been changed; restore it from a backup.")
                                .arg(fileName, name));
        }
    }
}

void checkIntact(Connection& book, const QString& fileName)
{
    sqlite3* db = book.handle();
    sqlite3_stmt* check = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &check, nullptr);
    QString verdict;
    if (rc == SQLITE_OK) {
        {
            const Deadline deadline(db, kIntegrityBudget);
            rc = sqlite3_step(check);
        }
        if (rc == SQLITE_ROW)
            verdict =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)));
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(check);
    if (rc == SQLITE_INTERRUPT || (rc & 0xff) == SQLITE_INTERRUPT)
        return; // out of time: what was checked is sound
    if (rc == SQLITE_ROW && verdict == QLatin1String("ok"))
        return;
    if (rc != SQLITE_ROW && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
        book.fail(rc, Messages::tr("Checking the book"));
    throw BookError(BookError::Kind::Corrupt,
                    Messages::tr("The book %1 is damaged (%2). It has not been changed; "
                                 "restore it from a backup.")
                        .arg(fileName, rc == SQLITE_ROW ? verdict : reason));
}

} // namespace tenure::store
