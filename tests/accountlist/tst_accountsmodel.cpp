// The account list: numbers read from a hand-made book, the table model and
// the filter model checked by QAbstractItemModelTester, sorting and filters.
#include "accountlist/accountfiltermodel.h"
#include "accountlist/accountlist.h"
#include "accountlist/accounttablemodel.h"
#include "accountlist/listhealth.h"
#include "accountpage/handmadebook.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "health/riskreason.h"
#include "metrics/currency.h"
#include "store/book.h"
#include "store/sqlite.h"

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

    void healthColumnsOfAHandMadeBook()
    {
        tenure::test::TempFolder folder;
        auto book = tenure::test::createHandMadeBook(folder.path(QStringLiteral("h.tenure")));
        const QDate asOf = tenure::test::kHandMadeAsOf;
        book->connection().exec("INSERT INTO health_snapshots(account_id, as_of, overall) "
                                "VALUES (1, '2026-02-27', 70)");
        HealthColumns columns = loadHealthColumns(book->connection(), asOf);
        QCOMPARE(columns.size(), std::size_t{9}); // Acme and eight fillers pay
        QCOMPARE(*columns.at(1).health, tenure::test::kHandMadeHealth);
        QCOMPARE(columns.at(1).quadrant, tenure::health::Quadrant::Rescue);
        QVERIFY(!columns.at(1).topReason.isEmpty());
        const HealthById changes = healthChanges(scoredHealth(columns), book->connection(), asOf);
        QCOMPARE(changes.at(1), tenure::test::kHandMadeHealth - 70); // the snapshot's
        QVERIFY(!changes.contains(10)); // the snapshot day has no filler in it

        AccountTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(loadAccountList(book->connection(), asOf));
        QVERIFY(model.index(0, AccountTableModel::Health).data().toString().isEmpty());
        model.setHealth(columns);
        QVERIFY(model.index(0, AccountTableModel::Trend).data().toString().isEmpty());
        model.setHealthChanges(changes);
        const QModelIndex acme = model.index(0, AccountTableModel::Name); // first by name
        QCOMPARE(acme.data().toString(), QStringLiteral("Acme"));
        const auto cell = [&](int column) {
            return acme.siblingAtColumn(column).data().toString();
        };
        // No CSAT answer: 0.2 of experience's 0.3 is not covered, 94%.
        QCOMPARE(cell(AccountTableModel::Health), QStringLiteral("44 (94%)")); // 43.63
        QCOMPARE(cell(AccountTableModel::Trend), QStringLiteral("▼ -26"));
        QCOMPARE(cell(AccountTableModel::Quadrant), QStringLiteral("Rescue"));
        QCOMPARE(cell(AccountTableModel::TopReason),
                 tenure::health::reasonTitle(columns.at(1).topReason));
        // ARR $2,400 × (100 - 43.627) / 100 = $1,352.9
        QCOMPARE(cell(AccountTableModel::ArrAtRisk), QStringLiteral("$1,353"));

        // A paying account with no data for any dimension says so; one
        // that is not paying shows nothing.
        HealthColumns unknown = columns;
        unknown[1] = HealthCells{};
        model.setHealth(unknown);
        QCOMPARE(cell(AccountTableModel::Health), QStringLiteral("no data"));
        QCOMPARE(cell(AccountTableModel::Quadrant), QStringLiteral("Not enough data"));
        unknown.erase(1);
        model.setHealth(unknown);
        QVERIFY(cell(AccountTableModel::Health).isEmpty());
        QVERIFY(cell(AccountTableModel::Quadrant).isEmpty());
        model.setHealth(columns);

        // A reason filter keeps every account where the reason fired, top or not.
        const QStringList acmeReasons = columns.at(1).reasons;
        QVERIFY(acmeReasons.size() >= 2);
        QCOMPARE(acmeReasons.front(), columns.at(1).topReason);
        AccountFilterModel filter;
        filter.setSourceModel(&model);
        const auto shown = [&filter] {
            QList<qint64> ids;
            for (int row = 0; row < filter.rowCount(); ++row)
                ids.append(
                    filter.index(row, 0).data(AccountTableModel::AccountIdRole).toLongLong());
            return ids;
        };
        const int everyone = filter.rowCount();
        filter.setReason(acmeReasons.back());
        QVERIFY(shown().contains(1));
        int firing = 0;
        for (const auto& [id, cells] : columns)
            firing += cells.reasons.contains(acmeReasons.back());
        QCOMPARE(filter.rowCount(), firing);
        filter.setReason({});
        filter.setQuadrant(tenure::health::Quadrant::Rescue);
        QVERIFY(shown().contains(1));
        filter.setQuadrant(tenure::health::Quadrant::Thriving);
        QVERIFY(!shown().contains(1));
        filter.setQuadrant(std::nullopt);
        QCOMPARE(filter.rowCount(), everyone);
    }

    void sortsByRiskTimesArr()
    {
        tenure::test::TempFolder folder;
        auto book = tenure::test::createHandMadeBook(folder.path(QStringLiteral("h.tenure")));
        const QDate asOf = tenure::test::kHandMadeAsOf;
        // A non-paying account sorts after every scored one.
        book->connection().exec("INSERT INTO accounts(id, name) VALUES (30, 'Zeta (lead)')");
        AccountTableModel model;
        model.setAccounts(loadAccountList(book->connection(), asOf));
        model.setHealth(loadHealthColumns(book->connection(), asOf));
        AccountFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(AccountTableModel::ArrAtRisk, Qt::DescendingOrder);
        QCOMPARE(filter.rowCount(), 10);
        QCOMPARE(filter.index(0, AccountTableModel::Name).data().toString(),
                 QStringLiteral("Acme"));
        QCOMPARE(filter.index(9, AccountTableModel::Name).data().toString(),
                 QStringLiteral("Zeta (lead)"));
        double previous = std::numeric_limits<double>::max();
        for (int row = 0; row < 9; ++row) {
            const auto& account =
                model.accounts()
                    .rows[static_cast<std::size_t>(filter.mapToSource(filter.index(row, 0)).row())];
            QVERIFY(account.arrAtRisk());
            QVERIFY(*account.arrAtRisk() <= previous);
            previous = *account.arrAtRisk();
        }
    }

    void healthNeedsEveryRate()
    {
        tenure::test::TempFolder folder;
        auto book = handMadeBook(folder); // a JPY period without a rate
        QVERIFY_THROWS_EXCEPTION(tenure::metrics::MissingRate,
                                 loadHealthColumns(book->connection(), kAsOf));
    }
};

TENURE_TEST_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
