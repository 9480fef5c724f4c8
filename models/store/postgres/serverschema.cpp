#include "serverschema.h"

#include "pgconnection.h"
#include "store/bookerror.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QFile>

namespace tenure::store::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::postgres::ServerSchema)
};

// One key for Tenure's advisory locks ("TENU", as the file's application id):
// held for the length of a transaction that changes the schema.
constexpr const char* kSchemaLock = "SELECT pg_advisory_xact_lock(1413828181)";

ServerMigration fromResource(int version, const QString& description, const QString& resource)
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

bool hasSchemaVersionTable(Connection& connection)
{
    return connection
               .queryInt("SELECT count(*) FROM pg_catalog.pg_tables "
                         "WHERE schemaname = current_schema() AND tablename = $1",
                         {kSchemaVersionTable})
               .value_or(0) > 0;
}

QString tooNew(Connection& connection, int version, int newestKnown)
{
    return Messages::tr("The book %1 was written by a newer version of Tenure (book format %2; "
                        "this version reads up to %3). Update Tenure to use it. It has not been "
                        "changed.")
        .arg(connection.describe())
        .arg(version)
        .arg(newestKnown);
}

} // namespace

const std::vector<ServerMigration>& standardServerMigrations()
{
    static const std::vector<ServerMigration> steps = [] {
        std::vector<ServerMigration> built;
        // The same numbers and descriptions as the file book's steps, each
        // from its PostgreSQL file.
        static const char* const files[] = {
            "001_billing.sql",          "002_signals.sql",        "003_work.sql",
            "004_cancellations.sql",    "005_cheap_checks.sql",   "006_account_checks.sql",
            "007_task_owner_index.sql", "008_named_mappings.sql", "009_imported_actions.sql",
            "010_who_changed.sql",
        };
        const auto& fileSteps = standardMigrations();
        for (std::size_t i = 0; i < std::size(files) && i < fileSteps.size(); ++i) {
            built.push_back(fromResource(fileSteps[i].version, fileSteps[i].description,
                                         QStringLiteral(":/tenure/server-migrations/") +
                                             QLatin1String(files[i])));
        }
        return built;
    }();
    return steps;
}

int serverSchemaVersion(Connection& connection)
{
    if (!hasSchemaVersionTable(connection))
        return 0;
    return static_cast<int>(
        connection.queryInt("SELECT max(version) FROM tenure_schema_version").value_or(0));
}

DatabaseContents inspectDatabase(Connection& connection, const QStringList& bookTables)
{
    DatabaseContents contents;
    contents.schemaVersion = serverSchemaVersion(connection);
    // Every table, view, sequence and foreign table outside PostgreSQL's own
    // schemas, except sequences that belong to a table's column (identity
    // columns' own) and, when the database holds a book, the book's tables.
    const Result relations = connection.query(
        "SELECT n.nspname, c.relname, n.nspname = current_schema() FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
        "AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
        "  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid "
        "  AND d.deptype IN ('a', 'i'))) "
        "ORDER BY 1, 2");
    QStringList present;
    for (int row = 0; row < relations.rows(); ++row) {
        const QString name = relations.text(row, 1);
        const bool inBookSchema = relations.text(row, 2) == QLatin1String("t");
        if (contents.schemaVersion > 0 && inBookSchema &&
            (name == kTeamMembersTable || name == kBookChangesTable))
            continue; // the team's, not the book's: its rows are no book
        if (contents.schemaVersion > 0 && inBookSchema &&
            (bookTables.contains(name) || name == kSchemaVersionTable)) {
            present.append(name);
            continue;
        }
        contents.otherRelations.append(relations.text(row, 0) + u'.' + name);
    }
    for (const QString& table : std::as_const(present)) {
        if (table == kSchemaVersionTable)
            continue;
        const QString sql =
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) AS any_row")
                .arg(connection.identifier(table));
        if (connection.queryInt(sql.toStdString()).value_or(0) > 0)
            contents.filledTables.append(table);
    }
    contents.filledTables.sort();
    return contents;
}

void applyServerMigrations(Connection& connection, const std::vector<ServerMigration>& steps)
{
    const int newest = steps.empty() ? 0 : steps.back().version;
    {
        const int version = serverSchemaVersion(connection);
        if (version > newest)
            throw BookError(BookError::Kind::TooNew, tooNew(connection, version, newest));
    }
    for (const ServerMigration& step : steps) {
        try {
            Transaction transaction(connection);
            lockServerSchema(connection);
            // Read under the lock: another program may have applied the step.
            const int version = serverSchemaVersion(connection);
            if (version > newest)
                throw BookError(BookError::Kind::TooNew, tooNew(connection, version, newest));
            if (step.version <= version)
                continue;
            if (version == 0) {
                connection.exec("CREATE TABLE tenure_schema_version ("
                                " version integer PRIMARY KEY,"
                                " description text NOT NULL,"
                                " applied_at timestamptz NOT NULL DEFAULT now())");
            }
            step.apply(connection);
            connection.query("INSERT INTO tenure_schema_version(version, description) "
                             "VALUES ($1, $2)",
                             {QString::number(step.version), step.description});
            transaction.commit();
        } catch (const BookError& error) {
            if (error.kind() == BookError::Kind::TooNew)
                throw;
            throw BookError(BookError::Kind::UpgradeFailed,
                            Messages::tr("Upgrading the book %1 to version %2 (%3) failed and "
                                         "was undone: %4")
                                .arg(connection.describe())
                                .arg(step.version)
                                .arg(step.description, error.message()));
        }
    }
}

void lockServerSchema(Connection& connection)
{
    connection.exec(kSchemaLock);
}

void requireServerSchema(Connection& connection, int newestKnown)
{
    const int version = serverSchemaVersion(connection);
    if (version == 0) {
        throw BookError(
            BookError::Kind::NotABook,
            Messages::tr("The database %1 holds no Tenure book.").arg(connection.describe()));
    }
    if (version > newestKnown)
        throw BookError(BookError::Kind::TooNew, tooNew(connection, version, newestKnown));
    if (version < newestKnown) {
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("The book %1 has an older format (%2; this version writes "
                                     "%3). Upgrade it first with a Tenure that may change it.")
                            .arg(connection.describe())
                            .arg(version)
                            .arg(newestKnown));
    }
}

} // namespace tenure::store::postgres
