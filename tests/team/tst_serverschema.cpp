// The book's schema on a real PostgreSQL server: the same tables, columns,
// types, constraints, foreign keys and indexes as a file book of the same
// version; versioned, each step in one transaction, a newer schema refused.
#include "common/testmain.h"
#include "store/book.h"
#include "store/bookerror.h"
#include "store/booktables.h"
#include "store/migrations.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/serverschema.h"
#include "store/sqlite.h"
#include "testdatabase.h"

#include <QSet>

using tenure::store::BookError;
using tenure::store::postgres::Connection;
using tenure::store::postgres::ServerError;
using tenure::test::TestDatabase;
namespace pg = tenure::store::postgres;

namespace {

QString serverType(const QString& sqliteType)
{
    if (sqliteType == QLatin1String("INTEGER"))
        return QStringLiteral("bigint");
    if (sqliteType == QLatin1String("REAL"))
        return QStringLiteral("double precision");
    return QStringLiteral("text");
}

QStringList serverTables(Connection& server)
{
    const auto rows = server.query("SELECT tablename FROM pg_tables "
                                   "WHERE schemaname = 'public' ORDER BY 1");
    QStringList names;
    for (int row = 0; row < rows.rows(); ++row)
        names.append(rows.text(row, 0));
    return names;
}

// A statement SQLite and PostgreSQL should both accept or both refuse.
struct Probe
{
    const char* what;
    const char* sql;
    bool accepted;
};

// Rows the probes build on, valid in both dialects.
constexpr const char* kProbeRows =
    "INSERT INTO accounts(id, name) VALUES (100, 'Acme');"
    "INSERT INTO contacts(id, account_id, name) VALUES (100, 100, 'Dana');"
    "INSERT INTO actions(id, account_id, occurred_on, kind, summary, source, external_id) "
    "VALUES (100, 100, '2026-01-05', 'call', 'Kick-off', 'crm', 'A-1');";

const Probe kProbes[] = {
    {"a blank account name", "INSERT INTO accounts(name) VALUES ('   ')", false},
    {"an unknown account status", "INSERT INTO accounts(name, status) VALUES ('B', 'gone')", false},
    {"a negative seat count", "INSERT INTO accounts(name, seats_purchased) VALUES ('B', -1)",
     false},
    {"a valid account", "INSERT INTO accounts(name, status) VALUES ('B', 'trial')", true},
    {"a contact of a missing account", "INSERT INTO contacts(account_id, name) VALUES (99, 'Lee')",
     false},
    {"a period that ends before it starts",
     "INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor, "
     "interval_unit, currency, mrr_minor) VALUES (100, '2026-02-01', '2026-01-01', 100, 'month', "
     "'USD', 100)",
     false},
    {"a two-letter currency",
     "INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit, "
     "currency, mrr_minor) VALUES (100, '2026-01-01', 100, 'month', 'US', 100)",
     false},
    {"a valid period",
     "INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit, "
     "currency, mrr_minor) VALUES (100, '2026-01-01', 100, 'month', 'USD', 100)",
     true},
    {"an NPS of 11",
     "INSERT INTO survey_responses(account_id, responded_on, kind, score) "
     "VALUES (100, '2026-01-01', 'nps', 11)",
     false},
    {"a CSAT of 0",
     "INSERT INTO survey_responses(account_id, responded_on, kind, score) "
     "VALUES (100, '2026-01-01', 'csat', 0)",
     false},
    {"a ticket closed before it opened",
     "INSERT INTO tickets(account_id, opened_on, closed_on) "
     "VALUES (100, '2026-01-05', '2026-01-04')",
     false},
    {"a usage period of 3 days",
     "INSERT INTO usage(account_id, period_start, period_days, active_users) "
     "VALUES (100, '2026-01-01', 3, 4)",
     false},
    {"an imported action twice",
     "INSERT INTO actions(account_id, occurred_on, kind, summary, source, external_id) "
     "VALUES (100, '2026-01-06', 'email', 'Again', 'crm', 'A-1')",
     false},
    {"two logged actions without an id",
     "INSERT INTO actions(account_id, occurred_on, kind, summary) VALUES "
     "(100, '2026-01-06', 'email', 'One'), (100, '2026-01-06', 'email', 'Two')",
     true},
    {"an action's unknown direction",
     "INSERT INTO actions(account_id, occurred_on, kind, summary, direction) "
     "VALUES (100, '2026-01-06', 'note', 'N', 'sideways')",
     false},
    {"the same mapping name twice",
     "INSERT INTO import_mappings(header_signature, source, kind, mapping_json, updated_at, "
     "name) VALUES ('a', 's', 'k', '{}', 'now', 'n'), ('b', 's', 'k', '{}', 'now', 'n')",
     false},
    {"a zero currency rate",
     "INSERT INTO currency_rates(currency, rate_on, per_base) VALUES ('EUR', '2026-01-01', 0)",
     false},
    {"a playbook flag of 2", "INSERT INTO playbooks(code, name, builtin) VALUES ('p', 'P', 2)",
     false},
};

bool acceptedBySqlite(tenure::store::Connection& file, const char* sql)
{
    try {
        file.exec("SAVEPOINT probe");
        file.exec(sql);
        file.exec("RELEASE probe");
        return true;
    } catch (const BookError&) {
        file.exec("ROLLBACK TO probe; RELEASE probe");
        return false;
    }
}

bool acceptedByServer(Connection& server, const char* sql)
{
    try {
        server.exec("SAVEPOINT probe");
        server.exec(sql);
        server.exec("RELEASE probe");
        return true;
    } catch (const ServerError&) {
        server.exec("ROLLBACK TO probe; RELEASE probe");
        return false;
    }
}

} // namespace

class TestServerSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copyFormatRoundTrips()
    {
        const std::string awkward[] = {"",          "plain",          "tab\there",
                                       "new\nline", "cr\rlf\n",       "back\\slash",
                                       "\\N",       "ünïcødé 日本 🎉", "\\"};
        QByteArray row;
        for (const std::string& value : awkward) {
            pg::appendCopyField(row, value);
            row.append('\t');
        }
        pg::appendCopyNull(row);
        const auto fields = pg::splitCopyRow(std::string_view(row.constData(), row.size()));
        QCOMPARE(fields.size(), std::size(awkward) + 1);
        for (std::size_t i = 0; i < std::size(awkward); ++i) {
            QVERIFY2(fields[i].has_value(), awkward[i].c_str());
            QCOMPARE(*fields[i], awkward[i]);
        }
        QVERIFY(!fields.back().has_value());
        // The escapes PostgreSQL may send besides its own output's.
        const auto octal = pg::splitCopyRow("\\101\\x42\\v\\q");
        QCOMPARE(octal.size(), std::size_t{1});
        QCOMPARE(*octal[0], std::string("AB\vq"));
    }

    void createsTheBooksSchema()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection server(database.uri());
        QCOMPARE(pg::serverSchemaVersion(server), 0);
        QVERIFY(pg::inspectDatabase(server, tenure::store::standardBookTableNames()).isEmpty());

        pg::applyServerMigrations(server);
        QCOMPARE(pg::serverSchemaVersion(server), tenure::store::currentSchemaVersion());
        const auto steps = server.query("SELECT version, description FROM tenure_schema_version "
                                        "ORDER BY version");
        QCOMPARE(steps.rows(), static_cast<int>(tenure::store::standardMigrations().size()));
        for (int row = 0; row < steps.rows(); ++row) {
            const auto& step = tenure::store::standardMigrations()[static_cast<std::size_t>(row)];
            QCOMPARE(steps.integer(row, 0), std::int64_t{step.version});
            QCOMPARE(steps.text(row, 1), step.description);
        }

        // The tables and columns of a file book of the same version.
        tenure::store::Connection file(QStringLiteral(":memory:"),
                                       tenure::store::Connection::Mode::Create);
        tenure::store::applyMigrations(file, tenure::store::standardMigrations());
        QStringList expectedTables = tenure::store::standardBookTableNames();
        expectedTables.append(QStringLiteral("tenure_schema_version"));
        expectedTables.sort();
        QCOMPARE(serverTables(server), expectedTables);
        for (const auto& table : tenure::store::standardBookTables()) {
            const auto columns = server.query(
                "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
                {table.name});
            QCOMPARE(columns.rows(), static_cast<int>(table.columns.size()));
            auto notNull = file.prepare("SELECT \"notnull\" OR pk > 0 FROM pragma_table_info(?) "
                                        "ORDER BY cid");
            notNull.bind(1, table.name);
            for (int row = 0; row < columns.rows(); ++row) {
                const auto& column = table.columns[static_cast<std::size_t>(row)];
                const QString where = table.name + u'.' + column.name;
                QCOMPARE(columns.text(row, 0), column.name);
                QVERIFY2(columns.text(row, 1) == serverType(column.type), qPrintable(where));
                QVERIFY(notNull.step());
                QVERIFY2((columns.text(row, 2) == QLatin1String("NO")) ==
                             (notNull.intValue(0) != 0),
                         qPrintable(where));
            }
        }

        // Every index the file book has, by name, and every foreign key with
        // its action on delete.
        auto indexes = file.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                    "AND sql IS NOT NULL ORDER BY name");
        QStringList sqliteIndexes;
        while (indexes.step())
            sqliteIndexes.append(indexes.textValue(0));
        QVERIFY(sqliteIndexes.size() >= 20);
        const auto serverIndexes = server.query("SELECT indexname FROM pg_indexes "
                                                "WHERE schemaname = 'public'");
        QSet<QString> onServer;
        for (int row = 0; row < serverIndexes.rows(); ++row)
            onServer.insert(serverIndexes.text(row, 0));
        for (const QString& index : std::as_const(sqliteIndexes))
            QVERIFY2(onServer.contains(index), qPrintable(index));

        auto sqliteKeys = file.prepare(
            "SELECT m.name, f.\"from\", f.\"table\", f.on_delete FROM sqlite_schema m, "
            "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'");
        QStringList expectedKeys;
        while (sqliteKeys.step()) {
            expectedKeys.append(QStringLiteral("%1.%2 -> %3 on delete %4")
                                    .arg(sqliteKeys.textValue(0), sqliteKeys.textValue(1),
                                         sqliteKeys.textValue(2), sqliteKeys.textValue(3)));
        }
        expectedKeys.sort();
        QVERIFY(expectedKeys.size() >= 30);
        const auto serverKeys = server.query(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, "
            "CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
            "ELSE 'NO ACTION' END FROM pg_constraint c JOIN pg_attribute a "
            "ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f'");
        QStringList actualKeys;
        for (int row = 0; row < serverKeys.rows(); ++row) {
            actualKeys.append(QStringLiteral("%1.%2 -> %3 on delete %4")
                                  .arg(serverKeys.text(row, 0), serverKeys.text(row, 1),
                                       serverKeys.text(row, 2), serverKeys.text(row, 3)));
        }
        actualKeys.sort();
        QCOMPARE(actualKeys, expectedKeys);
    }

    void constraintsMatchTheFileBook()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection server(database.uri());
        pg::applyServerMigrations(server);
        tenure::store::Connection file(QStringLiteral(":memory:"),
                                       tenure::store::Connection::Mode::Create);
        tenure::store::applyMigrations(file, tenure::store::standardMigrations());
        file.exec("PRAGMA foreign_keys = ON");
        file.exec("BEGIN");
        server.exec("BEGIN");
        file.exec(kProbeRows);
        server.exec(kProbeRows);
        for (const Probe& probe : kProbes) {
            QVERIFY2(acceptedBySqlite(file, probe.sql) == probe.accepted, probe.what);
            QVERIFY2(acceptedByServer(server, probe.sql) == probe.accepted, probe.what);
        }
        server.exec("ROLLBACK");
        file.exec("ROLLBACK");
    }

    void applyingAgainChangesNothing()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection server(database.uri());
        pg::applyServerMigrations(server);
        server.exec("INSERT INTO accounts(name) VALUES ('Acme')");
        pg::applyServerMigrations(server);
        QCOMPARE(server.queryInt("SELECT count(*) FROM tenure_schema_version").value_or(-1),
                 std::int64_t{tenure::store::currentSchemaVersion()});
        QCOMPARE(server.queryText("SELECT name FROM accounts").value_or(QString()),
                 QStringLiteral("Acme"));
    }

    void refusesANewerSchema()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection server(database.uri());
        pg::applyServerMigrations(server);
        const int newer = tenure::store::currentSchemaVersion() + 1;
        server.query("INSERT INTO tenure_schema_version(version, description) VALUES ($1, $2)",
                     {QString::number(newer), QStringLiteral("from the future")});
        const QStringList before = serverTables(server);
        try {
            pg::applyServerMigrations(server);
            QFAIL("a newer schema was accepted");
        } catch (const BookError& error) {
            QCOMPARE(error.kind(), BookError::Kind::TooNew);
            QVERIFY2(error.message().contains(QStringLiteral("newer version of Tenure")),
                     qPrintable(error.message()));
        }
        try {
            pg::requireServerSchema(server, tenure::store::currentSchemaVersion());
            QFAIL("a newer schema was accepted for reading");
        } catch (const BookError& error) {
            QCOMPARE(error.kind(), BookError::Kind::TooNew);
        }
        QCOMPARE(serverTables(server), before);
        QCOMPARE(pg::serverSchemaVersion(server), newer);
    }

    void aFailingStepIsUndone()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection server(database.uri());
        auto steps = pg::standardServerMigrations();
        const int next = steps.back().version + 1;
        steps.push_back({next, QStringLiteral("a step that fails half-way"), [](Connection& c) {
                             c.exec("CREATE TABLE half_way (id bigint)");
                             c.exec("ALTER TABLE accounts ADD COLUMN half bigint");
                             c.exec("INSERT INTO no_such_table VALUES (1)");
                         }});
        try {
            pg::applyServerMigrations(server, steps);
            QFAIL("the failing step was applied");
        } catch (const BookError& error) {
            QCOMPARE(error.kind(), BookError::Kind::UpgradeFailed);
            QVERIFY2(error.message().contains(QStringLiteral("no_such_table")),
                     qPrintable(error.message()));
        }
        // The steps before it stay; nothing of it does.
        QCOMPARE(pg::serverSchemaVersion(server), tenure::store::currentSchemaVersion());
        QVERIFY(!serverTables(server).contains(QStringLiteral("half_way")));
        QCOMPARE(server
                     .queryInt("SELECT count(*) FROM information_schema.columns "
                               "WHERE table_name = 'accounts' AND column_name = 'half'")
                     .value_or(-1),
                 std::int64_t{0});
    }

    void serverErrorsCarryTheServersWords()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection server(database.uri());
        try {
            server.exec("SELECT * FROM no_such_table");
            QFAIL("the server accepted a missing table");
        } catch (const ServerError& error) {
            QCOMPARE(error.sqlState(), QStringLiteral("42P01"));
            QVERIFY2(error.message().contains(QStringLiteral("\"no_such_table\" does not exist")),
                     qPrintable(error.message()));
        }
        try {
            Connection missing(database.uri().replace(database.name(), QStringLiteral("nodb")));
            QFAIL("connected to a missing database");
        } catch (const BookError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("\"nodb\" does not exist")),
                     qPrintable(error.message()));
        }
    }
};

TENURE_TEST_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
