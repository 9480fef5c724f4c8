// A server book announces every committed change (LISTEN/NOTIFY), and a
// window's listener hears other connections' commits, one change per commit,
// within a second, without its own.
#include "common/testmain.h"
#include "store/booktables.h"
#include "store/postgres/changelistener.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/serverschema.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>
#include <vector>

using tenure::store::BookChange;
using tenure::store::postgres::ChangeListener;
using tenure::store::postgres::Connection;
using tenure::test::TestDatabase;
namespace pg = tenure::store::postgres;

namespace {

BookChange::Parts partsOf(const QSignalSpy& spy, int index)
{
    return spy.at(index).first().value<BookChange>().parts;
}

} // namespace

class TestChangeListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBookTableMeansAPart()
    {
        for (const QString& table : tenure::store::standardBookTableNames()) {
            if (table == u"demo_truth") // the demo's answers, read only by its tests
                continue;
            QVERIFY2(pg::partsOfTable(table) != BookChange::Parts(BookChange::Everything),
                     qPrintable(table));
        }
        QCOMPARE(pg::partsOfTable(QStringLiteral("tasks")), BookChange::Parts(BookChange::Tasks));
        QCOMPARE(pg::partsOfTable(QStringLiteral("a_table_of_tomorrow")),
                 BookChange::Parts(BookChange::Everything));
    }

    void anotherConnectionsCommitIsHeardWithinASecond()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection writer(database.uri());
        pg::applyServerMigrations(writer);
        ChangeListener listener(database.uri());
        QSignalSpy changed(&listener, &ChangeListener::changed);

        // Twenty commits, one at a time: each heard alone, and how soon.
        std::vector<qint64> microseconds;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer clock;
            clock.start();
            writer.query("INSERT INTO accounts(name) VALUES ($1)",
                         {QStringLiteral("Account %1").arg(i)});
            QVERIFY(changed.wait(1000));
            microseconds.push_back(clock.nsecsElapsed() / 1000);
            QCOMPARE(partsOf(changed, changed.size() - 1), BookChange::Parts(BookChange::Accounts));
        }
        QCOMPARE(changed.size(), 20);
        std::sort(microseconds.begin(), microseconds.end());
        qInfo("a commit reached the listener in %lld us (median of 20), %lld us at most",
              static_cast<long long>(microseconds[10]),
              static_cast<long long>(microseconds.back()));
        QVERIFY(microseconds.back() < 1'000'000);
    }

    void oneCommitIsOneChangeAndARollbackNone()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection writer(database.uri());
        pg::applyServerMigrations(writer);
        ChangeListener listener(database.uri());
        QSignalSpy changed(&listener, &ChangeListener::changed);

        writer.exec("BEGIN; INSERT INTO accounts(id, name) VALUES (1, 'Acme'); "
                    "INSERT INTO actions(account_id, occurred_on, kind, summary) "
                    "VALUES (1, '2026-06-01', 'call', 'Renewal call'); "
                    "INSERT INTO tasks(account_id, title, due_on) "
                    "VALUES (1, 'Send the deck', '2026-06-08'); COMMIT");
        QVERIFY(changed.wait(1000));
        QVERIFY(!changed.wait(300)); // the three tables came as one change
        QCOMPARE(partsOf(changed, 0),
                 BookChange::Accounts | BookChange::Actions | BookChange::Tasks);

        writer.exec("BEGIN; UPDATE tasks SET status = 'done'; ROLLBACK");
        QVERIFY(!changed.wait(500));
        QCOMPARE(changed.size(), 1);
    }

    void aWindowDoesNotHearItsOwnWrites()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection own(database.uri());
        pg::applyServerMigrations(own);
        Connection colleague(database.uri());
        ChangeListener listener(database.uri());
        listener.ignoreBackend(std::make_shared<std::atomic<int>>(own.serverProcessId()));
        QSignalSpy changed(&listener, &ChangeListener::changed);

        own.exec("INSERT INTO accounts(name) VALUES ('Mine')");
        QVERIFY(!changed.wait(500));
        colleague.exec("INSERT INTO playbooks(code, name) VALUES ('qbr', 'Quarterly review')");
        QVERIFY(changed.wait(1000));
        QCOMPARE(partsOf(changed, 0), BookChange::Parts(BookChange::Playbooks));
    }

    // The server ends the listener's connection (as when it restarts, or an
    // administrator ends it): the listener says it is lost.
    void aBrokenConnectionIsSaidToBeLost()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        Connection admin(database.uri());
        pg::applyServerMigrations(admin);
        ChangeListener listener(database.uri());
        QSignalSpy lost(&listener, &ChangeListener::lost);
        QVERIFY(!lost.wait(200));
        admin.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        QVERIFY(lost.wait(5000));
    }
};

TENURE_TEST_MAIN(TestChangeListener)
#include "tst_changelistener.moc"
