// RollbackJournal: a bulk load's switch from the write-ahead log to a rollback
// journal, only when the book is its own, and back again.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"
#include "store/rollbackjournal.h"
#include "store/sqlite.h"

#include <QElapsedTimer>

using tenure::store::Book;
using tenure::store::Connection;
using tenure::store::RollbackJournal;
using tenure::test::TempFolder;

class RollbackJournalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchesWhenAloneAndBackAfter();
    void keepsTheLogBesideAReaderWithoutWaiting();
    void committedWritesSurviveTheSwitchBack();
};

void RollbackJournalTest::switchesWhenAloneAndBackAfter()
{
    TempFolder folder;
    auto book = Book::create(folder.path(QStringLiteral("book.tenure")), QStringLiteral("USD"));
    Connection& connection = book->connection();
    QCOMPARE(connection.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(connection.queryInt("PRAGMA synchronous"), 1); // NORMAL
    const auto busyTimeout = connection.queryInt("PRAGMA busy_timeout");
    {
        RollbackJournal journal(connection);
        QVERIFY(journal.active());
        QCOMPARE(connection.queryText("PRAGMA journal_mode"), QStringLiteral("delete"));
        QCOMPARE(connection.queryInt("PRAGMA synchronous"), 2); // FULL
        QCOMPARE(connection.queryInt("PRAGMA busy_timeout"), busyTimeout);
    }
    QCOMPARE(connection.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(connection.queryInt("PRAGMA synchronous"), 1);
}

void RollbackJournalTest::keepsTheLogBesideAReaderWithoutWaiting()
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("book.tenure"));
    auto book = Book::create(path, QStringLiteral("USD"));
    auto reader = Book::open(path, Book::Access::ReadOnly);
    QCOMPARE(reader->connection().queryInt("SELECT count(*) FROM accounts"), 0);

    Connection& connection = book->connection();
    const auto busyTimeout = connection.queryInt("PRAGMA busy_timeout");
    QVERIFY(busyTimeout > 0);
    QElapsedTimer timer;
    timer.start();
    {
        RollbackJournal journal(connection);
        QVERIFY(!journal.active());
        QCOMPARE(connection.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    }
    // Asked once, not after the usual wait for a busy book.
    QVERIFY2(timer.elapsed() < *busyTimeout, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(connection.queryInt("PRAGMA busy_timeout"), busyTimeout);
    QCOMPARE(connection.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
}

void RollbackJournalTest::committedWritesSurviveTheSwitchBack()
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("book.tenure"));
    {
        auto book = Book::create(path, QStringLiteral("USD"));
        RollbackJournal journal(book->connection());
        QVERIFY(journal.active());
        book->connection().exec("BEGIN; INSERT INTO accounts(name) VALUES ('Acme'); COMMIT");
    }
    auto reopened = Book::open(path, Book::Access::ReadOnly);
    QCOMPARE(reopened->connection().queryText("SELECT name FROM accounts"), QStringLiteral("Acme"));
}

TENURE_TEST_MAIN(RollbackJournalTest)
#include "tst_rollbackjournal.moc"
