// `tenure team init` on a real PostgreSQL server: the book's schema and four
// group roles whose grants the server enforces, whatever program connects. A
// reporting login cannot write; a CSM writes actions and tasks but not
// billing or the book's preferences; a manager writes billing.
#include "cli/clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/bookerror.h"
#include "store/booktables.h"
#include "store/migrations.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/serverschema.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using tenure::store::BookError;
using tenure::store::postgres::Connection;
using tenure::store::postgres::ServerError;
using tenure::test::Run;
using tenure::test::runTenure;
using tenure::test::TempFolder;
using tenure::test::TestDatabase;
namespace pg = tenure::store::postgres;

namespace {

Run teamInit(const QString& uri, const QStringList& options = {})
{
    return runTenure(
        QStringList{QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--book"), uri} +
        options);
}

// The SQLSTATE of the server's refusal of `sql`, or "accepted".
QString refusal(Connection& connection, const char* sql)
{
    try {
        connection.exec(sql);
        return QStringLiteral("accepted");
    } catch (const ServerError& error) {
        return error.sqlState();
    }
}

const QString kDenied = QStringLiteral("42501"); // insufficient_privilege

// A login role of its own, member of the team's group `group`.
QString addPerson(Connection& admin, const TestDatabase& database, const QString& person,
                  const QString& group)
{
    QString role = database.name() + u'_' + person;
    admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2_%3")
                   .arg(role, database.name(), group)
                   .toStdString());
    return role;
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initMakesTheSchemaAndTheRoles()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        const Run init = teamInit(database.uri());
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(database.name().toUtf8() + "_csm"), init.out.constData());

        Connection admin(database.uri());
        QCOMPARE(pg::serverSchemaVersion(admin), tenure::store::currentSchemaVersion());
        const auto roles = admin.query("SELECT rolname, rolcanlogin FROM pg_roles "
                                       "WHERE starts_with(rolname, $1) ORDER BY 1",
                                       {database.name() + u'_'});
        QCOMPARE(roles.rows(), 4);
        QStringList names;
        for (int row = 0; row < roles.rows(); ++row) {
            names.append(roles.text(row, 0).mid(database.name().size() + 1));
            QCOMPARE(roles.text(row, 1), QStringLiteral("f")); // groups, not logins
        }
        QCOMPARE(names, (QStringList{QStringLiteral("csm"), QStringLiteral("manager"),
                                     QStringLiteral("owner"), QStringLiteral("reporting")}));
        // The owner role owns every table of the book.
        QCOMPARE(admin
                     .queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                               "AND tableowner <> $1",
                               {database.name() + QStringLiteral("_owner")})
                     .value_or(-1),
                 std::int64_t{0});
    }

    void eachRoleMayDoOnlyItsPart()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        const Run init = teamInit(database.uri());
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        Connection admin(database.uri());
        admin.exec("INSERT INTO accounts(name, owner) VALUES ('Acme', 'carl')");
        admin.exec("INSERT INTO playbooks(code, name) VALUES ('renewal', 'Save the renewal')");
        const QString reporter =
            addPerson(admin, database, QStringLiteral("rita"), QStringLiteral("reporting"));
        const QString csm =
            addPerson(admin, database, QStringLiteral("carl"), QStringLiteral("csm"));
        const QString manager =
            addPerson(admin, database, QStringLiteral("mia"), QStringLiteral("manager"));

        const char* logAction = "INSERT INTO actions(account_id, occurred_on, kind, summary) "
                                "SELECT id, '2026-06-01', 'call', 'Renewal call' FROM accounts";
        const char* addTask = "INSERT INTO tasks(account_id, title, due_on) "
                              "SELECT id, 'Send the deck', '2026-06-08' FROM accounts";
        const char* addPeriod =
            "INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit, "
            "currency, mrr_minor) SELECT id, '2026-01-01', 1000, 'month', 'USD', 1000 "
            "FROM accounts";
        const char* addRate =
            "INSERT INTO currency_rates(currency, rate_on, per_base) VALUES ('EUR', "
            "'2026-01-01', 1.1)";
        const char* changeConvention =
            "INSERT INTO book_meta(key, value) VALUES ('churn_convention', 'cancel_date')";

        {
            Connection reporting(database.uriAs(reporter));
            QCOMPARE(reporting.queryInt("SELECT count(*) FROM accounts").value_or(-1),
                     std::int64_t{1});
            QCOMPARE(refusal(reporting, logAction), kDenied);
            QCOMPARE(refusal(reporting, addTask), kDenied);
            QCOMPARE(refusal(reporting, "UPDATE accounts SET name = 'Renamed'"), kDenied);
        }
        QCOMPARE(admin.queryInt("SELECT count(*) FROM actions").value_or(-1), std::int64_t{0});
        QCOMPARE(admin.queryText("SELECT name FROM accounts").value_or(QString()),
                 QStringLiteral("Acme"));
        {
            Connection work(database.uriAs(csm));
            QCOMPARE(refusal(work, logAction), QStringLiteral("accepted"));
            QCOMPARE(refusal(work, addTask), QStringLiteral("accepted"));
            QCOMPARE(refusal(work, "UPDATE tasks SET status = 'done'"), QStringLiteral("accepted"));
            // Running a play and marking the morning's review are a CSM's work too.
            QCOMPARE(refusal(work, "INSERT INTO playbook_runs(playbook_id, account_id, started_on) "
                                   "SELECT p.id, a.id, '2026-06-01' FROM playbooks p, accounts a "
                                   "LIMIT 1"),
                     QStringLiteral("accepted"));
            QCOMPARE(refusal(work, "INSERT INTO owner_reviews(owner, reviewed_at) "
                                   "VALUES ('carl', '2026-06-01')"),
                     QStringLiteral("accepted"));
            QCOMPARE(refusal(work, "INSERT INTO playbooks(code, name) VALUES ('x', 'X')"), kDenied);
            QCOMPARE(refusal(work, addPeriod), kDenied);
            QCOMPARE(refusal(work, addRate), kDenied);
            QCOMPARE(refusal(work, changeConvention), kDenied);
            QCOMPARE(refusal(work, "DELETE FROM accounts"), kDenied);
            QCOMPARE(refusal(work, "DROP TABLE actions"), kDenied);
        }
        QCOMPARE(admin.queryInt("SELECT count(*) FROM actions").value_or(-1), std::int64_t{1});
        QCOMPARE(admin.queryInt("SELECT count(*) FROM playbook_runs").value_or(-1),
                 std::int64_t{1});
        QCOMPARE(admin.queryInt("SELECT count(*) FROM playbooks").value_or(-1), std::int64_t{1});
        QCOMPARE(admin.queryInt("SELECT count(*) FROM subscription_periods").value_or(-1),
                 std::int64_t{0});
        {
            Connection managing(database.uriAs(manager));
            QCOMPARE(refusal(managing, addPeriod), QStringLiteral("accepted"));
            QCOMPARE(refusal(managing, addRate), QStringLiteral("accepted"));
            QCOMPARE(refusal(managing, logAction), QStringLiteral("accepted"));
            QCOMPARE(refusal(managing, changeConvention), kDenied);
            QCOMPARE(refusal(managing, "DELETE FROM tenure_schema_version"), kDenied);
        }
        {
            const QString owner =
                addPerson(admin, database, QStringLiteral("olga"), QStringLiteral("owner"));
            Connection owning(database.uriAs(owner));
            QCOMPARE(refusal(owning, changeConvention), QStringLiteral("accepted"));
        }
        QCOMPARE(admin.queryInt("SELECT count(*) FROM subscription_periods").value_or(-1),
                 std::int64_t{1});
    }

    // The server records who changed work and ran imports: the display name
    // the team gave the login, else the login, whatever the program sent.
    void theServerRecordsWhoChangedWork()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        const Run init = teamInit(database.uri());
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        Connection admin(database.uri());
        admin.exec("INSERT INTO accounts(name, owner) VALUES ('Acme', 'Dana Whitfield')");
        const QString csm =
            addPerson(admin, database, QStringLiteral("dana"), QStringLiteral("csm"));
        const QString manager =
            addPerson(admin, database, QStringLiteral("mo"), QStringLiteral("manager"));
        admin.exec(QStringLiteral("INSERT INTO team_members(role_name, display_name) VALUES "
                                  "('%1', 'Dana Whitfield')")
                       .arg(csm)
                       .toStdString());
        {
            Connection dana(database.uriAs(csm));
            dana.exec("INSERT INTO actions(account_id, occurred_on, kind, summary, changed_by, "
                      "changed_at) SELECT id, '2026-06-01', 'call', 'Renewal call', 'Mo', "
                      "'2001-01-01T00:00:00Z' FROM accounts");
            dana.exec("INSERT INTO tasks(account_id, title, due_on) "
                      "SELECT id, 'Send the deck', '2026-06-08' FROM accounts");
        }
        QCOMPARE(admin.queryText("SELECT changed_by FROM actions"),
                 std::optional(QStringLiteral("Dana Whitfield")));
        const QDateTime at = QDateTime::fromString(
            admin.queryText("SELECT changed_at FROM actions").value_or(QString()), Qt::ISODate);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        {
            // Mo has no display name: the login stands for him.
            Connection mo(database.uriAs(manager));
            mo.exec("UPDATE tasks SET status = 'done', completed_on = '2026-06-05'");
            mo.exec("INSERT INTO imports(started_at, source, kind, imported_by) "
                    "VALUES ('2026-06-05T09:00:00Z', 'stripe', 'invoices', 'Dana Whitfield')");
        }
        QCOMPARE(admin.queryText("SELECT changed_by FROM tasks"), std::optional(manager));
        QCOMPARE(admin.queryText("SELECT imported_by FROM imports"), std::optional(manager));
        // The book's owners (a book copied in) keep what they write.
        admin.exec("UPDATE actions SET changed_by = 'Kept', changed_at = '2026-01-01T00:00:00Z'");
        QCOMPARE(admin.queryText("SELECT changed_by FROM actions"),
                 std::optional(QStringLiteral("Kept")));
    }

    // Chosen by the team, a CSM reads only the accounts whose owner is the
    // display name team_members gives the CSM's login, and only their rows;
    // the server refuses a row for another's account.
    void csmsSeeOnlyTheirOwnAccountsWhenTheTeamChooses()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        const Run init =
            teamInit(database.uri(), {QStringLiteral("--csm-sees"), QStringLiteral("own")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        Connection admin(database.uri());
        admin.exec(
            "INSERT INTO accounts(id, name, owner) VALUES (1, 'Acme', 'Carl Dane'), "
            "(2, 'Beta', 'Mia Lund'), (3, 'Gamma', NULL);"
            "INSERT INTO actions(account_id, occurred_on, kind, summary) VALUES "
            "(1, '2026-06-01', 'call', 'Acme call'), (2, '2026-06-02', 'call', 'Beta call')");
        const QString carl =
            addPerson(admin, database, QStringLiteral("carl"), QStringLiteral("csm"));
        const QString nora =
            addPerson(admin, database, QStringLiteral("nora"), QStringLiteral("csm"));
        const QString rita =
            addPerson(admin, database, QStringLiteral("rita"), QStringLiteral("reporting"));
        const QString mia =
            addPerson(admin, database, QStringLiteral("mia"), QStringLiteral("manager"));
        {
            // Managers name the people.
            Connection managing(database.uriAs(mia));
            managing.exec(QStringLiteral("INSERT INTO team_members VALUES ('%1', 'Carl Dane')")
                              .arg(carl)
                              .toStdString());
            QCOMPARE(managing.queryInt("SELECT count(*) FROM accounts").value_or(-1),
                     std::int64_t{3});
        }
        {
            Connection work(database.uriAs(carl));
            QCOMPARE(
                work.queryText("SELECT string_agg(name, ',') FROM accounts").value_or(QString()),
                QStringLiteral("Acme"));
            QCOMPARE(
                work.queryText("SELECT string_agg(summary, ',') FROM actions").value_or(QString()),
                QStringLiteral("Acme call"));
            QCOMPARE(refusal(work, "INSERT INTO actions(account_id, occurred_on, kind, summary) "
                                   "VALUES (1, '2026-06-03', 'email', 'Follow-up')"),
                     QStringLiteral("accepted"));
            QCOMPARE(refusal(work, "INSERT INTO actions(account_id, occurred_on, kind, summary) "
                                   "VALUES (2, '2026-06-03', 'email', 'Not mine')"),
                     kDenied);
            QCOMPARE(refusal(work, "UPDATE actions SET summary = 'Changed' WHERE account_id = 2"),
                     QStringLiteral("accepted")); // no row it may see: nothing changes
            QCOMPARE(refusal(work, "INSERT INTO team_members VALUES ('x', 'Mia Lund')"), kDenied);
        }
        {
            Connection unnamed(database.uriAs(nora)); // not in team_members: no account
            QCOMPARE(unnamed.queryInt("SELECT count(*) FROM accounts").value_or(-1),
                     std::int64_t{0});
            Connection reporting(database.uriAs(rita));
            QCOMPARE(reporting.queryInt("SELECT count(*) FROM accounts").value_or(-1),
                     std::int64_t{3});
            QCOMPARE(reporting.queryInt("SELECT count(*) FROM actions").value_or(-1),
                     std::int64_t{3});
        }
        QCOMPARE(
            admin.queryText("SELECT summary FROM actions WHERE account_id = 2").value_or(QString()),
            QStringLiteral("Beta call"));

        // Reading commands on the server see what the login may see.
        const auto actionsSeenBy = [&](const QString& role) {
            const Run run = runTenure({QStringLiteral("actions"), QStringLiteral("--book"),
                                       database.uriAs(role), QStringLiteral("--json")});
            if (run.exitCode != 0)
                return QStringList{QStringLiteral("failed: ") + run.err};
            QStringList summaries;
            const QJsonArray actions = QJsonDocument::fromJson(run.out).array();
            for (const auto& action : actions)
                summaries << action.toObject().value(QStringLiteral("summary")).toString();
            summaries.sort();
            return summaries;
        };
        QCOMPARE(actionsSeenBy(carl),
                 (QStringList{QStringLiteral("Acme call"), QStringLiteral("Follow-up")}));
        QCOMPARE(actionsSeenBy(rita),
                 (QStringList{QStringLiteral("Acme call"), QStringLiteral("Beta call"),
                              QStringLiteral("Follow-up")}));

        // The team's table is not a book's: the book still copies out.
        TempFolder folder;
        const QString file = folder.path(QStringLiteral("out.tenure"));
        const Run down =
            runTenure({QStringLiteral("book"), QStringLiteral("copy"), QStringLiteral("--from"),
                       database.uri(), QStringLiteral("--to"), file});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    }

    void csmsSeeEveryAccountByDefault()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        QVERIFY2(teamInit(database.uri()).exitCode == 0, "team init failed");
        Connection admin(database.uri());
        admin.exec("INSERT INTO accounts(name, owner) VALUES ('Acme', 'Carl Dane'), "
                   "('Beta', 'Mia Lund')");
        const QString carl =
            addPerson(admin, database, QStringLiteral("carl"), QStringLiteral("csm"));
        Connection work(database.uriAs(carl));
        QCOMPARE(work.queryInt("SELECT count(*) FROM accounts").value_or(-1), std::int64_t{2});
        const Run wrong =
            teamInit(database.uri(), {QStringLiteral("--csm-sees"), QStringLiteral("some")});
        QCOMPARE(wrong.exitCode, 2);
    }

    void aBookCopiedInKeepsTheGrants()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        QVERIFY2(teamInit(database.uri()).exitCode == 0, "team init failed");
        TempFolder folder;
        const QString book = tenure::test::smallDemoBook(folder.path(QStringLiteral("a.tenure")),
                                                         QStringLiteral("2026-06-30"));
        QVERIFY(!book.isEmpty());
        const Run up =
            runTenure({QStringLiteral("book"), QStringLiteral("copy"), QStringLiteral("--from"),
                       book, QStringLiteral("--to"), database.uri()});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));

        Connection admin(database.uri());
        const auto highest = admin.queryInt("SELECT max(id) FROM actions");
        QVERIFY(highest.has_value());
        const QString csm =
            addPerson(admin, database, QStringLiteral("carl"), QStringLiteral("csm"));
        Connection work(database.uriAs(csm));
        QCOMPARE(work.queryInt("INSERT INTO actions(account_id, occurred_on, kind, summary) "
                               "SELECT min(id), '2026-07-01', 'email', 'Follow-up' "
                               "FROM accounts RETURNING id")
                     .value_or(-1),
                 *highest + 1);
        QCOMPARE(refusal(work, "DELETE FROM subscription_periods"), kDenied);
    }

    void initRefusesADatabaseThatIsNotEmpty()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection admin(database.uri());
        admin.exec("CREATE TABLE notes (body text)");
        const Run init = teamInit(database.uri());
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(QStringLiteral("is not empty")), qPrintable(init.err));
        QCOMPARE(admin
                     .queryInt("SELECT count(*) FROM pg_roles WHERE starts_with(rolname, $1)",
                               {database.name() + u'_'})
                     .value_or(-1),
                 std::int64_t{0});
        QCOMPARE(pg::serverSchemaVersion(admin), 0);
    }

    void initRefusesRolesThatExist()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection admin(database.uri());
        admin.exec(QStringLiteral("CREATE ROLE %1_csm NOLOGIN").arg(database.name()).toStdString());
        const Run init = teamInit(database.uri());
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(database.name() + QStringLiteral("_csm")), qPrintable(init.err));
        QCOMPARE(admin
                     .queryInt("SELECT count(*) FROM pg_roles WHERE starts_with(rolname, $1)",
                               {database.name() + u'_'})
                     .value_or(-1),
                 std::int64_t{1});
        QCOMPARE(pg::serverSchemaVersion(admin), 0);
    }
};

TENURE_TEST_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
