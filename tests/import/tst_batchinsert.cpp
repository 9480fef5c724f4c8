#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/periodbatchtable.h"
#include "import/periodwriter.h"
#include "import/signalwriter.h"
#include "importtesthelpers.h"
#include "store/bookerror.h"

#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

using namespace tenure;
using namespace tenure::import;

// A first import writes its periods (and usage weeks) a batch at a time
// through a virtual table, up to the first row already in the book; the rest
// go row by row. The row-by-row writer is the reference: both must store
// exactly the same thing.
class BatchInsertTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchStoresWhatRowByRowStores();
    void aRowAlreadyInTheBookStopsTheBatchThere();
    void aRowRepeatedInTheBatchStopsItThere();
    void theTableListsOnlyABoundBatch();
    void usageWeeksGoInUpToAKnownWeek();

private:
    // Periods with every kind of value: NULL plan, status, end and
    // cancellation; fractional quantities; each interval unit; a composed id.
    void makeRows();
    std::vector<std::int64_t> accountsOfRows() const;
    // Every stored column of every period, with its SQLite type.
    static QStringList stored(store::Book& book);
    static QStringList storedUsage(store::Book& book);
    static void addAccountsAndImport(store::Book& book);

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
    TextArena m_text;
    std::vector<PeriodRow> m_rows;
};

void BatchInsertTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("batch.tenure")));
    addAccountsAndImport(*m_book);
    makeRows();
}

void BatchInsertTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
    m_rows.clear();
    m_text.clear();
}

void BatchInsertTest::addAccountsAndImport(store::Book& book)
{
    book.connection().exec(
        "INSERT INTO accounts(id, name) VALUES (1, 'Acme'), (2, 'Beta'), (3, 'Gamma');"
        "INSERT INTO imports(id, started_at, source, kind) VALUES "
        "(6, '2023-01-01', 'stripe', 'subscriptions'), (7, '2024-01-01', 'stripe', "
        "'subscriptions')");
}

void BatchInsertTest::makeRows()
{
    const Interval::Unit units[] = {Interval::Unit::Month, Interval::Unit::Year,
                                    Interval::Unit::Week, Interval::Unit::Day};
    for (int i = 0; i < 40; ++i) {
        PeriodRow row;
        row.line = i + 2;
        row.externalId = m_text.add(i % 7 == 3 ? "A1|Pro" : "sub_" + std::to_string(i));
        row.externalIdComposed = i % 7 == 3;
        if (i % 5 != 0)
            row.plan = m_text.add(i % 2 ? "Pro" : "Team plan\nper seat");
        if (i % 3 == 0)
            row.status = m_text.add("past_due");
        std::memcpy(row.currency, i % 4 ? "USD" : "JPY", 3);
        row.start = QDate(2023, 1, 1).addDays(i * 11);
        if (i % 6 != 1)
            row.end = row.start.addMonths(1 + i % 12);
        if (i % 8 == 5)
            row.canceled = row.start.addDays(9);
        row.amountMinor = 1990 + i * 37;
        row.discountMinor = i % 2 ? 0 : 150;
        row.mrrMinor = (1990 + i * 37) * (i % 3 + 1);
        row.quantity = i % 3 ? 1 : 2.5 + i;
        row.interval = Interval{units[i % 4], 1 + i % 3};
        m_rows.push_back(row);
    }
}

std::vector<std::int64_t> BatchInsertTest::accountsOfRows() const
{
    std::vector<std::int64_t> accounts;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        accounts.push_back(static_cast<std::int64_t>(i % 3) + 1);
    return accounts;
}

QStringList BatchInsertTest::stored(store::Book& book)
{
    const char* columns[] = {"source",         "external_id",   "start_on",       "account_id",
                             "plan",           "end_on",        "amount_minor",   "interval_unit",
                             "interval_count", "quantity",      "discount_minor", "currency",
                             "mrr_minor",      "source_status", "canceled_on",    "import_id"};
    std::string select = "SELECT ";
    for (const char* column : columns)
        select += std::string("quote(") + column + ") || ':' || typeof(" + column + ") || ' ' || ";
    select += "'' FROM subscription_periods ORDER BY external_id, start_on";
    store::Statement query = book.connection().prepare(select);
    QStringList rows;
    while (query.step())
        rows.append(query.textValue(0));
    return rows;
}

void BatchInsertTest::batchStoresWhatRowByRowStores()
{
    const std::vector<std::int64_t> accounts = accountsOfRows();
    PeriodWriter batched(m_book->connection(), QStringLiteral("stripe"), 7);
    QCOMPARE(batched.insertLeadingNew(m_rows, m_text, accounts), 40u);

    const auto reference = store::Book::create(m_folder->path(QStringLiteral("rows.tenure")));
    addAccountsAndImport(*reference);
    PeriodWriter rowByRow(reference->connection(), QStringLiteral("stripe"), 7);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        QCOMPARE(rowByRow.write(m_rows[i], m_text, accounts[i], nullptr), WriteOutcome::Inserted);

    const QStringList expected = stored(*reference);
    QCOMPARE(expected.size(), 40);
    QVERIFY2(expected.join(u'\n').contains(QStringLiteral("NULL:null")), "some NULLs are tested");
    QVERIFY2(expected.join(u'\n').contains(QStringLiteral("5.5:real")), "fractions are tested");
    QCOMPARE(stored(*m_book), expected);
}

// The batch goes in up to the known row; from there on, row by row.
void BatchInsertTest::aRowAlreadyInTheBookStopsTheBatchThere()
{
    const std::vector<std::int64_t> accounts = accountsOfRows();
    PeriodWriter earlier(m_book->connection(), QStringLiteral("stripe"), 6);
    QCOMPARE(earlier.write(m_rows[20], m_text, accounts[20], nullptr), WriteOutcome::Inserted);

    PeriodWriter writer(m_book->connection(), QStringLiteral("stripe"), 7);
    QCOMPARE(writer.insertLeadingNew(m_rows, m_text, accounts), 20u);
    QCOMPARE(test::count(*m_book, "subscription_periods"), 21);
    QCOMPARE(m_book->connection().queryInt(
                 "SELECT count(*) FROM subscription_periods WHERE import_id = 7"),
             20);
    QCOMPARE(writer.write(m_rows[20], m_text, accounts[20], nullptr), WriteOutcome::Unchanged);
    for (std::size_t i = 21; i < m_rows.size(); ++i)
        QCOMPARE(writer.write(m_rows[i], m_text, accounts[i], nullptr), WriteOutcome::Inserted);
    QCOMPARE(test::count(*m_book, "subscription_periods"), 40);
    // The same rows under another source are all new.
    PeriodWriter other(m_book->connection(), QStringLiteral("chargebee"), 7);
    QCOMPARE(other.insertLeadingNew(m_rows, m_text, accounts), 40u);
    QCOMPARE(test::count(*m_book, "subscription_periods"), 80);
}

void BatchInsertTest::aRowRepeatedInTheBatchStopsItThere()
{
    m_rows.insert(m_rows.begin() + 30, m_rows[11]);
    m_rows[30].line = 99;
    m_rows[30].amountMinor = 1;
    std::vector<std::int64_t> accounts = accountsOfRows();
    accounts[30] = accounts[11];
    PeriodWriter writer(m_book->connection(), QStringLiteral("stripe"), 7);
    QCOMPARE(writer.insertLeadingNew(m_rows, m_text, accounts), 30u);
    QCOMPARE(test::count(*m_book, "subscription_periods"), 30);
    QCOMPARE(writer.write(m_rows[30], m_text, accounts[30], nullptr), WriteOutcome::Duplicate);
    QCOMPARE(m_book->connection().queryInt(
                 "SELECT amount_minor FROM subscription_periods WHERE external_id = 'sub_11'"),
             m_rows[11].amountMinor);
}

void BatchInsertTest::theTableListsOnlyABoundBatch()
{
    store::Connection& db = m_book->connection();
    registerPeriodBatchTable(db);
    // Without a batch there is nothing to list: SQLite finds no plan at all.
    QVERIFY_THROWS_EXCEPTION(store::BookError,
                             db.prepare("SELECT count(*) FROM tenure_period_batch"));
    SignalWriter usage(db, Kind::Usage, {"period_start", "period_days"}, 7);
    QVERIFY_THROWS_EXCEPTION(store::BookError,
                             db.prepare("SELECT count(*) FROM tenure_signal_batch"));
    QCOMPARE(db.queryInt("SELECT count(*) FROM tenure_signal_batch('x')"), 0);
    // A value that is not the batch pointer lists no rows.
    QCOMPARE(db.queryInt("SELECT count(*) FROM tenure_period_batch('x')"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM tenure_period_batch(NULL)"), 0);
}

QStringList BatchInsertTest::storedUsage(store::Book& book)
{
    store::Statement query = book.connection().prepare(
        "SELECT quote(account_id) || ' ' || quote(period_start) || ' ' || quote(period_days) || "
        "' ' || quote(active_users) || ' ' || quote(sessions) || ' ' || quote(key_events) || ' ' "
        "|| typeof(period_start) FROM usage ORDER BY account_id, period_start");
    QStringList rows;
    while (query.step())
        rows.append(query.textValue(0));
    return rows;
}

// Usage weeks arrive week by week across every account; the week already in
// the book stops the batch, and the rest are stored one by one.
void BatchInsertTest::usageWeeksGoInUpToAKnownWeek()
{
    std::vector<SignalRow> rows;
    std::vector<std::int64_t> accounts;
    for (int week = 0; week < 10; ++week) {
        for (std::int64_t account = 1; account <= 3; ++account) {
            SignalRow row;
            row.line = static_cast<std::int64_t>(rows.size()) + 2;
            const QDate start = QDate(2024, 1, 1).addDays(7 * week);
            row.values = {start.toString(Qt::ISODate).toStdString(), std::int64_t{7},
                          std::int64_t{week * 3 + account}, std::int64_t{week + 40},
                          week % 2 ? SqlValue(std::int64_t{5}) : SqlValue(std::int64_t{0})};
            rows.push_back(row);
            accounts.push_back(account);
        }
    }
    const std::vector<const char*> keys{"period_start", "period_days"};
    store::Connection& db = m_book->connection();
    SignalWriter earlier(db, Kind::Usage, keys, 6);
    QString change;
    QCOMPARE(earlier.write(accounts[12], rows[12], &change), WriteOutcome::Inserted);

    SignalWriter writer(db, Kind::Usage, keys, 7);
    std::vector<const SignalRow*> admitted;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QVERIFY(writer.admit(accounts[i], rows[i]));
        admitted.push_back(&rows[i]);
    }
    QCOMPARE(writer.insertLeadingNew(admitted, accounts), 12u);
    QCOMPARE(test::count(*m_book, "usage"), 13);
    QCOMPARE(writer.store(accounts[12], rows[12], &change), WriteOutcome::Unchanged);
    for (std::size_t i = 13; i < rows.size(); ++i)
        QCOMPARE(writer.store(accounts[i], rows[i], &change), WriteOutcome::Inserted);
    // A repeat of this import's own row is refused before it is written.
    QVERIFY(!writer.admit(accounts[3], rows[3]));

    const auto reference = store::Book::create(m_folder->path(QStringLiteral("usage.tenure")));
    addAccountsAndImport(*reference);
    SignalWriter rowByRow(reference->connection(), Kind::Usage, keys, 7);
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(rowByRow.write(accounts[i], rows[i], &change), WriteOutcome::Inserted);
    const QStringList expected = storedUsage(*reference);
    QCOMPARE(expected.size(), 30);
    QVERIFY2(expected.front().endsWith(QStringLiteral("text")), qPrintable(expected.front()));
    QCOMPARE(storedUsage(*m_book), expected);
}

TENURE_TEST_MAIN(BatchInsertTest)
#include "tst_batchinsert.moc"
