// A team book's copy written through its server (store::postgres::ServerWriter)
// on a real PostgreSQL server, with the team's roles: the book is built from
// CSV files (tests/common/historybook.cpp), uploaded, and read back as a CSM
// or a manager. A change reaches the server with the same ids, recorded as
// the login's; a row a colleague changed or deleted first is not written
// over, and the refusal names them; what the login may not do, a write
// outside a transaction and a server out of reach are refused, and neither
// the copy nor the server changes.
#include "accountlist/accountmerge.h"
#include "bookdump.h"
#include "cli/clirun.h"
#include "common/historybook.h"
#include "common/testmain.h"
#include "import/importjob.h"
#include "playbooks/worklog.h"
#include "store/book.h"
#include "store/bookerror.h"
#include "store/postgres/bookcopy.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/serversnapshot.h"
#include "store/postgres/serverwriter.h"
#include "store/postgres/teamroles.h"
#include "store/sqlite.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tenure;
using store::BookError;
using tenure::test::Run;
using tenure::test::TestDatabase;
namespace pg = tenure::store::postgres;

namespace {

// A team book on its own database: the CSV-built book uploaded after
// `tenure team init`, with Dana (a CSM) and Mo (a manager) named in
// team_members.
struct TeamBook
{
    TestDatabase database;
    QString dana;
    QString mo;

    bool build(const QString& bookPath)
    {
        if (!database.valid())
            return false;
        pg::initTeam(database.uri());
        pg::copyFileToServer(bookPath, database.uri());
        pg::Connection admin(database.uri());
        dana = database.name() + QStringLiteral("_dana");
        mo = database.name() + QStringLiteral("_mo");
        admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2_csm; "
                                  "CREATE ROLE %3 LOGIN IN ROLE %2_manager; "
                                  "INSERT INTO team_members VALUES ('%1', 'Dana Whitfield'), "
                                  "('%3', 'Mo Reyes')")
                       .arg(dana, database.name(), mo)
                       .toStdString());
        return true;
    }
};

// `login`'s copy of the team book, open for writing through its server.
struct WritableCopy
{
    std::unique_ptr<pg::ServerSnapshot> snapshot;
    std::unique_ptr<store::Book> book;
    std::shared_ptr<pg::ServerWriter> writer;

    WritableCopy(const TestDatabase& database, const QString& login)
        : snapshot(std::make_unique<pg::ServerSnapshot>(database.uriAs(login)))
        , book(store::Book::open(snapshot->path(), store::Book::Access::ReadWrite))
        , writer(std::make_shared<pg::ServerWriter>(database.uriAs(login)))
    {
        book->connection().forwardCommitsTo(writer);
    }
    store::Connection& connection() { return book->connection(); }
};

playbooks::Action renewalCall(std::int64_t accountId)
{
    playbooks::Action action;
    action.accountId = accountId;
    action.occurredOn = QDate(2026, 11, 30);
    action.kind = playbooks::WorkKind::Call;
    action.summary = QStringLiteral("Renewal call: wants the SSO add-on");
    action.outcome = QStringLiteral("Sends the quote");
    action.followUpOn = QDate(2026, 12, 7);
    action.createdBy = QStringLiteral("Dana Whitfield");
    return action;
}

// Logs `action` on the copy in a transaction of its own; its id.
std::int64_t logAction(store::Connection& copy, const playbooks::Action& action)
{
    store::Transaction transaction(copy);
    const std::int64_t id = playbooks::addAction(copy, action);
    transaction.commit();
    return id;
}

// Runs `write` in a transaction on the copy; the message of the BookError
// that refused it, of `kind`, or a failure text.
template <typename Write>
QString refusal(store::Connection& copy, BookError::Kind kind, Write write)
{
    try {
        store::Transaction transaction(copy);
        write();
        transaction.commit();
    } catch (const BookError& error) {
        return error.kind() == kind ? error.message()
                                    : QStringLiteral("wrong kind: ") + error.message();
    }
    return QStringLiteral("not refused");
}

std::optional<QString> serverSummary(pg::Connection& server, std::int64_t actionId)
{
    return server.queryText("SELECT summary FROM actions WHERE id = $1",
                            {QString::number(actionId)});
}

// The rows of the book at `path`, leaving out who last changed them and when
// (which the server writes itself), as dumpBook() gives them.
QStringList contentOf(store::Connection& book, const QString& scratch)
{
    QFile::remove(scratch);
    store::Book::backup(book, scratch);
    {
        store::Connection book(scratch, store::Connection::Mode::ReadWrite);
        book.exec("UPDATE actions SET changed_by = NULL, changed_at = NULL;"
                  "UPDATE tasks SET changed_by = NULL, changed_at = NULL;"
                  "UPDATE playbooks SET changed_by = NULL, changed_at = NULL;"
                  "UPDATE imports SET imported_by = NULL");
    }
    return test::dumpBook(scratch);
}

// A dump without when each book was made and each import ran, and by whom,
// which differ between two books given the same files; what they hold must not.
QStringList withoutWhen(QStringList dump)
{
    dump.removeIf([](const QString& row) {
        return row.startsWith(QLatin1String("imports|")) ||
               row.startsWith(QLatin1String("book_meta|text:created_at|"));
    });
    return dump;
}

} // namespace

class TestServerWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = test::history::build();
        QVERIFY(m_book.outcome.committed);
        m_odd = m_book.accountId(QStringLiteral("A07")); // Dana's
        QVERIFY(m_odd > 0);
    }

    void aChangeIsMadeOnTheServerWithItsIdAndWhoMadeIt()
    {
        TeamBook team;
        QVERIFY2(team.build(m_book.book->path()), qPrintable(team.database.why()));
        WritableCopy copy(team.database, team.dana);
        const std::int64_t id = logAction(copy.connection(), renewalCall(m_odd));
        QVERIFY(id > 0);

        pg::Connection server(team.database.uri());
        QCOMPARE(serverSummary(server, id), std::optional(renewalCall(m_odd).summary));
        QCOMPARE(
            server.queryText("SELECT changed_by FROM actions WHERE id = $1", {QString::number(id)}),
            std::optional(QStringLiteral("Dana Whitfield")));
        // Another program adding without an id is numbered after it.
        {
            pg::Connection other(team.database.uriAs(team.dana));
            QCOMPARE(other.queryInt("INSERT INTO actions(account_id, occurred_on, kind, summary) "
                                    "VALUES ($1, '2026-12-01', 'email', 'Sent the quote') "
                                    "RETURNING id",
                                    {QString::number(m_odd)}),
                     std::optional(id + 1));
            other.exec("DELETE FROM actions WHERE summary = 'Sent the quote'");
        }

        // Changed, then deleted: both reach the server.
        auto action = playbooks::loadAction(copy.connection(), id);
        QVERIFY(action);
        action->outcome = QStringLiteral("Quote sent");
        {
            store::Transaction transaction(copy.connection());
            playbooks::updateAction(copy.connection(), *action);
            transaction.commit();
        }
        QCOMPARE(
            server.queryText("SELECT outcome FROM actions WHERE id = $1", {QString::number(id)}),
            std::optional(QStringLiteral("Quote sent")));
        {
            store::Transaction transaction(copy.connection());
            playbooks::deleteAction(copy.connection(), id);
            transaction.commit();
        }
        QCOMPARE(serverSummary(server, id), std::nullopt);
        QCOMPARE(server.queryInt("SELECT count(*) FROM actions"), std::optional<std::int64_t>(0));
    }

    void aRowAColleagueChangedFirstIsNotWrittenOver()
    {
        TeamBook team;
        QVERIFY2(team.build(m_book.book->path()), qPrintable(team.database.why()));
        WritableCopy dana(team.database, team.dana);
        const std::int64_t id = logAction(dana.connection(), renewalCall(m_odd));

        // Mo changes it on the server; Dana's copy has not read that yet.
        pg::Connection mo(team.database.uriAs(team.mo));
        mo.exec(QStringLiteral("UPDATE actions SET summary = 'Renewal call: signed' WHERE id = %1")
                    .arg(id)
                    .toStdString());
        auto stale = playbooks::loadAction(dana.connection(), id);
        QVERIFY(stale);
        stale->outcome = QStringLiteral("Quote sent");
        const QString message = refusal(dana.connection(), BookError::Kind::Conflict, [&] {
            playbooks::updateAction(dana.connection(), *stale);
        });
        QVERIFY2(message.contains(QStringLiteral("Someone else changed an action")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Mo Reyes")), qPrintable(message));
        // Neither side took Dana's change.
        QCOMPARE(playbooks::loadAction(dana.connection(), id)->outcome,
                 QStringLiteral("Sends the quote"));
        pg::Connection server(team.database.uri());
        QCOMPARE(
            server.queryText("SELECT outcome FROM actions WHERE id = $1", {QString::number(id)}),
            std::optional(QStringLiteral("Sends the quote")));
        QCOMPARE(serverSummary(server, id), std::optional(QStringLiteral("Renewal call: signed")));

        // Deleted by Mo: Dana's deletion and change are refused as such.
        mo.exec(QStringLiteral("DELETE FROM actions WHERE id = %1").arg(id).toStdString());
        const QString deleted = refusal(dana.connection(), BookError::Kind::Conflict,
                                        [&] { playbooks::deleteAction(dana.connection(), id); });
        QVERIFY2(deleted.contains(QStringLiteral("Someone else deleted an action")),
                 qPrintable(deleted));
        QVERIFY(playbooks::loadAction(dana.connection(), id).has_value());

        // Two copies read at once take the same next id: the second is refused.
        WritableCopy first(team.database, team.dana);
        WritableCopy second(team.database, team.mo);
        logAction(first.connection(), renewalCall(m_odd));
        const QString same = refusal(second.connection(), BookError::Kind::Conflict, [&] {
            playbooks::addAction(second.connection(), renewalCall(m_odd));
        });
        QVERIFY2(same.contains(QStringLiteral("at the same moment")), qPrintable(same));
    }

    void whatTheLoginMayNotDoIsRefusedAndNothingChanges()
    {
        TeamBook team;
        QVERIFY2(team.build(m_book.book->path()), qPrintable(team.database.why()));
        WritableCopy dana(team.database, team.dana);
        const QStringList before = test::dumpBook(dana.snapshot->path());

        // A CSM may not change the book's conventions, nor billing.
        const QString conventions = refusal(dana.connection(), BookError::Kind::Io, [&] {
            store::writeBookMeta(dana.connection(), QStringLiteral("base_currency"),
                                 QStringLiteral("EUR"));
        });
        QVERIFY2(conventions.contains(QStringLiteral("may not make this change")),
                 qPrintable(conventions));
        QVERIFY2(conventions.contains(team.dana), qPrintable(conventions));
        const QString billing = refusal(dana.connection(), BookError::Kind::Io, [&] {
            dana.connection().exec("DELETE FROM subscription_periods");
        });
        QVERIFY2(billing.contains(QStringLiteral("may not make this change")), qPrintable(billing));

        // A write outside a transaction cannot be forwarded, so it is refused.
        bool refused = false;
        try {
            dana.connection().exec("INSERT INTO owner_reviews VALUES ('Dana', '2026-12-07')");
        } catch (const BookError&) {
            refused = true;
        }
        QVERIFY(refused);

        // A server known to be out of reach refuses at once, saying so.
        dana.writer->setUnreachable(QStringLiteral("connection refused"));
        const QString away = refusal(dana.connection(), BookError::Kind::Io, [&] {
            playbooks::addAction(dana.connection(), renewalCall(m_odd));
        });
        QVERIFY2(away.contains(QStringLiteral("cannot be reached (connection refused)")),
                 qPrintable(away));

        QCOMPARE(test::dumpBook(dana.snapshot->path()), before);
        const pg::ServerSnapshot server(team.database.uri());
        QCOMPARE(test::dumpBook(server.path()), before);
    }

    // A merge of two accounts changes and deletes rows in most tables, some
    // through their keys: the server ends with what the copy has.
    void aMergeReachesTheServerWhole()
    {
        TeamBook team;
        QVERIFY2(team.build(m_book.book->path()), qPrintable(team.database.why()));
        WritableCopy mo(team.database, team.mo);
        // A second record of A09 that a CRM import made, with its own work.
        std::int64_t from = 0;
        {
            store::Transaction transaction(mo.connection());
            mo.connection().exec("INSERT INTO accounts(name, owner) VALUES ('A09 (CRM)', 'Dana "
                                 "Whitfield')");
            from = mo.connection().lastInsertId();
            auto id = mo.connection().prepare(
                "INSERT INTO account_external_ids(source, external_id, account_id) "
                "VALUES ('hubspot', '90017', ?)");
            id.bind(1, from).exec();
            transaction.commit();
        }
        logAction(mo.connection(), renewalCall(from));
        logAction(mo.connection(), renewalCall(from));
        const std::int64_t into = m_book.accountId(QStringLiteral("A09"));
        const accounts::AccountMerge merge = accounts::mergeAccounts(mo.connection(), from, into);
        QCOMPARE(merge.movedRows(), 3);

        const pg::ServerSnapshot server(team.database.uri());
        store::Connection serverCopy(server.path(), store::Connection::Mode::ReadOnly);
        const QString scratch = m_book.folder->path(QStringLiteral("scratch.tenure"));
        const QStringList onServer = contentOf(serverCopy, scratch);
        QVERIFY(onServer.size() > 1000);
        QCOMPARE(onServer, contentOf(mo.connection(), scratch));
        pg::Connection admin(team.database.uri());
        QCOMPARE(
            admin.queryInt("SELECT count(*) FROM accounts WHERE id = $1", {QString::number(from)}),
            std::optional<std::int64_t>(0));
    }

    // tenure import --book URI: the files the CSV-built book was imported
    // from, into a team book that holds none of them yet, land on the server
    // as in the file; again, they change nothing; a rejected row, or a login
    // that may not import, leaves the server as it was.
    void importingIntoATeamBookGoesThroughTheServer()
    {
        TeamBook team;
        QVERIFY2(buildEmpty(team, QStringLiteral("empty.tenure")), qPrintable(team.database.why()));
        const QStringList files = csvFiles();
        const auto import = [&](const QString& login, const QStringList& csv) {
            return test::runTenure(QStringList{QStringLiteral("import"), QStringLiteral("--book"),
                                               team.database.uriAs(login)} +
                                   csv);
        };
        const auto onServer = [&] {
            const pg::ServerSnapshot server(team.database.uri());
            return withoutWhen(test::dumpBook(server.path()));
        };
        const QStringList before = onServer();

        const Run csm = import(team.dana, files);
        QCOMPARE(csm.exitCode, 1);
        QVERIFY2(csm.err.contains(QStringLiteral("may not make this change")), qPrintable(csm.err));
        QCOMPARE(onServer(), before);

        const Run first = import(team.mo, files);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QStringList inFile = withoutWhen(test::dumpBook(m_book.book->path()));
        const QStringList imported = onServer();
        QVERIFY(imported.size() > 1000);
        QCOMPARE(imported, inFile);

        const Run again = import(team.mo, files);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(onServer(), imported);

        const QString bad = m_book.folder->write(
            QStringLiteral("more.csv"), "account_id,account_name,owner,segment,seats,created_"
                                        "on\nZ01,Zeta Corp,Dana,SMB,20,2025-13-45\n");
        const Run rejected = import(team.mo, {bad});
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.err.contains(QStringLiteral("more.csv:2:")), qPrintable(rejected.err));
        QCOMPARE(onServer(), imported);
    }

    // tenure accounts merge --book URI: a CSM may not merge accounts; a
    // manager's merge moves the duplicate's rows on the server.
    void mergingAccountsOfATeamBookFromTheCommandLine()
    {
        TeamBook team;
        QVERIFY2(team.build(m_book.book->path()), qPrintable(team.database.why()));
        pg::Connection admin(team.database.uri());
        const QString duplicate = QString::number(
            admin
                .queryInt("INSERT INTO accounts(name, owner) VALUES ('A09 (CRM)', 'Dana "
                          "Whitfield') RETURNING id")
                .value());
        admin.query("INSERT INTO actions(account_id, occurred_on, kind, summary) "
                    "VALUES ($1, '2026-11-02', 'meeting', 'Kick-off')",
                    {duplicate});
        const QString into = QString::number(m_book.accountId(QStringLiteral("A09")));
        const auto merge = [&](const QString& login) {
            return test::runTenure({QStringLiteral("accounts"), QStringLiteral("merge"),
                                    QStringLiteral("--book"), team.database.uriAs(login),
                                    QStringLiteral("--from"), duplicate, QStringLiteral("--into"),
                                    into});
        };
        const auto actionOwner = [&] {
            return admin.queryText("SELECT account_id FROM actions WHERE summary = 'Kick-off'");
        };

        const Run csm = merge(team.dana);
        QCOMPARE(csm.exitCode, 1);
        QVERIFY2(csm.err.contains(QStringLiteral("may not make this change")), qPrintable(csm.err));
        QCOMPARE(actionOwner(), std::optional(duplicate));

        const Run manager = merge(team.mo);
        QVERIFY2(manager.exitCode == 0, qPrintable(manager.err));
        QCOMPARE(actionOwner(), std::optional(into));
        QCOMPARE(admin.queryInt("SELECT count(*) FROM accounts WHERE id = $1", {duplicate}),
                 std::optional<std::int64_t>(0));
    }

    // A reading command reads a team book from the copy kept from its last
    // read as long as the server records no change since, and afresh after
    // one: what it prints is the book's as it is now, every time.
    void aTeamBookUnchangedSinceItsLastReadIsNotDownloadedAgain()
    {
        TeamBook team;
        QVERIFY2(team.build(m_book.book->path()), qPrintable(team.database.why()));
        const QTemporaryDir cache;
        const QByteArray cacheBefore = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
        const auto metrics = [](const QString& book) {
            return test::runTenure({QStringLiteral("metrics"), QStringLiteral("--book"), book,
                                    QStringLiteral("--period"), QStringLiteral("month"),
                                    QStringLiteral("--as-of"), QStringLiteral("2026-12-31"),
                                    QStringLiteral("--json")});
        };
        const QString uri = team.database.uriAs(team.mo);
        const QString kept = pg::ServerSnapshot::keptPath(uri);
        QVERIFY(kept.startsWith(cache.path()));
        // Which file the kept copy is: a newer read replaces it by another.
        const auto keptFile = [&] {
            struct stat status
            {
            };
            return ::stat(QFile::encodeName(kept).constData(), &status) == 0
                       ? static_cast<std::int64_t>(status.st_ino)
                       : std::int64_t{-1};
        };

        const Run first = metrics(uri);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out, metrics(m_book.book->path()).out);
        const std::int64_t firstCopy = keptFile();
        QVERIFY(firstCopy >= 0);

        const Run again = metrics(uri);
        QCOMPARE(again.out, first.out);
        QCOMPARE(keptFile(), firstCopy); // not read again

        pg::Connection admin(team.database.uri());
        admin.exec("UPDATE subscription_periods SET mrr_minor = mrr_minor * 2 "
                   "WHERE id = (SELECT min(id) FROM subscription_periods)");
        const Run changed = metrics(uri);
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY(changed.out != first.out);
        QVERIFY(keptFile() != firstCopy);
        QCOMPARE(metrics(uri).out, changed.out);

        // Another team book made the same way has as many changes recorded,
        // and still never reads as this one.
        TeamBook other;
        QVERIFY(other.build(m_book.book->path()));
        pg::Connection mine(team.database.uri());
        pg::Connection theirs(other.database.uri());
        // As many statements on both: this one had its subscription changed.
        theirs.exec("UPDATE subscription_periods SET mrr_minor = mrr_minor WHERE false");
        const auto mineSays = pg::recordedChanges(mine);
        const auto theirsSay = pg::recordedChanges(theirs);
        QVERIFY(mineSays && theirsSay);
        QCOMPARE(mineSays->section(u'/', 0, 0), theirsSay->section(u'/', 0, 0));
        QVERIFY(*mineSays != *theirsSay);

        if (cacheBefore.isNull())
            qunsetenv("XDG_CACHE_HOME");
        else
            qputenv("XDG_CACHE_HOME", cacheBefore);
    }

    // A copy brought up to date reads again only the tables changed since it
    // was read, and then holds what a fresh read holds; a change to who sees
    // which accounts asks for a whole read instead.
    void aCopyReadsAgainOnlyTheTablesChangedSince()
    {
        TeamBook team;
        QVERIFY2(team.build(m_book.book->path()), qPrintable(team.database.why()));
        const QString uri = team.database.uriAs(team.mo);
        const QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("copy.tenure"));
        const pg::CopySummary read = pg::copyServerToFile(uri, copy);
        QVERIFY(!read.snapshot.isEmpty());
        QVERIFY(read.tablesRead.size() > 10);

        pg::Connection colleague(team.database.uriAs(team.dana));
        colleague.query("INSERT INTO actions(account_id, occurred_on, kind, summary) "
                        "VALUES ($1, '2026-12-03', 'call', 'Champion moved on')",
                        {QString::number(m_odd)});
        colleague.exec("UPDATE tasks SET title = title WHERE false"); // a statement, no row
        const auto refreshed = pg::refreshChangedTables(uri, copy, read.snapshot);
        QVERIFY(refreshed);
        QCOMPARE(refreshed->tablesRead,
                 (QStringList{QStringLiteral("tasks"), QStringLiteral("actions")}));
        const pg::ServerSnapshot fresh(uri);
        QCOMPARE(test::dumpBook(copy), test::dumpBook(fresh.path()));

        // Nothing changed since: nothing is read.
        const auto again = pg::refreshChangedTables(uri, copy, refreshed->snapshot);
        QVERIFY(again);
        QVERIFY(again->tablesRead.isEmpty());

        pg::Connection admin(team.database.uri());
        admin.exec(QStringLiteral("UPDATE team_members SET display_name = 'Dana W.' WHERE "
                                  "role_name = '%1'")
                       .arg(team.dana)
                       .toStdString());
        QVERIFY(!pg::refreshChangedTables(uri, copy, refreshed->snapshot));
    }

    // The import wizard's job on a team book's copy (the window's import):
    // its commits reach the server as the command line's do, and a login
    // that may not import changes nothing.
    void theWindowsImportJobWritesThroughTheServer()
    {
        TeamBook team;
        QVERIFY2(buildEmpty(team, QStringLiteral("empty-job.tenure")),
                 qPrintable(team.database.why()));
        const QStringList files = csvFiles();
        const auto importAs = [&](const QString& login) {
            const pg::ServerSnapshot copy(team.database.uriAs(login));
            import::ImportJob job;
            QSignalSpy finished(&job, &import::ImportJob::finished);
            job.start(copy.path(), files, {}, {}, [uri = team.database.uriAs(login)] {
                return std::make_shared<pg::ServerWriter>(uri);
            });
            const bool done = finished.wait(60000);
            return done ? job.result() : import::ImportResult{};
        };
        const auto onServer = [&] {
            const pg::ServerSnapshot server(team.database.uri());
            return withoutWhen(test::dumpBook(server.path()));
        };
        const QStringList before = onServer();

        const import::ImportResult refused = importAs(team.dana);
        QVERIFY2(refused.error.contains(QStringLiteral("may not make this change")),
                 qPrintable(refused.error));
        QCOMPARE(onServer(), before);

        const import::ImportResult imported = importAs(team.mo);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        QVERIFY(imported.outcome.committed);
        QCOMPARE(onServer(), withoutWhen(test::dumpBook(m_book.book->path())));
    }

private:
    // `team` holding an empty book (`name`, in the book's folder): no account yet.
    bool buildEmpty(TeamBook& team, const QString& name) const
    {
        const QString empty = m_book.folder->path(name);
        QFile::remove(empty);
        store::Book::create(empty);
        return team.build(empty);
    }

    // The CSV files the book was built from.
    QStringList csvFiles() const
    {
        QStringList files;
        for (const char* name : {"accounts.csv", "subscriptions.csv", "usage.csv", "surveys.csv"})
            files.append(m_book.folder->path(QString::fromLatin1(name)));
        return files;
    }

    test::CsvBook m_book;
    std::int64_t m_odd = 0;
};

TENURE_TEST_MAIN(TestServerWriter)
#include "tst_serverwriter.moc"
