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

void applyMigrations(Connection& connection, const std::vector<Migration>& steps)
{
    for (const Migration& step : steps) {
        if (step.version <= schemaVersionOf(connection))
            continue;
        try {
            Transaction transaction(connection);
            step.apply(connection);
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
