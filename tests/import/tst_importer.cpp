#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/bulkload.h"
#include "import/importer.h"
#include "import/importerror.h"
#include "import/periodwriter.h"
#include "importtesthelpers.h"
#include "store/bookerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>

using namespace tenure;
using namespace tenure::import;

class ImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameFileTwiceChangesNothing();
    void importLogNamesTheFileBySha256();
    void cancellationDatesAreKept();
    void newerExportUpdatesAndRecordsTheChange();
    void everyStoredValueIsCompared_data();
    void everyStoredValueIsCompared();
    void rejectedRowsLeaveTheBookUnchanged();
    void skipInvalidImportsTheRest();
    void rejectionsOfALargeFileComeInLineOrder();
    void customersRecurringAcrossBatchesKeepTheirAccounts();
    void runsOfKnownAndNewRowsAreEachWrittenOnce();
    void dryRunWritesNothing();
    void bulkImportTurnsForeignKeysBackOn();
    void bulkLoadRefusesABrokenReference();
    void missingRateNamesCurrencyAndDate();
    void zeroDecimalCurrencyIsNotDivided();
    void dateOrderDecidedFromTheWholeColumn();
    void ambiguousDatesAskTheUser();
    void uncertainAccountMatchIsReviewedNotMerged();
    void certainAccountMatchIsLinked();
    void cancelRollsBack();
    void readsLegacyEncoding();
    void raggedRowsAreReported();
    void givenKindNamesOnlyTheMissingColumns();
    void accountsFromBillingStartWithTheirFirstSubscription();

private:
    QString write(const char* name, const QByteArray& bytes)
    {
        return m_folder->write(QString::fromLatin1(name), bytes);
    }
    ImportOutcome run(const QStringList& files, const ImportOptions& options = {})
    {
        return test::importInto(*m_book, files, options);
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void ImporterTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
}

void ImporterTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

void ImporterTest::sameFileTwiceChangesNothing()
{
    const QString file = test::fixture("stripe_subscriptions.csv");
    run({file});
    const auto before = m_book->connection().queryText(
        "SELECT group_concat(id || account_id || mrr_minor || ifnull(end_on, '') || import_id) "
        "FROM subscription_periods");
    const ImportOutcome second = run({file});
    QCOMPARE(second.files.front().inserted, 0);
    QCOMPARE(second.files.front().updated, 0);
    QCOMPARE(second.files.front().unchanged, 4);
    QCOMPARE(second.files.front().accountsCreated, 0);
    QCOMPARE(m_book->connection().queryText(
                 "SELECT group_concat(id || account_id || mrr_minor || ifnull(end_on, '') || "
                 "import_id) FROM subscription_periods"),
             before);
    QCOMPARE(test::count(*m_book, "accounts"), 4);
}

void ImporterTest::importLogNamesTheFileBySha256()
{
    const QString file = test::fixture("stripe_subscriptions.csv");
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QByteArray expected =
        QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256);
    const ImportOutcome outcome = run({file});
    QCOMPARE(outcome.files.front().sha256, QString::fromLatin1(expected.toHex()));
    QCOMPARE(m_book->connection().queryText("SELECT file_sha256 FROM imports"),
             QString::fromLatin1(expected.toHex()));
}

// Stripe's "cancel at period end": the subscription still runs, and the day the
// customer cancelled is kept for the churn-at-cancellation convention.
void ImporterTest::cancellationDatesAreKept()
{
    run({test::fixture("stripe_subscriptions.csv")});
    QCOMPARE(m_book->connection().queryText(
                 "SELECT ifnull(end_on, 'running') || ' ' || canceled_on FROM subscription_periods "
                 "WHERE external_id = 'sub_1B'"),
             QStringLiteral("running 2024-03-01"));
    QCOMPARE(m_book->connection().queryInt(
                 "SELECT count(*) FROM subscription_periods WHERE canceled_on IS NULL"),
             2);

    const QByteArray header =
        "account_id,plan,start_date,end_date,canceled_at,mrr,currency,subscription_id\n";
    run({write("v1.csv", header + "A1,Pro,2024-01-01,,,100,USD,s1\n")});
    const ImportOutcome newer =
        run({write("v2.csv", header + "A1,Pro,2024-01-01,2024-06-01,2024-05-02,100,USD,s1\n")});
    QCOMPARE(newer.files.front().updated, 1);
    QVERIFY2(
        newer.files.front().changes.front().contains(QStringLiteral("canceled_on — → 2024-05-02")),
        qPrintable(newer.files.front().changes.front()));
}

void ImporterTest::newerExportUpdatesAndRecordsTheChange()
{
    const QByteArray header = "account_id,account_name,plan,start_date,end_date,mrr,currency\n";
    run({write("v1.csv",
               header + "A1,Acme,Pro,2024-01-01,,100,USD\nA2,Beta,Pro,2024-01-01,,50,USD\n")});
    const ImportOutcome newer = run({write(
        "v2.csv",
        header + "A1,Acme,Pro,2024-01-01,2024-06-01,100,USD\nA2,Beta,Pro,2024-01-01,,50,USD\n")});
    const FileOutcome& file = newer.files.front();
    QCOMPARE(file.updated, 1);
    QCOMPARE(file.unchanged, 1);
    QCOMPARE(file.changes.size(), 1);
    // Without a subscription id, the customer and plan name the row.
    QCOMPARE(file.changes.front(), QStringLiteral("A1, Pro, 2024-01-01: end_on — → 2024-06-01"));
    const auto message =
        m_book->connection().queryText("SELECT message FROM imports WHERE file_name = 'v2.csv'");
    QVERIFY(message && message->contains(QStringLiteral("2024-06-01")));
    QCOMPARE(m_book->connection().queryInt(
                 "SELECT rows_updated FROM imports WHERE file_name = 'v2.csv'"),
             1);
}

// A re-import compares each stored value with the new one; each column on its
// own must count as a change, and the same values must not.
void ImporterTest::everyStoredValueIsCompared_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("change");
    QTest::newRow("same") << -1 << QString();
    QTest::newRow("account") << 0 << QStringLiteral("account_id 1 → 2");
    QTest::newRow("plan") << 1 << QStringLiteral("plan Pro → Max");
    QTest::newRow("end") << 2 << QStringLiteral("end_on 2024-07-01 → —");
    QTest::newRow("amount") << 3 << QStringLiteral("amount_minor 1990 → 2990");
    QTest::newRow("unit") << 4 << QStringLiteral("interval_unit month → year");
    QTest::newRow("count") << 5 << QStringLiteral("interval_count 1 → 3");
    QTest::newRow("quantity") << 6 << QStringLiteral("quantity 2.5 → 2.5000001");
    QTest::newRow("discount") << 7 << QStringLiteral("discount_minor 100 → 0");
    QTest::newRow("currency") << 8 << QStringLiteral("currency USD → EUR");
    QTest::newRow("mrr") << 9 << QStringLiteral("mrr_minor 4875 → 0");
    QTest::newRow("status") << 10 << QStringLiteral("source_status active → past_due");
    QTest::newRow("cancelled") << 11 << QStringLiteral("canceled_on — → 2024-05-01");
}

void ImporterTest::everyStoredValueIsCompared()
{
    QFETCH(int, column);
    QFETCH(QString, change);
    store::Connection& db = m_book->connection();
    db.exec("INSERT INTO accounts(id, name) VALUES (1, 'Acme'), (2, 'Beta');"
            "INSERT INTO imports(id, started_at, source, kind, file_name) VALUES "
            "(1, '2024-01-01', 'stripe', 'subscriptions', 'v1.csv'),"
            "(2, '2024-02-01', 'stripe', 'subscriptions', 'v2.csv')");
    TextArena text;
    PeriodRow row;
    row.externalId = text.add("sub_1");
    row.plan = text.add("Pro");
    row.status = text.add("active");
    std::memcpy(row.currency, "USD", 3);
    row.start = QDate(2024, 1, 1);
    row.end = QDate(2024, 7, 1);
    row.amountMinor = 1990;
    row.discountMinor = 100;
    row.mrrMinor = 4875;
    row.quantity = 2.5;
    row.interval = Interval{Interval::Unit::Month, 1};
    PeriodWriter first(db, QStringLiteral("stripe"), 1);
    QString described;
    QCOMPARE(first.write(row, text, 1, &described), WriteOutcome::Inserted);

    std::int64_t account = 1;
    switch (column) {
    case 0:
        account = 2;
        break;
    case 1:
        row.plan = text.add("Max");
        break;
    case 2:
        row.end = QDate();
        break;
    case 3:
        row.amountMinor = 2990;
        break;
    case 4:
        row.interval.unit = Interval::Unit::Year;
        break;
    case 5:
        row.interval.count = 3;
        break;
    case 6:
        row.quantity = 2.5000001;
        break;
    case 7:
        row.discountMinor = 0;
        break;
    case 8:
        std::memcpy(row.currency, "EUR", 3);
        break;
    case 9:
        row.mrrMinor = 0;
        break;
    case 10:
        row.status = text.add("past_due");
        break;
    case 11:
        row.canceled = QDate(2024, 5, 1);
        break;
    default:
        break;
    }
    PeriodWriter newer(db, QStringLiteral("stripe"), 2);
    const WriteOutcome outcome = newer.write(row, text, account, &described);
    if (change.isEmpty()) {
        QCOMPARE(outcome, WriteOutcome::Unchanged);
        QCOMPARE(db.queryInt("SELECT import_id FROM subscription_periods"), 1);
        return;
    }
    QCOMPARE(outcome, WriteOutcome::Updated);
    QVERIFY2(described.contains(change), qPrintable(described));
    QVERIFY2(described.startsWith(QStringLiteral("sub_1, 2024-01-01: ")), qPrintable(described));
    QVERIFY2(!described.section(QStringLiteral(": "), 1).contains(QStringLiteral(", ")),
             qPrintable(described)); // only that one
    QCOMPARE(db.queryInt("SELECT import_id FROM subscription_periods"), 2);
    // Written again by a third export with the same values, it is unchanged.
    PeriodWriter third(db, QStringLiteral("stripe"), 1);
    QCOMPARE(third.write(row, text, account, &described), WriteOutcome::Unchanged);
}

void ImporterTest::rejectedRowsLeaveTheBookUnchanged()
{
    const QString file = write("bad.csv", "account_id,start_date,mrr\n"
                                          "A1,2024-01-01,100\n"
                                          "A2,2024-02-30,50\n"
                                          "A3,2024-03-01,lots\n");
    const ImportOutcome outcome = run({file});
    QVERIFY(!outcome.committed);
    QCOMPARE(outcome.rejectedRows(), 2);
    const auto rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), 2u);
    QCOMPARE(rejections[0].line, 3);
    QCOMPARE(rejections[0].column, 2);
    QCOMPARE(rejections[0].value, QStringLiteral("2024-02-30"));
    QCOMPARE(rejections[1].line, 4);
    QCOMPARE(rejections[1].column, 3);
    QVERIFY(rejections[1].toText().startsWith(QStringLiteral("bad.csv:4:3: ")));
    QVERIFY(rejectionsCsv(rejections).startsWith("file,line,column,column_name,value,reason\r\n"));
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);
    QCOMPARE(test::count(*m_book, "accounts"), 0);
    QCOMPARE(test::count(*m_book, "imports"), 0);
}

void ImporterTest::skipInvalidImportsTheRest()
{
    const QString file = write("bad.csv", "account_id,start_date,mrr\nA1,2024-01-01,100\nA2,,50\n");
    ImportOptions options;
    options.skipInvalid = true;
    const ImportOutcome outcome = run({file}, options);
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().inserted, 1);
    QCOMPARE(outcome.files.front().skipped, 1);
    QCOMPARE(m_book->connection().queryInt("SELECT rows_skipped FROM imports"), 1);
}

// Periods are typed on one thread and written on another, batch by batch;
// rejections from both (a bad date when reading, a repeated row when
// writing) must still come out in the file's order, across many batches.
void ImporterTest::rejectionsOfALargeFileComeInLineOrder()
{
    QByteArray csv = "account_id,start_date,mrr\n";
    QList<std::int64_t> expectedLines;
    QList<int> expectedColumns;
    QByteArray previous;
    for (int i = 0; i < 12000; ++i) {
        QByteArray row = "A" + QByteArray::number(i) + ",2024-01-01,10\n";
        if (i % 1000 == 500) {
            row = "A" + QByteArray::number(i) + ",2024-02-30,10\n";
            expectedLines.append(i + 2);
            expectedColumns.append(2);
        } else if (i % 1000 == 700) {
            row = previous;
            expectedLines.append(i + 2);
            expectedColumns.append(0);
        }
        csv += row;
        previous = row;
    }
    ImportOptions options;
    options.skipInvalid = true;
    const ImportOutcome outcome = run({write("big.csv", csv)}, options);
    const FileOutcome& file = outcome.files.front();
    QCOMPARE(file.rowsRead, 12000);
    QCOMPARE(file.rejected, 24);
    QCOMPARE(file.inserted, 12000 - 24);
    QList<std::int64_t> lines;
    QList<int> columns;
    for (const Rejection& rejection : file.rejections) {
        lines.append(rejection.line);
        columns.append(rejection.column);
    }
    QCOMPARE(lines, expectedLines);
    QCOMPARE(columns, expectedColumns);
    QVERIFY(outcome.committed);
    QCOMPARE(test::count(*m_book, "subscription_periods"), 12000 - 24);
}

// The reading thread numbers customers, the writing thread matches each
// number once: a customer met again thousands of rows later, in another
// batch, or known from an earlier import, lands on the same account.
void ImporterTest::customersRecurringAcrossBatchesKeepTheirAccounts()
{
    QVERIFY(run({write("first.csv", "account_id,account_name,start_date,mrr\n"
                                    "K0,Known,2023-01-01,5\n")})
                .committed);
    QByteArray csv = "line_id,account_id,account_name,period_start,period_end,amount,currency\n";
    for (int i = 0; i < 10000; ++i) {
        const QByteArray customer = "K" + QByteArray::number(i % 7);
        csv += "L" + QByteArray::number(i) + "," + customer + ",Name of " + customer +
               ",2024-01-01,2024-02-01,10,USD\n";
    }
    const ImportOutcome outcome = run({write("lines.csv", csv)});
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().inserted, 10000);
    QCOMPARE(outcome.files.front().accountsCreated, 6); // K1 to K6; K0 was known
    // 10,000 rows over 7 customers: 1,429 for K0 to K3, 1,428 for K4 to K6.
    auto& db = m_book->connection();
    QCOMPARE(
        db.queryText("SELECT group_concat(x, ' ') FROM (SELECT e.external_id || ':' || n AS x "
                     "FROM (SELECT account_id, count(*) AS n FROM subscription_periods WHERE "
                     "external_id LIKE 'L%' GROUP BY account_id) p JOIN account_external_ids e "
                     "ON e.account_id = p.account_id ORDER BY e.external_id)")
            .value_or(QString()),
        QStringLiteral("K0:1429 K1:1429 K2:1429 K3:1429 K4:1428 K5:1428 K6:1428"));
    QCOMPARE(
        db.queryText("SELECT name FROM accounts a JOIN account_external_ids e ON e.account_id = "
                     "a.id WHERE e.external_id = 'K0'")
            .value_or(QString()),
        QStringLiteral("Known"));
}

// The writer guesses that a row is like the one before it (new, or already
// in the book) to search the key once; a newer export mixing runs of both,
// some of the known rows changed, must still count and write each row once.
void ImporterTest::runsOfKnownAndNewRowsAreEachWrittenOnce()
{
    const QByteArray header = "account_id,subscription_id,start_date,mrr,currency\n";
    const auto row = [](int i, int mrr) {
        return "A" + QByteArray::number(i % 10) + ",S" + QByteArray::number(i) + ",2024-01-01," +
               QByteArray::number(mrr) + ",USD\n";
    };
    QByteArray older = header;
    QByteArray newer = header;
    int known = 0;
    int changed = 0;
    for (int i = 0; i < 300; ++i) {
        const bool inOlder = (i / 50) % 2 == 0 || i % 13 == 0;
        const bool changes = inOlder && i % 7 == 0;
        if (inOlder) {
            older += row(i, 10);
            ++known;
            changed += changes ? 1 : 0;
        }
        newer += row(i, changes ? 20 : 10);
    }
    QVERIFY(run({write("older.csv", older)}).committed);
    const ImportOutcome outcome = run({write("newer.csv", newer)});
    QVERIFY(outcome.committed);
    const FileOutcome& file = outcome.files.front();
    QCOMPARE(file.inserted, 300 - known);
    QCOMPARE(file.updated, changed);
    QCOMPARE(file.unchanged, known - changed);
    QCOMPARE(file.rejected, 0);
    auto& db = m_book->connection();
    QCOMPARE(db.queryInt("SELECT count(*) FROM subscription_periods"), 300);
    QCOMPARE(db.queryInt("SELECT count(DISTINCT external_id) FROM subscription_periods"), 300);
    QCOMPARE(db.queryInt("SELECT sum(mrr_minor) FROM subscription_periods"),
             (300 - changed) * 1000 + changed * 2000);
}

void ImporterTest::dryRunWritesNothing()
{
    ImportOptions options;
    options.dryRun = true;
    options.fixedRates.insert(QStringLiteral("EUR"), 1.1);
    const ImportOutcome outcome =
        run({test::fixture("vendors/chargebee_subscriptions_bracketed.csv")}, options);
    QVERIFY(!outcome.committed);
    QCOMPARE(outcome.files.front().inserted, 7);
    QCOMPARE(test::count(*m_book, "currency_rates"), 0);
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);
    QCOMPARE(test::count(*m_book, "imports"), 0);
}

// Into an empty book every import is a bulk load, which checks references
// at the end instead of row by row; enforcement must be back on afterwards,
// whether the import landed or not.
void ImporterTest::bulkImportTurnsForeignKeysBackOn()
{
    store::Connection& db = m_book->connection();
    QVERIFY(run({test::fixture("stripe_subscriptions.csv")}).committed);
    QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
    QVERIFY(!run({write("bad.csv", "account_id,start_date,mrr\nA1,2024-02-30,1\n")}).committed);
    QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
    // A signal file bigger than its table is a bulk load too.
    QVERIFY(run({write("usage.csv", "account_id,week_start,active_users\ncus_A,2024-03-04,5\n")})
                .committed);
    QCOMPARE(test::count(*m_book, "usage"), 1);
    QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
    QVERIFY_THROWS_EXCEPTION(store::BookError,
                             db.exec("INSERT INTO subscription_periods(account_id, start_on, "
                                     "amount_minor, interval_unit, currency, mrr_minor) "
                                     "VALUES (999, '2024-01-01', 1, 'month', 'USD', 1)"));
}

// The end-of-import check is the safety net for a bug that would write a
// reference to nothing: the import fails and leaves nothing behind.
void ImporterTest::bulkLoadRefusesABrokenReference()
{
    store::Connection& db = m_book->connection();
    {
        BulkLoad bulk(
            db, {1000, 1000, {QStringLiteral("accounts"), QStringLiteral("subscription_periods")}});
        store::Transaction transaction(db);
        bulk.begin();
        db.exec("INSERT INTO accounts(id, name) VALUES (1, 'Acme')");
        db.exec(
            "INSERT INTO subscription_periods(account_id, start_on, amount_minor, "
            "interval_unit, currency, mrr_minor) VALUES (1, '2024-01-01', 1, 'month', 'USD', 1),"
            "(999, '2024-01-01', 1, 'month', 'USD', 1)");
        try {
            bulk.finish();
            QFAIL("a period of a missing account went through");
        } catch (const ImportError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("subscription_periods")) &&
                         error.message().contains(QStringLiteral("accounts")),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);
    QCOMPARE(test::count(*m_book, "accounts"), 0);
    QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
    // Both indexes are back after the rollback.
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                         "'subscription_periods' AND sql IS NOT NULL"),
             2);
}

void ImporterTest::missingRateNamesCurrencyAndDate()
{
    const QString file =
        write("eur.csv", "account_id,start_date,mrr,currency\nA1,2024-03-01,100,EUR\n");
    const ImportOutcome outcome = run({file});
    QVERIFY(!outcome.committed);
    const QString reason = outcome.allRejections().front().reason;
    QVERIFY2(reason.contains(QStringLiteral("EUR")) &&
                 reason.contains(QStringLiteral("2024-03-01")),
             qPrintable(reason));
    // With the rates imported first, in the same run, it goes through.
    const ImportOutcome withRates = run({test::fixture("generic_currency_rates.csv"), file});
    QVERIFY(withRates.committed);
    QCOMPARE(m_book->connection().queryText("SELECT currency FROM subscription_periods"),
             QStringLiteral("EUR"));
}

void ImporterTest::zeroDecimalCurrencyIsNotDivided()
{
    // "1,500" alone reads as a thousand and a half or as one and a half: the
    // import asks (FileShapesTest) and here the user has said.
    const QString file = write("jpy.csv", "account_id,start_date,mrr,currency\nA1,2024-03-01,"
                                          "\"¥1,500\",JPY\nA2,2024-03-01,¥700,JPY\n");
    ImportOptions options;
    options.readingFor.insert(file, {});
    options.readingFor[file].decimal = '.';
    const ImportOutcome outcome = run({test::fixture("generic_currency_rates.csv"), file}, options);
    QVERIFY(outcome.committed);
    QCOMPARE(test::mrrSum(*m_book), 1500 + 700);
}

void ImporterTest::dateOrderDecidedFromTheWholeColumn()
{
    // Every row fits both orders until the last, far beyond the first megabyte.
    QByteArray csv = "account_id,start_date,mrr\n";
    for (int i = 0; i < 40000; ++i)
        csv += "ACCOUNT-NUMBER-" + QByteArray::number(i) + ",03/04/2024,10.00\n";
    csv += "LAST,12/25/2024,10.00\n";
    QVERIFY(csv.size() > 1024 * 1024);
    const ImportOutcome outcome = run({write("us.csv", csv)});
    QVERIFY(outcome.committed);
    QCOMPARE(m_book->connection().queryText("SELECT min(start_on) FROM subscription_periods"),
             QStringLiteral("2024-03-04"));
}

void ImporterTest::ambiguousDatesAskTheUser()
{
    const QString file = write("amb.csv", "account_id,start_date,mrr\nA1,03/04/2024,10\n");
    QVERIFY_THROWS_EXCEPTION(ImportError, run({file}));
    ImportOptions options;
    options.reading.dateOrder = DateOrder::DayFirst;
    QVERIFY(run({file}, options).committed);
    QCOMPARE(m_book->connection().queryText("SELECT start_on FROM subscription_periods"),
             QStringLiteral("2024-04-03"));
}

void ImporterTest::uncertainAccountMatchIsReviewedNotMerged()
{
    run({test::fixture("generic_accounts.csv")});
    // Same domain as Acme, another name and another source: not certainly Acme.
    const QString file = write("stripe.csv", "account_id,account_name,email,start_date,mrr\n"
                                             "cus_9,Acme Labs,cfo@acme.example,2024-01-01,10\n");
    ImportOptions options;
    options.reading.source = QStringLiteral("stripe");
    const ImportOutcome outcome = run({file}, options);
    QCOMPARE(outcome.files.front().accountsCreated, 1);
    QCOMPARE(outcome.files.front().reviews.size(), 1u);
    const MatchReview& review = outcome.files.front().reviews.front();
    QCOMPARE(review.candidateName, QStringLiteral("Acme Inc"));
    QCOMPARE(test::count(*m_book, "accounts"), 3);

    // Once the user confirms, the next import links it.
    const QString again = write("stripe2.csv", "account_id,account_name,email,start_date,mrr\n"
                                               "cus_10,Acme Labs,cfo@acme.example,2024-02-01,10\n");
    options.confirmedMatches.insert(QStringLiteral("cus_10"), review.candidateAccountId);
    QCOMPARE(run({again}, options).files.front().accountsCreated, 0);
}

void ImporterTest::certainAccountMatchIsLinked()
{
    run({test::fixture("generic_accounts.csv")});
    const QString file =
        write("stripe.csv", "account_id,account_name,email,start_date,mrr\n"
                            "cus_1,\"ACME, Inc.\",ops@acme.example,2024-01-01,10\n");
    ImportOptions options;
    options.reading.source = QStringLiteral("stripe");
    const ImportOutcome outcome = run({file}, options);
    QCOMPARE(outcome.files.front().accountsCreated, 0);
    QVERIFY(outcome.files.front().reviews.empty());
    QCOMPARE(m_book->connection().queryInt(
                 "SELECT count(*) FROM account_external_ids WHERE account_id = "
                 "(SELECT id FROM accounts WHERE name = 'Acme Inc')"),
             2);
}

void ImporterTest::cancelRollsBack()
{
    QByteArray csv = "account_id,start_date,mrr\n";
    for (int i = 0; i < 50000; ++i)
        csv += "A" + QByteArray::number(i) + ",2024-01-01,10\n";
    test::CountingProgress progress(2);
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             importFiles(*m_book, {write("big.csv", csv)}, {}, progress));
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);
    QCOMPARE(test::count(*m_book, "accounts"), 0);
}

void ImporterTest::readsLegacyEncoding()
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder(QStringLiteral("account_id;account_name;start_date;mrr\n"
                                                    "R1;ООО Ромашка;15.01.2024;1 500,00\n"
                                                    "R2;Иван Петров;01.02.2024;990,50\n"));
    const ImportOutcome outcome = run({write("ru.csv", bytes)});
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().plan.encoding, Encoding::Windows1251);
    QCOMPARE(outcome.files.front().plan.dialect.delimiter, ';');
    QCOMPARE(test::mrrSum(*m_book), 150000 + 99050);
    QCOMPARE(m_book->connection().queryText("SELECT name FROM accounts ORDER BY id LIMIT 1"),
             QStringLiteral("ООО Ромашка"));
}

void ImporterTest::raggedRowsAreReported()
{
    const QString file = write("ragged.csv", "account_id,start_date,mrr\n"
                                             "A1,2024-01-01,10,\n" // a trailing delimiter is fine
                                             "A2,2024-01-01\n"
                                             "A3,2024-01-01,10,extra\n");
    const ImportOutcome outcome = run({file});
    const auto rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), 2u);
    QCOMPARE(rejections[0].line, 3);
    QVERIFY(rejections[0].reason.contains(QStringLiteral("2 fields")));
    QCOMPARE(rejections[1].line, 4);
}

// No layout has every column of this file, but its kind is given: the
// columns it does have are read by Tenure's names, and only the missing one
// is named in the error.
void ImporterTest::givenKindNamesOnlyTheMissingColumns()
{
    const QString file =
        write("plans.csv",
              "account_id,account_name,start_date,end_date,monthly_fee\nA1,Acme,2024-01-01,,10\n");
    ImportOptions options;
    options.reading.kind = Kind::Subscriptions;
    try {
        run({file}, options);
        QFAIL("a file without an MRR column was imported");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("(mrr) or a price (amount)")),
                 qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QStringLiteral("(account_id)")) &&
                     !error.message().contains(QStringLiteral("(start_date)")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::count(*m_book, "accounts"), 0);
    // With the column named as the layout names it, the same file goes in.
    const QString fixed = write(
        "fixed.csv", "account_id,account_name,start_date,end_date,mrr\nA1,Acme,2024-01-01,,10\n");
    QVERIFY(run({fixed}, options).committed);
    QCOMPARE(test::count(*m_book, "subscription_periods"), 1);
}

// An account the subscriptions export creates is a customer since its
// earliest start, whatever the rows' order (C1: 2024-03-01 then 2024-01-15);
// one whose accounts file gave a date keeps it.
void ImporterTest::accountsFromBillingStartWithTheirFirstSubscription()
{
    const QString accounts =
        m_folder->write(QStringLiteral("accounts.csv"), "account_id,account_name,created_on\n"
                                                        "C2,Globex,2020-05-01\n");
    QVERIFY(run({accounts}).committed);
    const QString subscriptions =
        m_folder->write(QStringLiteral("subs.csv"), "account_id,account_name,start_date,mrr\n"
                                                    "C1,Acme,2024-03-01,20.00\n"
                                                    "C1,Acme,2024-01-15,10.00\n"
                                                    "C2,Globex,2023-02-01,30.00\n");
    QVERIFY(run({subscriptions}).committed);
    QCOMPARE(m_book->connection()
                 .queryText("SELECT group_concat(name || '=' || created_on, ',') FROM (SELECT * "
                            "FROM accounts ORDER BY name)")
                 .value_or(QString()),
             QStringLiteral("Acme=2024-01-15,Globex=2020-05-01"));
}

TENURE_TEST_MAIN(ImporterTest)
#include "tst_importer.moc"
