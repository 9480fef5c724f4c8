#include "common/tempbook.h"
#include "common/testmain.h"
#include "importtesthelpers.h"

#include <QFileInfo>
#include <QProcess>

using namespace tenure;

// `tenure import` as a user runs it, and as a user kills it.
class ImportCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndPrintsSummary();
    void rejectedRowsExitOneAndChangeNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void killedImportLeavesBookAsItWas_data();
    void killedImportLeavesBookAsItWas();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Run tenure(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TENURE_EXECUTABLE), arguments);
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

void ImportCliTest::importsAndPrintsSummary()
{
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    const Run run = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                            QStringLiteral("--create"), test::fixture("stripe_subscriptions.csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("4 added")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Stripe subscriptions")));

    const Run again = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                              test::fixture("stripe_subscriptions.csv")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("4 unchanged")), qPrintable(again.out));
}

void ImportCliTest::rejectedRowsExitOneAndChangeNothing()
{
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    const QString bad = folder.write(
        QStringLiteral("bad.csv"), "account_id,start_date,mrr\nA1,2024-01-01,10\nA2,someday,10\n");
    const Run run = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                            QStringLiteral("--create"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv:3:2: ")), qPrintable(run.err));
    auto opened = store::Book::open(book);
    QCOMPARE(test::count(*opened, "subscription_periods"), 0);
    opened.reset();

    const QString rejects = folder.path(QStringLiteral("rejects.csv"));
    const Run skipping =
        tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects, bad});
    QCOMPARE(skipping.exitCode, 0);
    QVERIFY(test::readAll(rejects).contains("bad.csv,3,2,start_date,someday,"));
    opened = store::Book::open(book);
    QCOMPARE(test::count(*opened, "subscription_periods"), 1);
}

void ImportCliTest::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString csv = test::fixture("generic_subscriptions.csv");
    QTest::newRow("no book") << QStringList{csv};
    QTest::newRow("no files") << QStringList{QStringLiteral("--book"), QStringLiteral("x.tenure")};
    QTest::newRow("unknown kind") << QStringList{
        QStringLiteral("--book"), QStringLiteral("x.tenure"), QStringLiteral("--kind"),
        QStringLiteral("cats"), csv};
    QTest::newRow("unknown preset")
        << QStringList{QStringLiteral("--book"), QStringLiteral("x.tenure"),
                       QStringLiteral("--preset"), QStringLiteral("sap"), csv};
    QTest::newRow("missing file") << QStringList{
        QStringLiteral("--book"), QStringLiteral("x.tenure"), QStringLiteral("/nonexistent.csv")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
}

void ImportCliTest::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(QStringLiteral("import"));
    QCOMPARE(tenure(arguments).exitCode, 2);
}

void ImportCliTest::killedImportLeavesBookAsItWas_data()
{
    QTest::addColumn<bool>("anotherConnection");
    // Alone, a bulk import switches the book to a rollback journal; beside
    // another open connection it keeps the write-ahead log. Both must survive.
    QTest::newRow("alone: rollback journal") << false;
    QTest::newRow("beside a reader: write-ahead log") << true;
}

void ImportCliTest::killedImportLeavesBookAsItWas()
{
    QFETCH(bool, anotherConnection);
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    QCOMPARE(tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                     QStringLiteral("--create"), test::fixture("stripe_subscriptions.csv")})
                 .exitCode,
             0);

    // Big enough to take seconds and to outgrow the import's page cache:
    // a million monthly invoice lines.
    QByteArray csv = "account_id,line_id,period_start,period_end,amount,currency\n";
    for (int i = 0; i < 1000000; ++i) {
        csv += "C" + QByteArray::number(i % 20000) + ",L" + QByteArray::number(i) +
               ",2024-01-01,2024-02-01,19.00,USD\n";
    }
    const QString big = folder.write(QStringLiteral("big.csv"), csv);

    std::unique_ptr<store::Book> reader;
    if (anotherConnection) {
        reader = store::Book::open(book, store::Book::Access::ReadOnly);
        QCOMPARE(test::count(*reader, "accounts"), 4); // a reader that has read holds the log open
    }
    const QString wal = book + QStringLiteral("-wal");
    const QString journal = book + QStringLiteral("-journal");
    const auto onDisk = [&] {
        return QFileInfo(book).size() + QFileInfo(wal).size();
    };
    const qint64 before = onDisk();

    QProcess child;
    child.start(QStringLiteral(TENURE_EXECUTABLE),
                {QStringLiteral("import"), QStringLiteral("--book"), book, big});
    QVERIFY(child.waitForStarted());
    // Kill it once it is writing pages: the book or its log has grown.
    QElapsedTimer waited;
    waited.start();
    while (onDisk() < before + 4 * 1024 * 1024 && waited.elapsed() < 30000 &&
           child.state() == QProcess::Running)
        QTest::qWait(20);
    QVERIFY2(child.state() == QProcess::Running, "the import finished before it could be killed");
    QCOMPARE(QFileInfo::exists(journal), !anotherConnection);
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    reader.reset();

    // Read-only, the hardest way back in: SQLite rolls a journal back only
    // through a connection that may write.
    auto opened = store::Book::open(book, store::Book::Access::ReadOnly);
    QCOMPARE(opened->connection().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    QVERIFY(!QFileInfo::exists(journal));
    QCOMPARE(test::count(*opened, "subscription_periods"), 4);
    QCOMPARE(test::count(*opened, "accounts"), 4);
    QCOMPARE(test::count(*opened, "imports"), 1);
    QCOMPARE(opened->connection().queryInt(
                 "SELECT count(*) FROM sqlite_schema WHERE name = 'subscription_periods_account'"),
             1);
    // Opened to write, the book is back on its write-ahead log.
    opened = store::Book::open(book);
    QCOMPARE(opened->connection().queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
}

TENURE_TEST_MAIN(ImportCliTest)
#include "tst_importcli.moc"
