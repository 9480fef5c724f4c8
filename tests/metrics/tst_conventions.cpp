// The book's metric conventions (Preferences > Book): stored in the book,
// and each one changing the numbers the way docs/metrics.md says, on small
// books worked out by hand; fiscal quarters; and a base currency change that
// re-expresses the rates without changing any figure but its unit.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "health/backtest.h"
#include "metrics/basecurrency.h"
#include "metrics/conventions.h"
#include "metrics/historyloader.h"
#include "metrics/movements.h"
#include "metrics/periodmetrics.h"
#include "metrics/retention.h"
#include "metrics/selection.h"
#include "report/quarter.h"
#include "settings/bookpreferences.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <cmath>
#include <functional>

using namespace tenure;
using metrics::Month;

namespace {

// A USD book with accounts 1..`accounts` and no periods.
std::unique_ptr<store::Book> makeBook(const test::TempFolder& folder, int accounts = 1)
{
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    for (int id = 1; id <= accounts; ++id)
        book->connection().exec("INSERT INTO accounts(id, name) VALUES (" + std::to_string(id) +
                                ", 'Account " + std::to_string(id) + "')");
    return book;
}

// A monthly subscription of `dollars` a month; `end` and `canceled` may be empty.
void addPeriod(store::Connection& db, int account, const char* start, const char* end, int dollars,
               const char* canceled = "", const char* currency = "USD")
{
    auto insert = db.prepare(
        "INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor, "
        "interval_unit, currency, mrr_minor, canceled_on) VALUES (?, ?, ?, ?, 'month', ?, ?, ?)");
    const auto text = [](const char* value) {
        return *value ? QString::fromLatin1(value) : QString();
    };
    insert.bind(1, account)
        .bind(2, text(start))
        .bind(3, text(end))
        .bind(4, dollars * 100)
        .bind(5, text(currency))
        .bind(6, dollars * 100)
        .bind(7, text(canceled))
        .exec();
}

void addRate(store::Connection& db, const char* currency, const char* on, double perBase)
{
    db.prepare("INSERT INTO currency_rates(currency, rate_on, per_base) VALUES (?, ?, ?)")
        .bind(1, QString::fromLatin1(currency))
        .bind(2, QString::fromLatin1(on))
        .bind(3, perBase)
        .exec();
}

void setConventions(store::Connection& db, const std::function<void(metrics::Conventions&)>& edit)
{
    auto conventions = metrics::loadConventions(db);
    edit(conventions);
    metrics::saveConventions(db, conventions);
}

// The month in which the account's MRR first drops to zero after paying.
Month churnMonth(const metrics::MrrHistory& history, int account)
{
    for (Month month = history.firstMonth() + 1; month <= history.lastMonth(); month = month + 1) {
        if (history.mrr(account, month - 1) > 0 && history.mrr(account, month) == 0)
            return month;
    }
    return {};
}

metrics::MovementKind kindIn(const metrics::MrrHistory& history, Month month)
{
    const std::vector<int> all{0};
    const auto moves = metrics::accountMovements(history, all, month);
    return moves.empty() ? metrics::MovementKind::None : moves.front().kind;
}

} // namespace

class TestConventions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsUntilSavedThenWhatWasSaved()
    {
        const test::TempFolder folder;
        auto book = makeBook(folder);
        QVERIFY(metrics::loadConventions(book->connection()) == metrics::Conventions{});
        metrics::Conventions chosen;
        chosen.method = metrics::RetentionMethod::Renewal;
        chosen.churnAt = metrics::ChurnRecognition::Cancellation;
        chosen.reactivationWindowMonths = 6;
        chosen.fiscalYearStartMonth = 4;
        metrics::saveConventions(book->connection(), chosen);
        book.reset();
        auto reopened = store::Book::open(folder.path(QStringLiteral("book.tenure")));
        QVERIFY(metrics::loadConventions(reopened->connection()) == chosen);
        // A value no Tenure wrote falls back to the default rather than to nonsense.
        reopened->connection().exec(
            "UPDATE book_meta SET value = '13' WHERE key = 'fiscal_year_start_month'");
        QCOMPARE(metrics::loadConventions(reopened->connection()).fiscalYearStartMonth, 1);
    }

    void churnCountsAtCancellationOnlyUnderThatConvention()
    {
        const test::TempFolder folder;
        auto book = makeBook(folder);
        // Paid to 1 July, cancelled on 10 April (notice given, service to the end).
        addPeriod(book->connection(), 1, "2026-01-01", "2026-07-01", 100, "2026-04-10");
        auto history = metrics::loadMrrHistory(book->connection(), QDate(2026, 8, 15));
        QCOMPARE(churnMonth(history, 0), Month::of(2026, 7));
        QCOMPARE(history.mrr(0, Month::of(2026, 6)), 10000);

        setConventions(book->connection(),
                       [](auto& c) { c.churnAt = metrics::ChurnRecognition::Cancellation; });
        history = metrics::loadMrrHistory(book->connection(), QDate(2026, 8, 15));
        QCOMPARE(churnMonth(history, 0), Month::of(2026, 4)); // April's last day is after the 10th
        QCOMPARE(history.mrr(0, Month::of(2026, 3)), 10000);
        QCOMPARE(kindIn(history, Month::of(2026, 4)), metrics::MovementKind::Churn);

        // Before the cancellation is known, nothing changes.
        history = metrics::loadMrrHistory(book->connection(), QDate(2026, 4, 5));
        QCOMPARE(history.mrr(0, Month::of(2026, 4)), 10000);
    }

    void aPeriodCancelledBeforeItStartedNeverCounts()
    {
        const test::TempFolder folder;
        auto book = makeBook(folder);
        addPeriod(book->connection(), 1, "2026-01-01", "2026-03-01", 50);
        addPeriod(book->connection(), 1, "2026-03-01", "2026-04-01", 50, "2026-02-20");
        setConventions(book->connection(),
                       [](auto& c) { c.churnAt = metrics::ChurnRecognition::Cancellation; });
        const auto history = metrics::loadMrrHistory(book->connection(), QDate(2026, 5, 1));
        QCOMPARE(history.mrr(0, Month::of(2026, 2)), 5000);
        QCOMPARE(history.mrr(0, Month::of(2026, 3)), 0);
    }

    void reactivationWindowDecidesReactivationOrNew_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("reactivation");
        // Paid January to March 2025, nothing for 9 months, back in January 2026.
        QTest::newRow("no limit") << 0 << true;
        QTest::newRow("9 months") << 9 << true;
        QTest::newRow("8 months") << 8 << false;
        QTest::newRow("3 months") << 3 << false;
        QTest::newRow("12 months") << 12 << true;
    }

    void reactivationWindowDecidesReactivationOrNew()
    {
        QFETCH(int, window);
        QFETCH(bool, reactivation);
        const test::TempFolder folder;
        auto book = makeBook(folder);
        addPeriod(book->connection(), 1, "2025-01-01", "2025-04-01", 80);
        addPeriod(book->connection(), 1, "2026-01-01", "", 90);
        setConventions(book->connection(), [&](auto& c) { c.reactivationWindowMonths = window; });
        const auto history = metrics::loadMrrHistory(book->connection(), QDate(2026, 2, 10));
        QCOMPARE(kindIn(history, Month::of(2026, 1)),
                 reactivation ? metrics::MovementKind::Reactivation : metrics::MovementKind::New);
        const std::vector<int> all{0};
        const auto months =
            metrics::monthlyMovements(history, all, Month::of(2026, 1), Month::of(2026, 1));
        QCOMPARE(months.front().reactivationMrr, reactivation ? 9000 : 0);
        QCOMPARE(months.front().newMrr, reactivation ? 0 : 9000);
        QCOMPARE(months.front().startMrr + months.front().newMrr + months.front().reactivationMrr,
                 months.front().endMrr);
    }

    // Two implementations of fiscal quarters (the report's Quarter and the
    // Retention area's periods) must agree for every start month and date.
    void fiscalQuartersAgreeWithRetentionPeriods()
    {
        for (int start = 1; start <= 12; ++start) {
            for (QDate day(2024, 1, 15); day < QDate(2027, 1, 1); day = day.addMonths(1)) {
                const auto quarter = report::Quarter::containing(day, start);
                const auto periods = metrics::periodsBetween(Month::of(day), Month::of(day),
                                                             metrics::Granularity::Quarter, start);
                QCOMPARE(periods.size(), std::size_t{1});
                QCOMPARE(quarter.firstMonth(), periods.front().first);
                QCOMPARE(quarter.lastMonth(), periods.front().last);
                QCOMPARE(quarter.label(), periods.front().label);
                QCOMPARE(report::Quarter::parse(quarter.label(), start), quarter);
                QCOMPARE(quarter.next().previous(), quarter);
                QCOMPARE(quarter.yearBefore().firstMonth(), quarter.firstMonth() - 12);
            }
        }
        const auto april = report::Quarter::containing(QDate(2026, 5, 15), 4);
        QCOMPARE(april.label(), QStringLiteral("FY2027Q1"));
        QCOMPARE(april.firstDay(), QDate(2026, 4, 1));
        QCOMPARE(april.previous().label(), QStringLiteral("FY2026Q4"));
        QCOMPARE(april.previous().lastDay(), QDate(2026, 3, 31));
        QCOMPARE(report::Quarter::containing(QDate(2026, 8, 1)).label(), QStringLiteral("2026Q3"));
    }

    void periodMetricsFollowTheBooksFiscalYear()
    {
        const test::TempFolder folder;
        auto book = makeBook(folder, 2);
        addPeriod(book->connection(), 1, "2025-06-01", "", 100);
        addPeriod(book->connection(), 2, "2025-06-01", "2026-03-01", 40); // churns in March
        setConventions(book->connection(), [](auto& c) { c.fiscalYearStartMonth = 2; });
        const auto history = metrics::loadMrrHistory(book->connection(), QDate(2026, 6, 30));
        const auto rows = metrics::periodMetrics(
            history, metrics::selectAccounts(history), Month::of(2026, 2), Month::of(2026, 4),
            metrics::Granularity::Quarter, metrics::RetentionMethod::Cohort);
        QCOMPARE(rows.size(), std::size_t{1}); // February to April is one fiscal quarter
        QCOMPARE(rows.front().period.label, QStringLiteral("FY2027Q1"));
        QCOMPARE(rows.front().startMrr, 14000); // January
        QCOMPARE(rows.front().churnMrr, 4000);
        QCOMPARE(rows.front().nrr, 100.0 / 140.0);
    }

    void backtestScoresTheFiscalQuarterEnds()
    {
        const test::TempFolder folder;
        auto book = makeBook(folder);
        addPeriod(book->connection(), 1, "2025-01-01", "", 100);
        // A usage week: the book's data runs through 29 Nov 2026.
        book->connection().exec("INSERT INTO usage(account_id, period_start, period_days, "
                                "active_users) VALUES (1, '2026-11-23', 7, 5)");
        const QDate today(2026, 11, 30);
        const auto calendar = health::backtest(book->connection(), today, 90, 2);
        QCOMPARE(calendar.dates, (std::vector<QDate>{QDate(2026, 3, 31), QDate(2026, 6, 30)}));
        setConventions(book->connection(), [](auto& c) { c.fiscalYearStartMonth = 2; });
        const auto fiscal = health::backtest(book->connection(), today, 90, 2);
        QCOMPARE(fiscal.dates, (std::vector<QDate>{QDate(2026, 4, 30), QDate(2026, 7, 31)}));
    }

    void baseCurrencyChangeReExpressesRatesAndKeepsEveryFigure()
    {
        const test::TempFolder folder;
        auto book = makeBook(folder, 3);
        auto& db = book->connection();
        addRate(db, "EUR", "2026-01-01", 1.10);
        addRate(db, "EUR", "2026-06-01", 1.20);
        addRate(db, "GBP", "2026-03-01", 1.30);
        addPeriod(db, 1, "2026-03-01", "", 100, "", "USD");
        addPeriod(db, 2, "2026-03-01", "", 100, "", "EUR");
        addPeriod(db, 3, "2026-03-01", "", 100, "", "GBP");
        const auto before = metrics::loadMrrHistory(db, QDate(2026, 8, 31));

        metrics::changeBaseCurrency(db, QStringLiteral("EUR"));
        QCOMPARE(metrics::loadBaseCurrency(db), QStringLiteral("EUR"));
        const auto after = metrics::loadMrrHistory(db, QDate(2026, 8, 31));
        QCOMPARE(after.baseCurrency(), QStringLiteral("EUR"));
        // Each account in EUR = its USD figure ÷ the EUR rate of the month, to the cent.
        for (const auto& [month, eurRate] :
             {std::pair{Month::of(2026, 4), 1.10}, std::pair{Month::of(2026, 7), 1.20}}) {
            for (int account = 0; account < 3; ++account) {
                const double expected = static_cast<double>(before.mrr(account, month)) / eurRate;
                QVERIFY2(std::abs(after.mrr(account, month) - expected) <= 1,
                         qPrintable(QStringLiteral("account %1 in %2: %3 vs %4")
                                        .arg(account)
                                        .arg(month.toString())
                                        .arg(after.mrr(account, month))
                                        .arg(expected)));
            }
        }
        QCOMPARE(after.mrr(1, Month::of(2026, 7)), 10000); // EUR in EUR is itself
        // And back again gives the first figures.
        metrics::changeBaseCurrency(db, QStringLiteral("USD"));
        const auto again = metrics::loadMrrHistory(db, QDate(2026, 8, 31));
        for (int account = 0; account < 3; ++account)
            QVERIFY(std::abs(again.mrr(account, Month::of(2026, 7)) -
                             before.mrr(account, Month::of(2026, 7))) <= 1);
    }

    void aBaseCurrencyWithoutRatesIsRefusedAndNothingChanges()
    {
        const test::TempFolder folder;
        auto book = makeBook(folder);
        auto& db = book->connection();
        addRate(db, "EUR", "2026-01-01", 1.10);
        settings::BookPreferences wanted = settings::loadBookPreferences(db);
        QCOMPARE(wanted.convertibleCurrencies,
                 (QStringList{QStringLiteral("USD"), QStringLiteral("EUR")}));
        wanted.conventions.fiscalYearStartMonth = 7;
        wanted.health.weights.outcome = 0.9;
        wanted.baseCurrency = QStringLiteral("JPY");
        try {
            settings::saveBookPreferences(db, wanted);
            QFAIL("a base currency without rates was accepted");
        } catch (const metrics::BaseCurrencyError& error) {
            QVERIFY(error.message().contains(QStringLiteral("JPY")));
        }
        const auto stored = settings::loadBookPreferences(db);
        QCOMPARE(stored.baseCurrency, QStringLiteral("USD"));
        QCOMPARE(stored.conventions.fiscalYearStartMonth, 1); // all or nothing
        QCOMPARE(stored.health.weights.outcome, health::HealthWeights{}.outcome);
        QVERIFY_THROWS_EXCEPTION(metrics::BaseCurrencyError,
                                 metrics::changeBaseCurrency(db, QStringLiteral("usd; DROP")));

        wanted.baseCurrency = QStringLiteral("EUR");
        settings::saveBookPreferences(db, wanted);
        const auto saved = settings::loadBookPreferences(db);
        QCOMPARE(saved.baseCurrency, QStringLiteral("EUR"));
        QCOMPARE(saved.conventions.fiscalYearStartMonth, 7);
        QCOMPARE(saved.health.weights.outcome, 0.9);
    }
};

TENURE_TEST_MAIN(TestConventions)
#include "tst_conventions.moc"
