#include "bulkload.h"

#include "importerror.h"
#include "store/rollbackjournal.h"
#include "store/sqlite.h"

#include <QCoreApplication>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::BulkLoad)
};

// 32 MiB of page cache. A million invoice lines import about as fast with
// 16 MiB (their rows arrive in key order, and the pages go to the write-ahead
// log either way), but a million usage weeks, which arrive week by week
// across every account's key, took 8.8 s with 16 MiB and 7.0 s with 32 MiB.
// The invoice import's peak memory is about 120 MB (150 MB with 48 MiB).
constexpr const char* kImportCacheSize = "PRAGMA cache_size = -32768";

} // namespace

BulkLoad::BulkLoad(store::Connection& connection, Expected expected)
    : m_connection(connection)
    , m_expected(std::move(expected))
{
    m_cacheSize = m_connection.queryInt("PRAGMA cache_size").value_or(-2000);
    m_connection.exec(kImportCacheSize);
    const auto rowsOf = [this](const QString& table) {
        return m_connection
            .queryInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table).toStdString())
            .value_or(0);
    };
    m_periodsInBulk = m_expected.periodRows > rowsOf(QStringLiteral("subscription_periods"));
    std::int64_t held = 0;
    for (const QString& table : m_expected.tablesWritten)
        held += rowsOf(table);
    m_referencesAtEnd = !m_expected.tablesWritten.isEmpty() && m_expected.rows > held;
    if (m_periodsInBulk || m_referencesAtEnd)
        m_journal = std::make_unique<store::RollbackJournal>(m_connection);
    if (m_referencesAtEnd)
        m_connection.exec("PRAGMA foreign_keys = OFF");
}

BulkLoad::~BulkLoad()
{
    m_journal.reset();
    try {
        m_connection.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
        if (m_referencesAtEnd)
            m_connection.exec("PRAGMA foreign_keys = ON");
    } catch (...) {
        // Nothing to do: the connection is failing, and the book reopens
        // with foreign keys on (Book::open turns them on).
    }
}

void BulkLoad::begin()
{
    if (!m_periodsInBulk)
        return;
    auto indexes = m_connection.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
        "'subscription_periods' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
    QStringList names;
    while (indexes.step()) {
        names.append(indexes.textValue(0));
        m_droppedIndexes.append(indexes.textValue(1));
    }
    for (const QString& name : names)
        m_connection.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name).toStdString());
}

void BulkLoad::finish()
{
    for (const QString& create : std::exchange(m_droppedIndexes, {}))
        m_connection.exec(create.toStdString());
    if (m_referencesAtEnd)
        checkReferences();
}

void BulkLoad::checkReferences()
{
    for (const QString& table : m_expected.tablesWritten) {
        auto broken = m_connection.prepare(
            QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table).toStdString());
        if (broken.step()) {
            throw ImportError(Messages::tr("Row %1 of %2 would refer to a missing row of %3; "
                                           "nothing was imported.")
                                  .arg(broken.intValue(1))
                                  .arg(table, broken.textValue(2)));
        }
    }
}

} // namespace tenure::import
