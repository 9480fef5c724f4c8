// The account list: numbers read from a hand-made book, the table model and
// the filter model checked by QAbstractItemModelTester, sorting and filters.
#include "accounts/accountfiltermodel.h"
#include "accounts/accountlist.h"
#include "accounts/accounttablemodel.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"

#include <QAbstractItemModelTester>

using namespace tenure::accounts;
using tenure::store::Book;

namespace {

const QDate kAsOf(2026, 3, 31);

std::unique_ptr<Book> handMadeBook(const tenure::test::TempFolder& folder)
{
    auto book = Book::create(folder.path(QStringLiteral("accounts.tenure")));
    book->connection().exec(R"sql(
        INSERT INTO accounts(id, name, owner, segment, plan, status, renewal_on) VALUES
            (1, 'Acme', 'Dana', 'High touch', 'Enterprise', 'active', '2026-09-01'),
            (2, 'beta Labs', 'Lee', 'Low touch', 'Growth', 'active', '2026-05-01'),
            (3, 'Gamma', 'Dana', 'Low touch', 'Growth', 'churned', NULL),
            (4, 'Delta GmbH', 'Lee', 'Tech touch', 'Starter', 'active', NULL),
            (5, 'Epsilon KK', 'Lee', 'Tech touch', 'Starter', 'active', NULL);
        INSERT INTO currency_rates(currency, rate_on, per_base) VALUES ('EUR', '2026-01-01', 1.10);
        INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor, interval_unit,
                                         currency, mrr_minor) VALUES
            (1, '2024-01-01', '2026-01-01', 120000, 'year', 'USD', 10000),
            (1, '2026-01-01', NULL, 2400000, 'year', 'USD', 200000),
            (2, '2025-06-01', '2026-04-01', 900, 'month', 'USD', 900),
            (3, '2025-01-01', '2026-03-31', 5000, 'month', 'USD', 5000),
            (4, '2025-02-01', NULL, 10000, 'month', 'EUR', 10000),
            (5, '2025-03-01', NULL, 30000, 'month', 'JPY', 30000);
    )sql");
    return book;
}

const AccountRow& rowWithId(const AccountList& list, std::int64_t id)
{
    return *std::find_if(list.rows.begin(), list.rows.end(),
                         [&](const auto& r) { return r.id == id; });
}

} // namespace

class TestAccountsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loaderReadsMrrAsOfTheDate()
    {
        tenure::test::TempFolder folder;
        auto book = handMadeBook(folder);
        const AccountList list = loadAccountList(book->connection(), kAsOf);
        QCOMPARE(list.rows.size(), std::size_t{5});
        QCOMPARE(rowWithId(list, 1).mrrMinor, 200000);         // the current period only
        QCOMPARE(rowWithId(list, 1).start, QDate(2024, 1, 1)); // the first period's start
        QCOMPARE(rowWithId(list, 2).mrrMinor, 900);            // ends tomorrow: still running
        QCOMPARE(rowWithId(list, 3).mrrMinor, 0);              // the end date is exclusive
        QCOMPARE(rowWithId(list, 4).mrrMinor, 11000);          // EUR 100 at 1.10
        QVERIFY(!rowWithId(list, 4).mrrUnknown);
        QVERIFY(rowWithId(list, 5).mrrUnknown); // no JPY rate: not counted 1:1
        QCOMPARE(rowWithId(list, 5).mrrMinor, 0);
        QCOMPARE(list.owners, (QStringList{QStringLiteral("Dana"), QStringLiteral("Lee")}));
        QCOMPARE(list.segments.size(), 3);
        // Repeated strings share one copy.
        QVERIFY(rowWithId(list, 4).owner.constData() == rowWithId(list, 5).owner.constData());
    }

    void modelsPassTheTester()
    {
        tenure::test::TempFolder folder;
        auto book = handMadeBook(folder);
        AccountTableModel model;
        AccountFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(loadAccountList(book->connection(), kAsOf));
        filter.setOwner(QStringLiteral("Lee"));
        filter.sort(AccountTableModel::Mrr, Qt::DescendingOrder);
        filter.setNameFilter(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));
    }

    void sortsNumbersAsNumbers()
    {
        tenure::test::TempFolder folder;
        auto book = handMadeBook(folder);
        AccountTableModel model;
        model.setAccounts(loadAccountList(book->connection(), kAsOf));
        AccountFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(AccountTableModel::Mrr, Qt::DescendingOrder);
        QStringList order;
        for (int row = 0; row < filter.rowCount(); ++row)
            order << filter.index(row, AccountTableModel::Name).data().toString();
        // 2,000.00 > 110.00 > 9.00 > 0 > 0: lexical order would put 9.00 first.
        QCOMPARE(order.mid(0, 3), (QStringList{QStringLiteral("Acme"), QStringLiteral("Delta GmbH"),
                                               QStringLiteral("beta Labs")}));
        filter.sort(AccountTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(filter.index(1, AccountTableModel::Name).data().toString(),
                 QStringLiteral("beta Labs"));
        filter.sort(AccountTableModel::Renewal, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, AccountTableModel::Name).data().toString(),
                 QStringLiteral("beta Labs"));
    }

    void filtersCombine()
    {
        tenure::test::TempFolder folder;
        auto book = handMadeBook(folder);
        AccountTableModel model;
        model.setAccounts(loadAccountList(book->connection(), kAsOf));
        AccountFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSegment(QStringLiteral("Low touch"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setOwner(QStringLiteral("Dana"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setOwner({});
        filter.setNameFilter(QStringLiteral("BETA"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(AccountTableModel::AccountIdRole).toLongLong(), 2);
        filter.setSegment({});
        filter.setNameFilter(QStringLiteral("nobody"));
        QCOMPARE(filter.rowCount(), 0);
    }
};

TENURE_TEST_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
