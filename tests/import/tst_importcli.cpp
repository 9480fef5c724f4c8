#include "common/tempbook.h"
#include "common/testmain.h"
#include "importtesthelpers.h"
#include "store/book.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
    void missingFileAndRejectsFile();
    void inspectShowsHowTheFileIsRead();
    void folderMapAndRatesFromTheCommandLine();
    void savedMappingIsReusedByName();
    void missingRatesSayHowToAddThem();
    void secondWriterWaitsThenIsToldBusy();
    void createdBookExistsOnlyOnceAnImportLanded();
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
    QVERIFY(!QFileInfo::exists(book)); // nothing landed, so no book was made

    const QString rejects = folder.path(QStringLiteral("rejects.csv"));
    const Run skipping = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                                 QStringLiteral("--create"), QStringLiteral("--skip-invalid"),
                                 QStringLiteral("--rejects"), rejects, bad});
    QCOMPARE(skipping.exitCode, 0);
    QVERIFY(test::readAll(rejects).contains("bad.csv,3,2,start_date,someday,"));
    auto opened = store::Book::open(book);
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
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("bad units") << QStringList{QStringLiteral("--book"), QStringLiteral("x.tenure"),
                                              QStringLiteral("--amounts"),
                                              QStringLiteral("dollars"), csv};
    QTest::newRow("bad interval") << QStringList{
        QStringLiteral("--book"), QStringLiteral("x.tenure"), QStringLiteral("--interval"),
        QStringLiteral("fortnightish"), csv};
    QTest::newRow("bad map") << QStringList{QStringLiteral("--book"), QStringLiteral("x.tenure"),
                                            QStringLiteral("--map"), QStringLiteral("Owner=boss"),
                                            csv};
    QTest::newRow("save mapping of two files") << QStringList{QStringLiteral("--book"),
                                                              QStringLiteral("x.tenure"),
                                                              QStringLiteral("--save-mapping"),
                                                              QStringLiteral("crm"),
                                                              csv,
                                                              csv};
}

void ImportCliTest::inspectShowsHowTheFileIsRead()
{
    const Run run = tenure({QStringLiteral("import"), QStringLiteral("--inspect"),
                            test::fixture("vendors/chargebee_subscriptions_bracketed.csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("read as: Chargebee subscriptions")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("subscription[plan_unit_price]")),
             qPrintable(run.out));
    // The first row typed, with the MRR it comes to: 2 × 25.00 a month.
    QVERIFY2(run.out.contains(QStringLiteral("MRR 50.00 USD")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("current_period_end=2024-07-15")),
             qPrintable(run.out));

    test::TempFolder folder;
    const QString cents = folder.write(QStringLiteral("cents.csv"),
                                       "account_id,start_date,mrr\nA1,2024-01-01,4900\n");
    const Run asked = tenure({QStringLiteral("import"), QStringLiteral("--inspect"), cents});
    QCOMPARE(asked.exitCode, 0);
    QVERIFY2(asked.out.contains(QStringLiteral("--amounts minor")), qPrintable(asked.out));

    // A chart with one column per date says so, and its first row reads as
    // the first date's; SurveyMonkey's header is its first two lines.
    const Run wide = tenure({QStringLiteral("import"), QStringLiteral("--inspect"),
                             test::fixture("vendors/cs/amplitude_active_users_wide.csv")});
    QCOMPARE(wide.exitCode, 0);
    QVERIFY2(wide.out.contains(QStringLiteral("one column per date: columns 2 to 5 (2024-06-03 "
                                              "to 2024-06-24) each give a row of 7 days")) &&
                 wide.out.contains(QStringLiteral(
                     "line 4: account_name=Acme Inc, date=2024-06-03, active_users=12")),
             qPrintable(wide.out));
    const Run twoRows = tenure({QStringLiteral("import"), QStringLiteral("--inspect"),
                                test::fixture("vendors/cs/surveymonkey_responses.csv")});
    QVERIFY2(twoRows.out.contains(QStringLiteral("header: lines 1 and 2")) &&
                 twoRows.out.contains(QStringLiteral("line 3: account_name=Acme Inc")),
             qPrintable(twoRows.out));
}

// A folder of ChartMogul's linked files, a CRM list with its own headers,
// and amounts in euros with a rate typed on the command line.
void ImportCliTest::folderMapAndRatesFromTheCommandLine()
{
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    const QString linked = folder.path(QStringLiteral("chartmogul"));
    QVERIFY(QDir().mkpath(linked));
    for (const char* name : {"chartmogul_customers.csv", "chartmogul_invoices.csv",
                             "chartmogul_line_items.csv", "chartmogul_plans.csv"}) {
        QVERIFY(QFile::copy(test::fixture((std::string("vendors/") + name).c_str()),
                            linked + u'/' + QLatin1String(name)));
    }
    const Run run = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                            QStringLiteral("--create"), QStringLiteral("--rate"),
                            QStringLiteral("EUR=1.25"), linked});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("5 added")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("lend their columns to chartmogul_line_items.csv")),
             qPrintable(run.out));
    // On 2024-06-15 (the latest start): Acme 50, Beta 100, Gamma 90, Echo 120 EUR.
    QVERIFY2(run.out.contains(QStringLiteral("$390.00")), qPrintable(run.out));

    const QString crm = folder.write(QStringLiteral("crm.csv"),
                                     "Record ID,Company Name,Account Owner\n801,Acme,Dana\n");
    const Run mapped =
        tenure({QStringLiteral("import"), QStringLiteral("--book"), book, QStringLiteral("--map"),
                QStringLiteral("Record ID=account_id,Company Name=account_name"),
                QStringLiteral("--map"), QStringLiteral("Account Owner=owner"), crm});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    QVERIFY2(mapped.out.contains(QStringLiteral("1 added")), qPrintable(mapped.out));
}

void ImportCliTest::savedMappingIsReusedByName()
{
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    const QString first = folder.write(QStringLiteral("crm1.csv"),
                                       "Record ID,Company Name,Account Owner\n801,Acme,Dana\n");
    const Run saved = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                              QStringLiteral("--create"), QStringLiteral("--map"),
                              QStringLiteral("Record ID=account_id,Company Name=account_name,"
                                             "Account Owner=owner"),
                              QStringLiteral("--save-mapping"), QStringLiteral("crm"), first});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    // Next month's export has a column more and another order.
    const QString second =
        folder.write(QStringLiteral("crm2.csv"),
                     "Account Owner,Industry,Company Name,Record ID\nLee,Retail,Beta,802\n");
    const Run reused = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                               QStringLiteral("--mapping"), QStringLiteral("crm"), second});
    QVERIFY2(reused.exitCode == 0, qPrintable(reused.err));
    QVERIFY2(reused.out.contains(QStringLiteral("1 added")), qPrintable(reused.out));
    const Run unknown = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                                QStringLiteral("--mapping"), QStringLiteral("hubspot"), second});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("saved: crm")), qPrintable(unknown.err));
}

// A second import into a book a first one is writing (a bulk load, which
// holds the book in a rollback journal) waits for it, as the README says:
// it either goes in once the first has finished, or after two seconds is
// told the book is busy. It is never refused at once, and never half-written.
void ImportCliTest::secondWriterWaitsThenIsToldBusy()
{
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    QByteArray big = "account_id,start_date,mrr\n";
    for (int i = 0; i < 400000; ++i)
        big += "B" + QByteArray::number(i) + ",2024-01-01,10.00\n";
    const QString first = folder.write(QStringLiteral("big.csv"), big);
    const QString second = folder.write(QStringLiteral("small.csv"),
                                        "account_id,start_date,mrr\nS1,2024-01-01,5.00\n");
    QCOMPARE(tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                     QStringLiteral("--create"), second})
                 .exitCode,
             0);
    const QString again = folder.write(QStringLiteral("again.csv"),
                                       "account_id,start_date,mrr\nS2,2024-01-01,5.00\n");
    QProcess writer;
    writer.start(QStringLiteral(TENURE_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral("--book"), book, first});
    QVERIFY(writer.waitForStarted());
    QTest::qWait(300); // the first is reading its file and writing
    QElapsedTimer clock;
    clock.start();
    const Run run = tenure({QStringLiteral("import"), QStringLiteral("--book"), book, again});
    const qint64 waited = clock.elapsed();
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitCode(), 0);
    auto opened = store::Book::open(book, store::Book::Access::ReadOnly);
    const auto rows = opened->connection().queryInt("SELECT count(*) FROM subscription_periods");
    if (run.exitCode == 0) {
        QCOMPARE(rows.value(), 400002);
    } else {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("being changed by another")), qPrintable(run.err));
        QVERIFY2(waited >= 1900, qPrintable(QString::number(waited)));
        QCOMPARE(rows.value(), 400001);
    }
}

void ImportCliTest::createdBookExistsOnlyOnceAnImportLanded()
{
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    const QString bad =
        folder.write(QStringLiteral("bad.csv"), "account_id,start_date,mrr\nA1,2024-02-30,1\n");
    const QString unknown = folder.write(QStringLiteral("odd.csv"), "x,y\n1,2\n");
    const QString good = test::fixture("generic_subscriptions.csv");
    const auto onlyInputs = [&folder] {
        return QDir(folder.path(QString()))
            .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    };
    const QStringList inputs = onlyInputs();
    for (const QStringList& arguments :
         {QStringList{bad}, QStringList{unknown}, QStringList{QStringLiteral("--dry-run"), good}}) {
        const Run run = tenure(QStringList{QStringLiteral("import"), QStringLiteral("--book"), book,
                                           QStringLiteral("--create")} +
                               arguments);
        QVERIFY2(onlyInputs() == inputs, qPrintable(onlyInputs().join(u' ')));
        QCOMPARE(run.exitCode, arguments.contains(QStringLiteral("--dry-run")) ? 0 : 1);
    }
    QCOMPARE(tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                     QStringLiteral("--create"), good})
                 .exitCode,
             0);
    QVERIFY(QFileInfo::exists(book));
    QStringList withBook = inputs;
    withBook.append(QStringLiteral("book.tenure"));
    withBook.sort();
    QCOMPARE(onlyInputs(), withBook);
}

void ImportCliTest::missingRatesSayHowToAddThem()
{
    test::TempFolder folder;
    const QString book = folder.path(QStringLiteral("book.tenure"));
    const QString eur =
        folder.write(QStringLiteral("eur.csv"), "account_id,start_date,end_date,mrr,currency\n"
                                                "A1,2024-01-10,2024-02-10,10.00,EUR\n"
                                                "A1,2024-02-10,,10.00,EUR\n");
    const Run run = tenure({QStringLiteral("import"), QStringLiteral("--book"), book,
                            QStringLiteral("--create"), eur});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("EUR has no exchange rate to USD")) &&
                 run.err.contains(QStringLiteral(": 2024-01, 2024-02.")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("currency,rate_on,per_base")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--rate EUR=")), qPrintable(run.err));
}

void ImportCliTest::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(QStringLiteral("import"));
    QCOMPARE(tenure(arguments).exitCode, 2);
}

// A file that is not there is a failure, as a book that is not there is (1),
// not a wrong command line; and the rejects file defuses formulas.
void ImportCliTest::missingFileAndRejectsFile()
{
    QCOMPARE(tenure({QStringLiteral("import"), QStringLiteral("--book"), QStringLiteral("x.tenure"),
                     QStringLiteral("/nonexistent.csv")})
                 .exitCode,
             1);
    test::TempFolder folder;
    const QString bad = folder.write(QStringLiteral("bad.csv"),
                                     "account_id,start_date,mrr\nA1,=cmd|' /C calc'!A0,1\n"
                                     "A2,@SUM(1+1),2\n");
    const QString rejects = folder.path(QStringLiteral("rejects.csv"));
    const Run run = tenure({QStringLiteral("import"), QStringLiteral("--book"),
                            folder.path(QStringLiteral("book.tenure")), QStringLiteral("--create"),
                            QStringLiteral("--rejects"), rejects, bad});
    QCOMPARE(run.exitCode, 1);
    const QByteArray csv = test::readAll(rejects);
    QVERIFY2(csv.contains("\"'=cmd|' /C calc'!A0\"") || csv.contains(",'=cmd|"), csv.constData());
    QVERIFY2(csv.contains(",'@SUM(1+1),"), csv.constData());
    QVERIFY2(!csv.contains(",=cmd"), csv.constData());
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
