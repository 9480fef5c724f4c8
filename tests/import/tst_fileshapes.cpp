#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/choiceparsers.h"
#include "import/importer.h"
#include "import/importerror.h"
#include "import/planchecks.h"
#include "importtesthelpers.h"

using namespace tenure;
using namespace tenure::import;

// Files as spreadsheets and report tools leave them (titles above the
// header, totals, repeated headers, footers), files that leave a question
// open (cents or whole units, how often a price is billed), columns mapped on
// the command line, and imports of several files that must say everything
// wrong at once and write nothing.
class FileShapesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reportLinesArePassedOverAndListed();
    void oneCellLinesFollowedByRowsAreRows();
    void wholeAmountsAskCentsOrUnits();
    void pricesWithoutIntervalAskHowOften();
    void columnMapReadsUnknownHeaders();
    void columnMapParsing_data();
    void columnMapParsing();
    void everyFileProblemIsToldBeforeWriting();
    void missingRatesNameTheMonths();
    void fixedRateIsStoredFromFirstDayNeeded();
    void valuesThatWouldBeStoredWrongAreRejected_data();
    void valuesThatWouldBeStoredWrongAreRejected();
    void decimalSeparatorIsAskedWhenNumbersReadTwoWays_data();
    void decimalSeparatorIsAskedWhenNumbersReadTwoWays();
    void utf16WithoutByteOrderMarkKeepsItsFirstCharacter();
    void mrrFoundIsTheFilesMrrOnItsLatestStart();
    void repeatedHeaderNamesAreNamed_data();
    void repeatedHeaderNamesAreNamed();

private:
    ImportOutcome import(const QStringList& files, const ImportOptions& options = {});
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void FileShapesTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
}

void FileShapesTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

ImportOutcome FileShapesTest::import(const QStringList& files, const ImportOptions& options)
{
    return test::importInto(*m_book, files, options);
}

// A report saved from a spreadsheet: two title lines, the header, rows, the
// header again (a page break), a total, a blank line and footers.
void FileShapesTest::reportLinesArePassedOverAndListed()
{
    const QString file = m_folder->write(QStringLiteral("report.csv"),
                                         "Subscriptions report,,,\n"
                                         "Generated 2024-07-01 by Ops,,,\n"
                                         "account_id,account_name,start_date,mrr\n"
                                         "A1,Acme,2024-01-01,100.00\n"
                                         "account_id,account_name,start_date,mrr\n"
                                         "A2,Beta,2024-02-01,50.00\n"
                                         "Total,,,150.00\n"
                                         "\n"
                                         "\"Confidential Information - Do Not Distribute\",,,\n"
                                         "Copyright (c) 2024 Example Corp.,,,\n");
    const ImportOutcome outcome = import({file});
    for (const Rejection& rejection : outcome.allRejections())
        qWarning() << rejection.toText();
    QVERIFY(outcome.committed);
    const FileOutcome& result = outcome.files.front();
    QCOMPARE(result.inserted, 2);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(test::mrrSum(*m_book), 15000);
    std::vector<std::int64_t> lines;
    for (const SkippedLine& skipped : result.skippedLines)
        lines.push_back(skipped.line);
    QCOMPARE(lines, (std::vector<std::int64_t>{1, 2, 5, 7, 9, 10}));
    QCOMPARE(result.skipped, 6);
    QCOMPARE(result.rowsRead, result.inserted + result.skipped);
    QCOMPARE(result.plan.headerLine, 3);
}

// A line of one filled cell in the middle of the data is a bad row, not a
// footer: it is rejected with its line.
void FileShapesTest::oneCellLinesFollowedByRowsAreRows()
{
    const QString file =
        m_folder->write(QStringLiteral("gap.csv"), "account_id,account_name,start_date,mrr\n"
                                                   "A1,Acme,2024-01-01,100.00\n"
                                                   "A2,,,\n"
                                                   "A3,Gamma,2024-03-01,30.00\n");
    const ImportOutcome outcome = import({file});
    QVERIFY(!outcome.committed);
    const std::vector<Rejection> rejected = outcome.allRejections();
    QVERIFY(!rejected.empty());
    QCOMPARE(rejected.front().line, 3);
    QVERIFY(outcome.files.front().skippedLines.empty());
}

void FileShapesTest::wholeAmountsAskCentsOrUnits()
{
    const QString file = m_folder->write(QStringLiteral("cents.csv"), "account_id,start_date,mrr\n"
                                                                      "A1,2024-01-01,4900\n"
                                                                      "A2,2024-01-01,9900\n"
                                                                      "A3,2024-01-01,120000\n");
    try {
        import({file});
        QFAIL("whole amounts of thousands were read without asking");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("--amounts minor")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);

    ImportOptions options;
    options.reading.units = AmountUnits::Minor;
    QVERIFY(import({file}, options).committed);
    QCOMPARE(test::mrrSum(*m_book), 4900 + 9900 + 120000);

    // Decimals settle it: nothing is asked.
    const QString major = m_folder->write(QStringLiteral("major.csv"),
                                          "account_id,start_date,mrr\nB1,2024-01-01,4900.00\n");
    QVERIFY(import({major}).committed);
    // So do small whole numbers: 49 is not 49 cents of a subscription.
    const QString small = m_folder->write(QStringLiteral("small.csv"),
                                          "account_id,start_date,mrr\nC1,2024-01-01,49\n");
    QVERIFY(import({small}).committed);
    QCOMPARE(test::mrrSum(*m_book), 4900 + 9900 + 120000 + 490000 + 4900);
}

void FileShapesTest::pricesWithoutIntervalAskHowOften()
{
    const QString file =
        m_folder->write(QStringLiteral("prices.csv"), "account_id,plan,start_date,amount\n"
                                                      "A1,Pro Annual,2024-01-01,1200.00\n");
    try {
        import({file});
        QFAIL("a price with no interval was read as monthly");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("--interval")),
                 qPrintable(error.message()));
    }
    ImportOptions options;
    QString error;
    options.reading.interval = parseIntervalChoice(QStringLiteral("year"), error);
    QVERIFY(options.reading.interval);
    QVERIFY(import({file}, options).committed);
    QCOMPARE(test::mrrSum(*m_book), 10000);
}

// A CRM's names, mapped on the command line instead of editing the file.
void FileShapesTest::columnMapReadsUnknownHeaders()
{
    const QString file =
        m_folder->write(QStringLiteral("crm.csv"),
                        "Client Ref,Company Name,Company Domain Name,Account Owner,Created Date\n"
                        "801,Acme Inc,acme.example,Dana,2024-01-02\n");
    try {
        import({file});
        QFAIL("an unknown layout was imported");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("--kind")), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QStringLiteral("MRR")), qPrintable(error.message()));
    }
    ImportOptions options;
    QString error;
    const auto map =
        parseColumnMap(QStringLiteral("Client Ref=account_id,Company Name=account_name,"
                                      "Company Domain Name=domain,Account "
                                      "Owner=owner,Created Date=created_on"),
                       error);
    QVERIFY2(map, qPrintable(error));
    options.reading.columnMap = *map;
    const ImportOutcome outcome = import({file}, options);
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().plan.kind, Kind::Accounts);
    auto account =
        m_book->connection().prepare("SELECT name, domain, owner, created_on FROM accounts");
    QVERIFY(account.step());
    QCOMPARE(account.textValue(0), QStringLiteral("Acme Inc"));
    QCOMPARE(account.textValue(1), QStringLiteral("acme.example"));
    QCOMPARE(account.textValue(2), QStringLiteral("Dana"));
    QCOMPARE(account.textValue(3), QStringLiteral("2024-01-02"));

    // A header the file does not have is named, with the file's columns.
    options.reading.columnMap = {{QStringLiteral("Owner Name"), Field::Owner}};
    try {
        import({file}, options);
        QFAIL("a mapping of a missing column was accepted");
    } catch (const ImportError& refused) {
        QVERIFY2(refused.message().contains(QStringLiteral("Owner Name")),
                 qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("Account Owner")),
                 qPrintable(refused.message()));
    }
}

void FileShapesTest::columnMapParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pairs");
    QTest::newRow("two") << "Account Owner=owner, Company Domain Name=domain" << 2;
    QTest::newRow("equals in header") << "a=b=owner" << 1;
    QTest::newRow("unknown field") << "Owner=boss" << -1;
    QTest::newRow("no field") << "Owner" << -1;
    QTest::newRow("empty") << "," << -1;
}

void FileShapesTest::columnMapParsing()
{
    QFETCH(QString, text);
    QFETCH(int, pairs);
    QString error;
    const auto map = parseColumnMap(text, error);
    QCOMPARE(map ? static_cast<int>(map->size()) : -1, pairs);
    QCOMPARE(error.isEmpty(), pairs >= 0);
}

// Three files, each wrong in its own way: all three are named at once, and
// the good file is not imported either.
void FileShapesTest::everyFileProblemIsToldBeforeWriting()
{
    const QString good = m_folder->write(QStringLiteral("good.csv"),
                                         "account_id,start_date,mrr\nA1,2024-01-01,10.00\n");
    const QString missing =
        m_folder->write(QStringLiteral("tickets.csv"), "ticket_id,opened_on\nT1,2024-01-01\n");
    const QString dates = m_folder->write(QStringLiteral("dates.csv"),
                                          "account_id,start_date,mrr\nA1,03/04/2024,10.00\n");
    const QString cents = m_folder->write(QStringLiteral("cents.csv"),
                                          "account_id,start_date,mrr\nA1,2024-01-01,4900\n");
    try {
        import({good, missing, dates, cents});
        QFAIL("files with problems were imported");
    } catch (const ImportError& error) {
        const QString& text = error.message();
        QVERIFY2(text.contains(QStringLiteral("tickets.csv")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("dates.csv")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("cents.csv")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("good.csv")), qPrintable(text));
    }
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);
    QCOMPARE(test::count(*m_book, "imports"), 0);
}

void FileShapesTest::missingRatesNameTheMonths()
{
    const QString file =
        m_folder->write(QStringLiteral("eur.csv"), "account_id,start_date,end_date,mrr,currency\n"
                                                   "A1,2024-01-10,2024-02-10,10.00,EUR\n"
                                                   "A1,2024-02-10,2024-03-10,10.00,EUR\n"
                                                   "A2,2024-03-05,,20.00,EUR\n"
                                                   "A3,2024-03-05,,20.00,GBP\n"
                                                   "A4,2024-03-05,,20.00,USD\n");
    const ImportOutcome outcome = import({file});
    QVERIFY(!outcome.committed);
    const FileOutcome& result = outcome.files.front();
    QCOMPARE(result.rejected, 4);
    QCOMPARE(result.missingRates.value(QStringLiteral("EUR")),
             (QStringList{QStringLiteral("2024-01"), QStringLiteral("2024-02"),
                          QStringLiteral("2024-03")}));
    QCOMPARE(result.missingRates.value(QStringLiteral("GBP")),
             QStringList{QStringLiteral("2024-03")});
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);
}

// A fixed rate converts the rows the book has no rate for, and is kept from
// the first day one was needed; a day the book already has a rate for is not.
void FileShapesTest::fixedRateIsStoredFromFirstDayNeeded()
{
    QString error;
    QVERIFY(!parseFixedRates(QStringLiteral("USD=1"), QStringLiteral("USD"), error));
    QVERIFY(!parseFixedRates(QStringLiteral("EUR=-1"), QStringLiteral("USD"), error));
    QVERIFY(!parseFixedRates(QStringLiteral("EURO=1.1"), QStringLiteral("USD"), error));
    const auto rates =
        parseFixedRates(QStringLiteral("eur=1.08, GBP=1.25"), QStringLiteral("USD"), error);
    QVERIFY2(rates, qPrintable(error));
    QCOMPARE(rates->value(QStringLiteral("EUR")), 1.08);

    const QString file =
        m_folder->write(QStringLiteral("eur.csv"), "account_id,start_date,mrr,currency\n"
                                                   "A1,2024-03-05,20.00,EUR\n"
                                                   "A2,2024-01-10,10.00,EUR\n");
    ImportOptions options;
    options.fixedRates = *rates;
    QVERIFY(import({file}, options).committed);
    auto stored =
        m_book->connection().prepare("SELECT currency, rate_on, per_base FROM currency_rates");
    QVERIFY(stored.step());
    QCOMPARE(stored.textValue(0), QStringLiteral("EUR"));
    QCOMPARE(stored.textValue(1), QStringLiteral("2024-01-10"));
    QCOMPARE(stored.doubleValue(2), 1.08);
    QVERIFY(!stored.step()); // no GBP row came, so no GBP rate is kept
}

void FileShapesTest::valuesThatWouldBeStoredWrongAreRejected_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("invalid UTF-8") << QByteArray("A\xC3(1,Acme,2024-01-01,10.00") << 1 << "UTF-8";
    QTest::newRow("NUL in a name") << QByteArray("A1,Ac\0me,2024-01-01,10.00", 25) << 2 << "NUL";
    QTest::newRow("negative MRR") << QByteArray("A1,Acme,2024-01-01,-10.00") << 4 << "negative";
    QTest::newRow("a value over a megabyte")
        << "A1," + QByteArray(1024 * 1024 + 1, 'x') + ",2024-01-01,10.00" << 2 << "megabyte";
    QTest::newRow("beyond any amount")
        << QByteArray("A1,Acme,2024-01-01,20000000000.00") << 4 << "larger";
}

void FileShapesTest::valuesThatWouldBeStoredWrongAreRejected()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, reason);
    const QString file =
        m_folder->write(QStringLiteral("bad.csv"), "account_id,account_name,start_date,mrr\n"
                                                   "A0,Good,2024-01-01,5.00\n" +
                                                       row + '\n');
    ImportOptions options;
    options.reading.encoding = Encoding::Utf8; // as a file whose first megabyte is UTF-8
    const ImportOutcome outcome = import({file}, options);
    QVERIFY(!outcome.committed);
    const std::vector<Rejection> rejected = outcome.allRejections();
    QCOMPARE(rejected.size(), 1u);
    QCOMPARE(rejected.front().line, 3);
    QCOMPARE(rejected.front().column, column);
    QVERIFY2(rejected.front().reason.contains(reason), qPrintable(rejected.front().reason));
    QCOMPARE(test::count(*m_book, "accounts"), 0);
}

void FileShapesTest::decimalSeparatorIsAskedWhenNumbersReadTwoWays_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<char>("chosen");
    QTest::addColumn<qint64>("mrrMinor");
    // A European file whose every amount has three digits after a point.
    QTest::newRow("thousands, comma chosen")
        << QByteArray("A1;2024-01-01;1.234\nA2;2024-01-01;12.500\n") << ','
        << qint64(123400 + 1250000);
    QTest::newRow("thousands, point chosen")
        << QByteArray("A1;2024-01-01;1.234\nA2;2024-01-01;12.500\n") << '.' << qint64(123 + 1250);
    // Once the user says the comma separates decimals, 1,234 is one and a bit
    // and 1.234 a thousand.
    QTest::newRow("both kinds in one column")
        << QByteArray("A1;2024-01-01;\"1,234\"\nA2;2024-01-01;1.234\n") << ','
        << qint64(123 + 123400);
}

void FileShapesTest::decimalSeparatorIsAskedWhenNumbersReadTwoWays()
{
    QFETCH(QByteArray, rows);
    QFETCH(char, chosen);
    QFETCH(qint64, mrrMinor);
    const QString file =
        m_folder->write(QStringLiteral("eu.csv"), "account_id;start_date;mrr\n" + rows);
    try {
        import({file});
        QFAIL("numbers that read two ways were read without asking");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("--decimal")),
                 qPrintable(error.message()));
    }
    ImportOptions options;
    options.reading.decimal = chosen;
    const ImportOutcome outcome = import({file}, options);
    QVERIFY(outcome.committed);
    QCOMPARE(test::mrrSum(*m_book), mrrMinor);
}

void FileShapesTest::utf16WithoutByteOrderMarkKeepsItsFirstCharacter()
{
    const QString text = QStringLiteral("account_id,start_date,mrr\nA1,2024-01-01,10.00\n");
    QByteArray utf16;
    for (QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
        utf16.append(static_cast<char>(c.unicode() >> 8));
    }
    const QString file = m_folder->write(QStringLiteral("utf16.csv"), utf16);
    ImportOptions options;
    options.reading.encoding = Encoding::Utf16LE;
    const ImportOutcome outcome = import({file}, options);
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().plan.headers.front(), QStringLiteral("account_id"));
    QCOMPARE(test::mrrSum(*m_book), 1000);
}

// Read newest first, as exports often list them: on 2024-03-01, A1 and A3
// run and A2 has just ended (its end is exclusive).
void FileShapesTest::mrrFoundIsTheFilesMrrOnItsLatestStart()
{
    const QString file =
        m_folder->write(QStringLiteral("newest.csv"), "account_id,start_date,end_date,mrr\n"
                                                      "A3,2024-03-01,,30.00\n"
                                                      "A2,2024-02-01,2024-03-01,20.00\n"
                                                      "A1,2023-01-01,,10.00\n");
    const ImportOutcome outcome = import({file});
    QVERIFY(outcome.committed);
    const auto& found = outcome.files.front().mrr;
    QVERIFY(found.has_value());
    QCOMPARE(found->on, QDate(2024, 3, 1));
    QCOMPARE(found->baseMinor, 3000 + 1000);
}

void FileShapesTest::repeatedHeaderNamesAreNamed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("named");
    QTest::newRow("twice the same")
        << QByteArray("account_id,start_date,mrr,mrr") << QStringLiteral("\"mrr\" and \"mrr\"");
    QTest::newRow("spelled two ways")
        << QByteArray("account_id,Account Name,account_name,start_date,mrr")
        << QStringLiteral("\"Account Name\" and \"account_name\"");
}

void FileShapesTest::repeatedHeaderNamesAreNamed()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, named);
    const int columns = static_cast<int>(header.count(',')) + 1;
    QByteArray row = "A1";
    for (int i = 1; i < columns; ++i)
        row += i == columns - 1
                   ? ",10.00"
                   : (header.split(',')[i].contains("start") ? ",2024-01-01" : ",Acme");
    const QString file = m_folder->write(QStringLiteral("twice.csv"), header + '\n' + row + '\n');
    try {
        import({file});
        QFAIL("a repeated column name was read");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
    }
    QCOMPARE(test::count(*m_book, "accounts"), 0);
}

TENURE_TEST_MAIN(FileShapesTest)
#include "tst_fileshapes.moc"
