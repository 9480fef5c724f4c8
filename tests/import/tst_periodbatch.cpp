#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/periodbatchtable.h"
#include "import/periodwriter.h"
#include "importtesthelpers.h"
#include "store/bookerror.h"

#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

using namespace tenure;
using namespace tenure::import;

// A first import writes its periods a batch at a time through the virtual
// table tenure_period_batch; re-imports and repeats go row by row. The row
// by row writer is the reference: both must store exactly the same thing.
class PeriodBatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchStoresWhatRowByRowStores();
    void aRowAlreadyInTheBookWritesNothing();
    void aRowRepeatedInTheBatchWritesNothing();
    void theTableListsOnlyABoundBatch();

private:
    // Periods with every kind of value: NULL plan, status, end and
    // cancellation; fractional quantities; each interval unit; a composed id.
    void makeRows();
    std::vector<std::int64_t> accountsOfRows() const;
    // Every stored column of every period, with its SQLite type.
    static QStringList stored(store::Book& book);
    static void addAccountsAndImport(store::Book& book);

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
    TextArena m_text;
    std::vector<PeriodRow> m_rows;
};

void PeriodBatchTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("batch.tenure")));
    addAccountsAndImport(*m_book);
    makeRows();
}

void PeriodBatchTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
    m_rows.clear();
    m_text.clear();
}

void PeriodBatchTest::addAccountsAndImport(store::Book& book)
{
    book.connection().exec(
        "INSERT INTO accounts(id, name) VALUES (1, 'Acme'), (2, 'Beta'), (3, 'Gamma');"
        "INSERT INTO imports(id, started_at, source, kind) VALUES "
        "(7, '2024-01-01', 'stripe', 'subscriptions')");
}

void PeriodBatchTest::makeRows()
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

std::vector<std::int64_t> PeriodBatchTest::accountsOfRows() const
{
    std::vector<std::int64_t> accounts;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        accounts.push_back(static_cast<std::int64_t>(i % 3) + 1);
    return accounts;
}

QStringList PeriodBatchTest::stored(store::Book& book)
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

void PeriodBatchTest::batchStoresWhatRowByRowStores()
{
    const std::vector<std::int64_t> accounts = accountsOfRows();
    PeriodWriter batched(m_book->connection(), QStringLiteral("stripe"), 7);
    QVERIFY(batched.insertAllNew(m_rows, m_text, accounts));

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

void PeriodBatchTest::aRowAlreadyInTheBookWritesNothing()
{
    const std::vector<std::int64_t> accounts = accountsOfRows();
    PeriodWriter earlier(m_book->connection(), QStringLiteral("stripe"), 7);
    QCOMPARE(earlier.write(m_rows[20], m_text, accounts[20], nullptr), WriteOutcome::Inserted);

    PeriodWriter writer(m_book->connection(), QStringLiteral("stripe"), 7);
    QVERIFY(!writer.insertAllNew(m_rows, m_text, accounts));
    QCOMPARE(test::count(*m_book, "subscription_periods"), 1);
    // The same rows in another source are all new.
    PeriodWriter other(m_book->connection(), QStringLiteral("chargebee"), 7);
    QVERIFY(other.insertAllNew(m_rows, m_text, accounts));
    QCOMPARE(test::count(*m_book, "subscription_periods"), 41);
}

void PeriodBatchTest::aRowRepeatedInTheBatchWritesNothing()
{
    m_rows.push_back(m_rows[11]);
    m_rows.back().line = 99;
    m_rows.back().amountMinor = 1;
    std::vector<std::int64_t> accounts = accountsOfRows();
    PeriodWriter writer(m_book->connection(), QStringLiteral("stripe"), 7);
    QVERIFY(!writer.insertAllNew(m_rows, m_text, accounts));
    QCOMPARE(test::count(*m_book, "subscription_periods"), 0);
    // Without the repeat, the batch goes in whole.
    m_rows.pop_back();
    accounts.pop_back();
    QVERIFY(writer.insertAllNew(m_rows, m_text, accounts));
    QCOMPARE(test::count(*m_book, "subscription_periods"), 40);
}

void PeriodBatchTest::theTableListsOnlyABoundBatch()
{
    store::Connection& db = m_book->connection();
    registerPeriodBatchTable(db);
    // Without a batch there is nothing to list: SQLite finds no plan at all.
    QVERIFY_THROWS_EXCEPTION(store::BookError,
                             db.prepare("SELECT count(*) FROM tenure_period_batch"));
    // A value that is not the batch pointer lists no rows.
    QCOMPARE(db.queryInt("SELECT count(*) FROM tenure_period_batch('x')"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM tenure_period_batch(NULL)"), 0);
}

TENURE_TEST_MAIN(PeriodBatchTest)
#include "tst_periodbatch.moc"
