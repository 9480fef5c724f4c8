#include "migrations.h"

#include "bookerror.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QFile>

namespace tenure::store {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::Migrations)
};

Migration fromResource(int version, const QString& description, const QString& resource)
{
    return {version, description, [resource](Connection& connection) {
                QFile file(resource);
                if (!file.open(QIODevice::ReadOnly))
                    throw BookError(BookError::Kind::Io,
                                    Messages::tr("Missing schema resource %1").arg(resource));
                const QByteArray sql = file.readAll();
                connection.exec(std::string_view(sql.constData(), sql.size()));
            }};
}

} // namespace

const std::vector<Migration>& standardMigrations()
{
    static const std::vector<Migration> steps = {
        fromResource(1, QStringLiteral("accounts and billing"),
                     QStringLiteral(":/tenure/migrations/001_billing.sql")),
        fromResource(2, QStringLiteral("customer signals"),
                     QStringLiteral(":/tenure/migrations/002_signals.sql")),
        fromResource(3, QStringLiteral("playbooks, tasks, actions and health"),
                     QStringLiteral(":/tenure/migrations/003_work.sql")),
        fromResource(4, QStringLiteral("cancellation dates"),
                     QStringLiteral(":/tenure/migrations/004_cancellations.sql")),
        fromResource(5, QStringLiteral("cheaper checks on periods and tickets"),
                     QStringLiteral(":/tenure/migrations/005_cheap_checks.sql")),
        fromResource(6, QStringLiteral("cheaper checks on accounts and contacts"),
                     QStringLiteral(":/tenure/migrations/006_account_checks.sql")),
        fromResource(7, QStringLiteral("an index of task owners"),
                     QStringLiteral(":/tenure/migrations/007_task_owner_index.sql")),
        fromResource(8, QStringLiteral("named column mappings"),
                     QStringLiteral(":/tenure/migrations/008_named_mappings.sql")),
        fromResource(9, QStringLiteral("imported actions"),
                     QStringLiteral(":/tenure/migrations/009_imported_actions.sql")),
        fromResource(10, QStringLiteral("who changed work and ran imports; changes announced"),
                     QStringLiteral(":/tenure/migrations/010_who_changed.sql")),
    };
    return steps;
}

int currentSchemaVersion()
{
    return standardMigrations().back().version;
}

int schemaVersionOf(Connection& connection)
{
    return static_cast<int>(connection.queryInt("PRAGMA user_version").value_or(0));
}

namespace {

// Foreign-key enforcement is off while the steps run, as SQLite's own recipe
// for changing a table's definition asks: rebuilding a table means dropping
// the old one, and with enforcement on that would delete, or refuse, every row
// that refers to it. Instead each step checks every reference before it
// commits. SQLite changes enforcement only outside a transaction.
class ReferencesCheckedAtCommit
{
public:
    explicit ReferencesCheckedAtCommit(Connection& connection)
        : m_connection(connection)
        , m_enforced(connection.queryInt("PRAGMA foreign_keys").value_or(0) != 0)
    {
        m_connection.exec("PRAGMA foreign_keys = OFF");
    }
    ~ReferencesCheckedAtCommit()
    {
        try {
            if (m_enforced)
                m_connection.exec("PRAGMA foreign_keys = ON");
        } catch (...) {
            // The connection is failing; Book::open turns enforcement on anew.
        }
    }
    ReferencesCheckedAtCommit(const ReferencesCheckedAtCommit&) = delete;
    ReferencesCheckedAtCommit& operator=(const ReferencesCheckedAtCommit&) = delete;

    void check()
    {
        auto broken = m_connection.prepare("PRAGMA foreign_key_check");
        if (broken.step()) {
            throw BookError(BookError::Kind::Io,
                            Messages::tr("row %1 of %2 refers to a missing row of %3")
                                .arg(broken.intValue(1))
                                .arg(broken.textValue(0), broken.textValue(2)));
        }
    }

private:
    Connection& m_connection;
    bool m_enforced;
};

} // namespace

void applyMigrations(Connection& connection, const std::vector<Migration>& steps)
{
    ReferencesCheckedAtCommit references(connection);
    for (const Migration& step : steps) {
        if (step.version <= schemaVersionOf(connection))
            continue;
        try {
            Transaction transaction(connection);
            step.apply(connection);
            references.check();
            connection.exec("PRAGMA user_version = " + std::to_string(step.version));
            transaction.commit();
        } catch (const BookError& error) {
            throw BookError(BookError::Kind::UpgradeFailed,
                            Messages::tr("Upgrading the book to version %1 (%2) failed and was "
                                         "undone: %3")
                                .arg(step.version)
                                .arg(step.description, error.message()));
        }
    }
}

} // namespace tenure::store
