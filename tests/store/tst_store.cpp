// The book store: creating, opening, upgrading and refusing files, and what
// two processes see of one book.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"
#include "store/bookerror.h"
#include "store/migrations.h"
#include "store/sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <functional>
#include <optional>

using tenure::store::Book;
using tenure::store::BookError;
using tenure::store::Connection;
using tenure::store::Migration;
using tenure::store::Statement;
using tenure::test::TempFolder;

namespace {

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(tenure::test::readAll(path), QCryptographicHash::Sha256);
}

// A book at schema version 1 holding one account with one subscription period.
QString makeVersionOneBook(const TempFolder& folder)
{
    QString path = folder.path(QStringLiteral("old.tenure"));
    Connection connection(path, Connection::Mode::Create);
    connection.exec("PRAGMA application_id = " + std::to_string(Book::kApplicationId));
    tenure::store::applyMigrations(connection, {tenure::store::standardMigrations().front()});
    connection.exec("INSERT INTO accounts(id, name, owner) VALUES (7, 'Acme', 'Dana');"
                    "INSERT INTO subscription_periods(account_id, start_on, amount_minor, "
                    "  interval_unit, currency, mrr_minor) "
                    "VALUES (7, '2024-01-01', 120000, 'year', 'USD', 10000);");
    return path;
}

// A query listing every value of every row of `table`, NULLs told apart from text.
std::string everyValue(const char* table, std::initializer_list<const char*> columns)
{
    std::string row;
    for (const char* column : columns)
        row += (row.empty() ? "quote(" : " || '|' || quote(") + std::string(column) + ")";
    return "SELECT group_concat(" + row + ", ';') FROM (SELECT * FROM " + table + " ORDER BY id)";
}

BookError::Kind openFails(const QString& path, Book::Access access = Book::Access::ReadWrite)
{
    try {
        Book::open(path, access);
    } catch (const BookError& error) {
        return error.kind();
    }
    throw std::runtime_error("open succeeded");
}

// The sqlite3 shell as a second process working on the same book.
class OtherProcess
{
public:
    explicit OtherProcess(const QString& path)
    {
        m_process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path});
        m_process.waitForStarted();
    }
    ~OtherProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Sends SQL and waits until the shell has run it.
    bool run(const QByteArray& sql)
    {
        m_process.write(sql + "\n.print done\n");
        while (!m_output.contains("done\n")) {
            if (!m_process.waitForReadyRead(5000))
                return false;
            m_output += m_process.readAllStandardOutput();
        }
        m_output.clear();
        return true;
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

// Opens the book at `path` for writing with the standard upgrade steps and then
// a last step named `name` that runs `apply`; the error the upgrade ends in,
// or none when the book opened.
std::optional<BookError> upgradeError(const QString& path, const QString& name,
                                      std::function<void(Connection&)> apply)
{
    auto steps = tenure::store::standardMigrations();
    steps.push_back(Migration{tenure::store::currentSchemaVersion() + 1, name, std::move(apply)});
    try {
        Book::open(path, Book::Access::ReadWrite, steps);
    } catch (const BookError& error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createMakesAnEmptyBookAtTheCurrentVersion()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("new.tenure"));
        auto book = Book::create(path, QStringLiteral("EUR"));
        auto& db = book->connection();
        QCOMPARE(db.queryInt("PRAGMA application_id").value(), Book::kApplicationId);
        QCOMPARE(book->schemaVersion(), tenure::store::currentSchemaVersion());
        QCOMPARE(db.queryText("PRAGMA journal_mode").value(), QStringLiteral("wal"));
        QCOMPARE(db.queryInt("PRAGMA foreign_keys").value(), 1);
        QCOMPARE(book->meta(QStringLiteral("base_currency")), QStringLiteral("EUR"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM accounts").value(), 0);
        for (const char* table : {"accounts",
                                  "account_external_ids",
                                  "subscription_periods",
                                  "currency_rates",
                                  "contacts",
                                  "usage",
                                  "tickets",
                                  "survey_responses",
                                  "feature_requests",
                                  "goals",
                                  "account_events",
                                  "actions",
                                  "playbooks",
                                  "playbook_steps",
                                  "playbook_runs",
                                  "tasks",
                                  "health_config",
                                  "health_snapshots",
                                  "risk_reason_snapshots",
                                  "imports",
                                  "import_mappings",
                                  "tasks_owner"}) { // the index the owner chooser walks
            Statement exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = ?");
            exists.bind(1, std::string_view(table));
            QVERIFY2(exists.step(), table);
        }
    }

    void createRefusesToOverwrite()
    {
        TempFolder folder;
        const QString path = folder.write(QStringLiteral("taken.tenure"), "keep me");
        QVERIFY_THROWS_EXCEPTION(BookError, Book::create(path));
        QCOMPARE(tenure::test::readAll(path), QByteArray("keep me"));
    }

    void foreignKeysAreEnforced()
    {
        TempFolder folder;
        auto book = Book::create(folder.path(QStringLiteral("fk.tenure")));
        auto& db = book->connection();
        QVERIFY_THROWS_EXCEPTION(BookError,
                                 db.exec("INSERT INTO subscription_periods(account_id, start_on, "
                                         "amount_minor, interval_unit, currency, mrr_minor) "
                                         "VALUES (999, '2024-01-01', 100, 'month', 'USD', 100)"));
        db.exec("INSERT INTO accounts(id, name) VALUES (1, 'Acme');"
                "INSERT INTO contacts(account_id, name, role) VALUES (1, 'Jane Roe', 'champion');"
                "DELETE FROM accounts WHERE id = 1;");
        QCOMPARE(db.queryInt("SELECT count(*) FROM contacts").value(), 0);
    }

    void checksRejectImpossibleRows()
    {
        TempFolder folder;
        auto book = Book::create(folder.path(QStringLiteral("checks.tenure")));
        auto& db = book->connection();
        db.exec("INSERT INTO accounts(id, name) VALUES (1, 'Acme')");
        // A period must end after it starts (end exclusive).
        QVERIFY_THROWS_EXCEPTION(
            BookError, db.exec("INSERT INTO subscription_periods(account_id, start_on, end_on, "
                               "amount_minor, interval_unit, currency, mrr_minor) VALUES "
                               "(1, '2024-02-01', '2024-02-01', 100, 'month', 'USD', 100)"));
        QVERIFY_THROWS_EXCEPTION(BookError,
                                 db.exec("INSERT INTO survey_responses(account_id, responded_on, "
                                         "kind, score) VALUES (1, '2024-01-01', 'nps', 11)"));
        // Version 5 spells these lists as comparisons; they still hold.
        QVERIFY_THROWS_EXCEPTION(BookError,
                                 db.exec("INSERT INTO subscription_periods(account_id, start_on, "
                                         "amount_minor, interval_unit, currency, mrr_minor) VALUES "
                                         "(1, '2024-02-01', 100, 'fortnight', 'USD', 100)"));
        QVERIFY_THROWS_EXCEPTION(BookError,
                                 db.exec("INSERT INTO tickets(account_id, opened_on, priority) "
                                         "VALUES (1, '2024-01-01', 'asap')"));
        QVERIFY_THROWS_EXCEPTION(BookError, db.exec("INSERT INTO tickets(account_id, opened_on, "
                                                    "type) VALUES (1, '2024-01-01', 'rant')"));
        for (const char* unit : {"day", "week", "month", "year"}) {
            Statement period = db.prepare(
                "INSERT INTO subscription_periods(account_id, start_on, amount_minor, "
                "interval_unit, currency, mrr_minor) VALUES (1, '2024-02-01', 100, ?, 'USD', 100)");
            period.bind(1, std::string_view(unit));
            period.exec();
        }
        db.exec(
            "INSERT INTO tickets(account_id, opened_on, priority, type) VALUES "
            "(1, '2024-01-01', 'urgent', 'feature_request'), (1, '2024-01-02', 'low', 'other')");
        QCOMPARE(db.queryInt("SELECT count(*) FROM subscription_periods").value(), 4);
        QCOMPARE(db.queryInt("SELECT count(*) FROM tickets").value(), 2);
        // Version 6 spells the account and contact lists the same way.
        QVERIFY_THROWS_EXCEPTION(
            BookError, db.exec("INSERT INTO accounts(name, status) VALUES ('Initech', 'gone')"));
        QVERIFY_THROWS_EXCEPTION(BookError, db.exec("INSERT INTO contacts(account_id, name, "
                                                    "role) VALUES (1, 'Jane Roe', 'boss')"));
        for (const char* status :
             {"trial", "onboarding", "active", "past_due", "paused", "non_renewing", "churned"}) {
            Statement account = db.prepare("INSERT INTO accounts(name, status) VALUES ('A', ?)");
            account.bind(1, std::string_view(status));
            account.exec();
        }
        for (const char* role :
             {"buyer", "executive_sponsor", "champion", "admin", "power_user", "it", "user"}) {
            Statement contact =
                db.prepare("INSERT INTO contacts(account_id, name, role) VALUES (1, 'C', ?)");
            contact.bind(1, std::string_view(role));
            contact.exec();
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM accounts").value(), 8);
        QCOMPARE(db.queryInt("SELECT count(*) FROM contacts").value(), 7);
    }

    // SQLite builds a temporary b-tree per row to check a value against an IN
    // list of three or more; the tables imports fill by the million must not.
    void bulkTablesCheckRowsWithoutTemporaryTables()
    {
        TempFolder folder;
        auto book = Book::create(folder.path(QStringLiteral("plan.tenure")));
        for (const char* insert :
             {"INSERT INTO subscription_periods(account_id, source, external_id, start_on, "
              "end_on, amount_minor, interval_unit, interval_count, quantity, discount_minor, "
              "currency, mrr_minor, source_status, canceled_on, import_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              "INSERT INTO tickets(account_id, external_id, opened_on, closed_on, priority, type, "
              "escalated, subject, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              "INSERT INTO accounts(name, domain, owner, segment, plan, seats_purchased, "
              "industry, country, created_on, renewal_on, status, import_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              "INSERT INTO contacts(account_id, external_id, name, email, title, role, "
              "created_on, last_active_on, left_on, import_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"}) {
            Statement plan = book->connection().prepare(std::string("EXPLAIN ") + insert);
            while (plan.step())
                QVERIFY2(plan.textValue(1) != QStringLiteral("OpenEphemeral"), insert);
        }
    }

    void upgradeToVersionFiveKeepsPeriodsAndTickets()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("v4.tenure"));
        const std::string periods = everyValue(
            "subscription_periods",
            {"id", "account_id", "source", "external_id", "plan", "start_on", "end_on",
             "amount_minor", "interval_unit", "interval_count", "quantity", "discount_minor",
             "currency", "mrr_minor", "source_status", "import_id", "canceled_on"});
        const std::string tickets =
            everyValue("tickets", {"id", "account_id", "external_id", "opened_on", "closed_on",
                                   "priority", "type", "escalated", "subject", "import_id"});
        QString periodsBefore;
        QString ticketsBefore;
        {
            Connection connection(path, Connection::Mode::Create);
            connection.exec("PRAGMA application_id = " + std::to_string(Book::kApplicationId));
            connection.exec("PRAGMA foreign_keys = ON");
            auto steps = tenure::store::standardMigrations();
            steps.resize(4);
            tenure::store::applyMigrations(connection, steps);
            connection.exec(
                "INSERT INTO imports(id, started_at, source, kind, file_name) "
                "VALUES (3, '2024-05-01T09:00:00', 'stripe', 'subscriptions', 'subs.csv');"
                "INSERT INTO accounts(id, name) VALUES (7, 'Acme'), (8, 'Globex');"
                "INSERT INTO subscription_periods(id, account_id, source, external_id, plan, "
                "  start_on, end_on, amount_minor, interval_unit, interval_count, quantity, "
                "  discount_minor, currency, mrr_minor, source_status, import_id, canceled_on) "
                "VALUES (11, 7, 'stripe', 'sub_1', 'Team', '2024-01-01', '2025-01-01', 120000, "
                "  'year', 1, 3, 500, 'USD', 29875, 'active', 3, '2024-06-15'),"
                "  (12, 8, 'manual', NULL, NULL, '2024-03-01', NULL, 900, 'week', 2, 1, 0, "
                "  'EUR', 1950, NULL, NULL, NULL);"
                "INSERT INTO tickets(id, account_id, external_id, opened_on, closed_on, "
                "  priority, type, escalated, subject, import_id) "
                "VALUES (21, 7, 'T-1', '2024-02-01', '2024-02-03', 'urgent', 'bug', 1, "
                "  'Sync, broken', 3), (22, 8, NULL, '2024-04-01', NULL, 'normal', "
                "  'question', 0, NULL, NULL);");
            periodsBefore = connection.queryText(periods).value();
            ticketsBefore = connection.queryText(tickets).value();
            QCOMPARE(tenure::store::schemaVersionOf(connection), 4);
        }
        auto upToFive = tenure::store::standardMigrations();
        upToFive.resize(5);
        auto book = Book::open(path, Book::Access::ReadWrite, upToFive);
        QCOMPARE(book->schemaVersion(), 5);
        auto& db = book->connection();
        QCOMPARE(db.queryText(periods).value(), periodsBefore);
        QCOMPARE(db.queryText(tickets).value(), ticketsBefore);
        QVERIFY(periodsBefore.contains(QStringLiteral("2024-06-15")));
        QCOMPARE(db.queryText("PRAGMA integrity_check").value(), QStringLiteral("ok"));
        QVERIFY(!db.queryText("PRAGMA foreign_key_check").has_value());
        for (const char* index :
             {"subscription_periods_account", "subscription_periods_external", "tickets_account"}) {
            Statement exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' "
                                          "AND name = ?");
            exists.bind(1, std::string_view(index));
            QVERIFY2(exists.step(), index);
        }
        // The unique key still holds after the rebuild.
        QVERIFY_THROWS_EXCEPTION(
            BookError,
            db.exec("INSERT INTO subscription_periods(account_id, source, external_id, "
                    "start_on, amount_minor, interval_unit, currency, mrr_minor) "
                    "VALUES (8, 'stripe', 'sub_1', '2024-01-01', 1, 'month', 'USD', 1)"));
    }

    // Version 9 gives actions a source, an external id, a direction and an
    // import, and to 10 who changed them: the actions logged before keep every
    // value, with the new ones empty.
    void upgradeFromVersionEightKeepsActions()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("v8.tenure"));
        const std::string actions =
            everyValue("actions", {"id", "account_id", "occurred_on", "kind", "contact_id",
                                   "reason_code", "summary", "outcome", "follow_up_on",
                                   "created_by", "playbook_run_id", "bulk_id"});
        QString before;
        {
            Connection connection(path, Connection::Mode::Create);
            connection.exec("PRAGMA application_id = " + std::to_string(Book::kApplicationId));
            connection.exec("PRAGMA foreign_keys = ON");
            auto steps = tenure::store::standardMigrations();
            steps.resize(8);
            tenure::store::applyMigrations(connection, steps);
            connection.exec(
                "INSERT INTO accounts(id, name) VALUES (7, 'Acme');"
                "INSERT INTO contacts(id, account_id, name, role) VALUES (5, 7, 'Jo', 'champion');"
                "INSERT INTO actions(id, account_id, occurred_on, kind, contact_id, reason_code, "
                "  summary, outcome, follow_up_on, created_by, bulk_id) VALUES "
                "  (1, 7, '2026-01-05', 'call', 5, 'no_proactive_contact', 'Check-in', 'Happy', "
                "   '2026-02-01', 'Dana', NULL), "
                "  (2, 7, '2026-01-09', 'webinar', NULL, NULL, 'Release tour', NULL, NULL, "
                "   NULL, 'bulk-1');");
            before = connection.queryText(actions).value();
            QCOMPARE(tenure::store::schemaVersionOf(connection), 8);
        }
        auto book = Book::open(path, Book::Access::ReadWrite);
        QCOMPARE(book->schemaVersion(), tenure::store::currentSchemaVersion());
        auto& db = book->connection();
        QCOMPARE(db.queryText(actions).value(), before);
        QCOMPARE(db.queryInt("SELECT count(*) FROM actions WHERE source IS NULL AND "
                             "external_id IS NULL AND direction IS NULL AND import_id IS NULL")
                     .value(),
                 2);
        // Version 10: who changed them is not known for actions logged before.
        QCOMPARE(db.queryInt("SELECT count(*) FROM actions WHERE changed_by IS NULL AND "
                             "changed_at IS NULL")
                     .value(),
                 2);
        QCOMPARE(db.queryText("PRAGMA integrity_check").value(), QStringLiteral("ok"));
        // An action's id in its source is unique within its account, and a
        // direction is inbound or outbound.
        db.exec("INSERT INTO actions(account_id, occurred_on, kind, summary, source, external_id, "
                "direction) VALUES (7, '2026-03-01', 'email', 'Renewal', 'generic', 'E1', "
                "'outbound')");
        QVERIFY_THROWS_EXCEPTION(
            BookError,
            db.exec("INSERT INTO actions(account_id, occurred_on, kind, summary, source, "
                    "external_id) VALUES (7, '2026-03-02', 'call', 'Again', 'generic', 'E1')"));
        QVERIFY_THROWS_EXCEPTION(
            BookError, db.exec("INSERT INTO actions(account_id, occurred_on, kind, summary, "
                               "direction) VALUES (7, '2026-03-02', 'call', 'x', 'sideways')"));
    }

    // Accounts and contacts are referred to from many tables: rebuilding them
    // must keep every row, and every row that refers to them.
    void upgradeToVersionSixKeepsAccountsContactsAndWhatRefersToThem()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("v5.tenure"));
        const std::string accounts = everyValue(
            "accounts", {"id", "name", "domain", "owner", "segment", "plan", "seats_purchased",
                         "industry", "country", "created_on", "onboarding_target_on", "go_live_on",
                         "renewal_on", "status", "import_id"});
        const std::string contacts = everyValue(
            "contacts", {"id", "account_id", "external_id", "name", "email", "title", "role",
                         "created_on", "last_active_on", "left_on", "import_id"});
        const std::string referring =
            "SELECT (SELECT count(*) FROM subscription_periods) || '/' || "
            "(SELECT count(*) FROM account_external_ids) || '/' || "
            "(SELECT count(*) FROM survey_responses WHERE contact_id = 31) || '/' || "
            "(SELECT count(*) FROM actions)";
        QString accountsBefore;
        QString contactsBefore;
        {
            Connection connection(path, Connection::Mode::Create);
            connection.exec("PRAGMA application_id = " + std::to_string(Book::kApplicationId));
            connection.exec("PRAGMA foreign_keys = ON");
            auto steps = tenure::store::standardMigrations();
            steps.resize(5);
            tenure::store::applyMigrations(connection, steps);
            connection.exec(
                "INSERT INTO imports(id, started_at, source, kind, file_name) "
                "VALUES (3, '2024-05-01T09:00:00', 'stripe', 'customers', 'cus.csv');"
                "INSERT INTO accounts(id, name, domain, owner, segment, plan, seats_purchased, "
                "  industry, country, created_on, onboarding_target_on, go_live_on, "
                "  renewal_on, status, import_id) "
                "VALUES (7, 'Acme', 'acme.example', 'Dana', 'SMB', 'Team', 12, 'Retail', 'DE', "
                "  '2023-01-05', '2023-02-01', '2023-02-10', '2024-01-05', 'non_renewing', 3),"
                "  (8, 'Globex', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                "  NULL, 'active', NULL);"
                "INSERT INTO account_external_ids(source, external_id, account_id) "
                "VALUES ('stripe', 'cus_7', 7);"
                "INSERT INTO subscription_periods(account_id, start_on, amount_minor, "
                "  interval_unit, currency, mrr_minor) VALUES (7, '2024-01-01', 100, 'month', "
                "  'USD', 100), (8, '2024-01-01', 200, 'month', 'USD', 200);"
                "INSERT INTO contacts(id, account_id, external_id, name, email, title, role, "
                "  created_on, last_active_on, left_on, import_id) "
                "VALUES (31, 7, 'c-1', 'Jane Roe', 'jane@acme.example', 'COO', 'champion', "
                "  '2023-01-05', '2024-04-30', NULL, 3),"
                "  (32, 8, NULL, 'Raj Patel', NULL, NULL, 'user', NULL, NULL, '2024-02-01', NULL);"
                "INSERT INTO survey_responses(account_id, contact_id, responded_on, kind, score) "
                "VALUES (7, 31, '2024-03-01', 'nps', 9);"
                "INSERT INTO actions(account_id, occurred_on, kind, contact_id, summary) "
                "VALUES (7, '2024-03-02', 'call', 31, 'Renewal call');");
            accountsBefore = connection.queryText(accounts).value();
            contactsBefore = connection.queryText(contacts).value();
            QCOMPARE(connection.queryText(referring).value(), QStringLiteral("2/1/1/1"));
        }
        auto book = Book::open(path);
        QCOMPARE(book->schemaVersion(), tenure::store::currentSchemaVersion());
        auto& db = book->connection();
        QCOMPARE(db.queryText(accounts).value(), accountsBefore);
        QCOMPARE(db.queryText(contacts).value(), contactsBefore);
        QCOMPARE(db.queryText(referring).value(), QStringLiteral("2/1/1/1"));
        QCOMPARE(db.queryText("PRAGMA integrity_check").value(), QStringLiteral("ok"));
        QVERIFY(!db.queryText("PRAGMA foreign_key_check").has_value());
        QCOMPARE(db.queryInt("PRAGMA foreign_keys").value(), 1);
        for (const char* index : {"accounts_owner", "accounts_domain", "contacts_account"}) {
            Statement exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' "
                                          "AND name = ?");
            exists.bind(1, std::string_view(index));
            QVERIFY2(exists.step(), index);
        }
        // The references point at the rebuilt tables: deleting an account
        // still takes what refers to it along.
        db.exec("DELETE FROM accounts WHERE id = 7");
        QCOMPARE(db.queryText(referring).value(), QStringLiteral("1/0/0/0"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM contacts").value(), 1);
    }

    void upgradesFromTheFirstVersionAndKeepsACopy()
    {
        TempFolder folder;
        const QString path = makeVersionOneBook(folder);
        auto book = Book::open(path);
        QCOMPARE(book->schemaVersion(), tenure::store::currentSchemaVersion());
        auto& db = book->connection();
        QCOMPARE(db.queryText("SELECT name FROM accounts WHERE id = 7").value(),
                 QStringLiteral("Acme"));
        QCOMPARE(db.queryInt("SELECT mrr_minor FROM subscription_periods").value(), 10000);
        QCOMPARE(db.queryInt("SELECT count(*) FROM tasks").value(), 0); // a version-3 table

        const QString copy = book->upgradeBackupPath();
        QVERIFY(copy.endsWith(QStringLiteral("old.before-upgrade-v1.tenure")));
        Connection old(copy, Connection::Mode::ReadOnly);
        QCOMPARE(tenure::store::schemaVersionOf(old), 1);
        QCOMPARE(old.queryText("SELECT name FROM accounts WHERE id = 7").value(),
                 QStringLiteral("Acme"));
        QCOMPARE(old.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'tasks'").value(),
                 0);
    }

    void aFailingUpgradeStepIsRolledBack()
    {
        TempFolder folder;
        const QString path = makeVersionOneBook(folder);
        const auto error = upgradeError(path, QStringLiteral("broken"), [](Connection& db) {
            db.exec("CREATE TABLE half_done(x); SELECT * FROM nowhere;");
        });
        QVERIFY2(error, "the broken step should fail");
        QCOMPARE(error->kind(), BookError::Kind::UpgradeFailed);
        QVERIFY2(error->message().contains(QStringLiteral("broken")), qPrintable(error->message()));
        // The good steps committed; the broken one left nothing behind.
        auto book = Book::open(path, Book::Access::ReadOnly);
        QCOMPARE(book->schemaVersion(), tenure::store::currentSchemaVersion());
        QCOMPARE(book->connection()
                     .queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")
                     .value(),
                 0);
        QCOMPARE(book->connection().queryInt("SELECT count(*) FROM accounts").value(), 1);
    }

    // Steps run with enforcement off, so each checks every reference itself.
    void anUpgradeStepThatBreaksAReferenceIsRolledBack()
    {
        TempFolder folder;
        const QString path = makeVersionOneBook(folder);
        const auto error = upgradeError(path, QStringLiteral("orphaning"), [](Connection& db) {
            db.exec("DELETE FROM accounts WHERE id = 7");
        });
        QVERIFY2(error, "the orphaning step should fail");
        QCOMPARE(error->kind(), BookError::Kind::UpgradeFailed);
        QVERIFY2(error->message().contains(QStringLiteral("subscription_periods")),
                 qPrintable(error->message()));
        auto book = Book::open(path);
        QCOMPARE(book->schemaVersion(), tenure::store::currentSchemaVersion());
        QCOMPARE(book->connection().queryInt("SELECT count(*) FROM accounts").value(), 1);
        QCOMPARE(book->connection().queryInt("SELECT count(*) FROM subscription_periods").value(),
                 1);
        QCOMPARE(book->connection().queryInt("PRAGMA foreign_keys").value(), 1);
    }

    void refusesABookFromANewerVersionUntouched()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("future.tenure"));
        Book::create(path).reset();
        {
            Connection raw(path, Connection::Mode::ReadWrite);
            raw.exec("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
        }
        const QByteArray before = fingerprint(path);
        QCOMPARE(openFails(path), BookError::Kind::TooNew);
        QCOMPARE(openFails(path, Book::Access::ReadOnly), BookError::Kind::TooNew);
        QCOMPARE(fingerprint(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // Refused on its header alone, a book in write-ahead-log mode gets no log
    // or shared-memory file beside it.
    void aRefusedBookGetsNoCompanionFiles()
    {
        TempFolder folder;
        const QString future = folder.path(QStringLiteral("future.tenure"));
        Book::create(future).reset();
        Connection(future, Connection::Mode::ReadWrite).exec("PRAGMA user_version = 99");
        const QString foreign = folder.path(QStringLiteral("foreign.sqlite"));
        Connection(foreign, Connection::Mode::Create)
            .exec("PRAGMA journal_mode = WAL; CREATE TABLE notes(text)");
        const QStringList files{QStringLiteral("foreign.sqlite"), QStringLiteral("future.tenure")};
        QCOMPARE(QDir(folder.path({})).entryList(QDir::Files, QDir::Name), files);
        for (const auto access : {Book::Access::ReadOnly, Book::Access::ReadWrite}) {
            QCOMPARE(openFails(future, access), BookError::Kind::TooNew);
            QCOMPARE(openFails(foreign, access), BookError::Kind::NotABook);
        }
        QCOMPARE(QDir(folder.path({})).entryList(QDir::Files, QDir::Name), files);
    }

    // Tenure's mark without a schema version is no book, and is not made into one.
    void refusesAMarkedFileWithoutASchema()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("marked.tenure"));
        Connection(path, Connection::Mode::Create)
            .exec("PRAGMA application_id = " + std::to_string(Book::kApplicationId) +
                  "; CREATE TABLE notes(text)");
        const QByteArray before = fingerprint(path);
        QCOMPARE(openFails(path), BookError::Kind::NotABook);
        QCOMPARE(fingerprint(path), before);
    }

    // A trigger Tenure did not create would run inside Tenure's writes.
    void refusesABookWithAForeignTrigger()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("trap.tenure"));
        Book::create(path)->connection().exec(
            "PRAGMA journal_mode = DELETE; CREATE TRIGGER trap AFTER INSERT ON actions "
            "BEGIN DELETE FROM accounts; END");
        const QByteArray before = fingerprint(path);
        try {
            Book::open(path);
            QFAIL("a book with a foreign trigger should be refused");
        } catch (const BookError& error) {
            QVERIFY2(error.message().contains(QLatin1String("trap")), qPrintable(error.message()));
        }
        QCOMPARE(fingerprint(path), before);
    }

    // Opening for writing runs a quick check: damage inside a table (not in
    // the schema the read-only probe reads) is refused before any write.
    void refusesDamageInsideATableBeforeWriting()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("torn.tenure"));
        {
            auto book = Book::create(path);
            auto& db = book->connection();
            db.exec("PRAGMA journal_mode = DELETE");
            for (int i = 1; i <= 400; ++i) {
                db.prepare("INSERT INTO accounts(id, name, owner) VALUES (?, ?, 'Dana')")
                    .bind(1, i)
                    .bind(2, QStringLiteral("Account %1 with a long enough name").arg(i))
                    .exec();
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        file.seek((pages - 2) * 4096 + 8); // inside a late page, past its header
        file.write(QByteArray(3000, '\x5A'));
        file.close();
        const QByteArray before = fingerprint(path);
        try {
            Book::open(path);
            QFAIL("a damaged book should be refused for writing");
        } catch (const BookError& error) {
            QCOMPARE(error.kind(), BookError::Kind::Corrupt);
            QVERIFY2(error.message().contains(QLatin1String("torn.tenure")),
                     qPrintable(error.message()));
            QVERIFY2(!error.message().contains(QLatin1String("SELECT")),
                     qPrintable(error.message()));
        }
        QCOMPARE(fingerprint(path), before);
    }

    void refusesFilesThatAreNotBooks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("csv") << QByteArray("account_id,name\n1,Acme\n");
        QTest::newRow("binary") << QByteArray(8192, '\x7f');
    }

    void refusesFilesThatAreNotBooks()
    {
        QFETCH(QByteArray, content);
        TempFolder folder;
        const QString path = folder.write(QStringLiteral("other.tenure"), content);
        QCOMPARE(openFails(path), BookError::Kind::NotABook);
        QCOMPARE(tenure::test::readAll(path), content);
    }

    void refusesAnotherApplicationsDatabase()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("someone-else.sqlite"));
        {
            Connection raw(path, Connection::Mode::Create);
            raw.exec("CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('hello')");
        }
        const QByteArray before = fingerprint(path);
        try {
            Book::open(path);
            QFAIL("a foreign database should be refused");
        } catch (const BookError& error) {
            QCOMPARE(error.kind(), BookError::Kind::NotABook);
            QVERIFY(error.message().contains(QStringLiteral("someone-else.sqlite")));
        }
        QCOMPARE(fingerprint(path), before);
    }

    void refusesADamagedBookUntouched()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("damaged.tenure"));
        {
            auto book = Book::create(path);
            book->connection().exec("PRAGMA journal_mode = DELETE");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // just past the header: the schema's own page
        file.write(QByteArray(600, '\xA5'));
        file.close();
        const QByteArray before = fingerprint(path);
        QCOMPARE(openFails(path), BookError::Kind::Corrupt);
        QCOMPARE(fingerprint(path), before);
    }

    void missingFileIsReported()
    {
        TempFolder folder;
        QCOMPARE(openFails(folder.path(QStringLiteral("nowhere.tenure"))),
                 BookError::Kind::NotFound);
        QVERIFY(!QFile::exists(folder.path(QStringLiteral("nowhere.tenure"))));
    }

    void metaValuesRoundTrip()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("meta.tenure"));
        Book::create(path)->setMeta(QStringLiteral("book_name"), QStringLiteral("Ledger 北京"));
        QCOMPARE(Book::open(path, Book::Access::ReadOnly)->meta(QStringLiteral("book_name")),
                 QStringLiteral("Ledger 北京"));
    }

    void aSecondWriterWaitsThenGetsAClearMessage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QFAIL("the sqlite3 shell is a test dependency (packaging/dev/install-deps.sh)");
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("shared.tenure"));
        Book::create(path)->setMeta(QStringLiteral("note"), QStringLiteral("committed"));

        OtherProcess other(path);
        QVERIFY(other.run("BEGIN IMMEDIATE; UPDATE book_meta SET value = 'pending' "
                          "WHERE key = 'note';"));

        auto reader = Book::open(path, Book::Access::ReadOnly);
        QCOMPARE(reader->meta(QStringLiteral("note")), QStringLiteral("committed"));

        auto writer = Book::open(path);
        QElapsedTimer waited;
        waited.start();
        try {
            writer->setMeta(QStringLiteral("note"), QStringLiteral("mine"));
            QFAIL("the write should wait for the lock and then give up");
        } catch (const BookError& error) {
            QCOMPARE(error.kind(), BookError::Kind::Busy);
            QVERIFY2(error.message().contains(QStringLiteral("another Tenure")),
                     qPrintable(error.message()));
        }
        QVERIFY2(waited.elapsed() >= 1500, "a writer waits briefly before giving up");

        QVERIFY(other.run("COMMIT;"));
        QCOMPARE(reader->meta(QStringLiteral("note")), QStringLiteral("pending"));
        writer->setMeta(QStringLiteral("note"), QStringLiteral("mine"));
        QCOMPARE(reader->meta(QStringLiteral("note")), QStringLiteral("mine"));
    }

    void aKilledWriterLeavesTheBookAsItWas()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("killed.tenure"));
        Book::create(path).reset();
        {
            OtherProcess other(path);
            QVERIFY(other.run("BEGIN; INSERT INTO accounts(name) VALUES ('Half written');"));
            other.kill();
        }
        auto book = Book::open(path);
        QCOMPARE(book->connection().queryInt("SELECT count(*) FROM accounts").value(), 0);
        QCOMPARE(book->connection().queryText("PRAGMA integrity_check").value(),
                 QStringLiteral("ok"));
    }
};

TENURE_TEST_MAIN(TestStore)
#include "tst_store.moc"
