// MRR, movements and retention against published worked examples
// (docs/metrics.md §3) and a small book worked out by hand.
#include "common/testmain.h"
#include "historybuilder.h"
#include "metrics/cohorts.h"
#include "metrics/lifetimes.h"
#include "metrics/movements.h"
#include "metrics/retention.h"
#include "metrics/selection.h"
#include "metrics/survivalstrata.h"

#include <QJsonObject>

using namespace tenure::metrics;
using tenure::test::HistoryBuilder;

namespace {

Period monthPeriod(int year, int month)
{
    return {Month::of(year, month), Month::of(year, month), {}};
}

Period quarter(int year, int q)
{
    const Month first = Month::of(year, (q - 1) * 3 + 1);
    return {first, first + 2, {}};
}

// The hand-made book: see handMadeMovements for what happens when.
HistoryBuilder handMadeBook()
{
    HistoryBuilder book;
    const int a = book.account(QStringLiteral("High touch"));
    const int b = book.account();
    const int c = book.account();
    const int d = book.account();
    const int e = book.account(QStringLiteral("High touch"));
    book.period(a, "2024-01-10", "2024-03-05", 100).period(a, "2024-03-05", "", 150);
    book.period(b, "2023-12-01", "2024-02-15", 200).period(b, "2024-05-01", "", 120);
    book.period(c, "2023-11-01", "2024-04-01", 80).period(c, "2024-04-01", "", 50);
    book.period(d, "2024-06-20", "", 999); // starts after the as-of date
    book.period(e, "2024-06-01", "2024-06-30", 40);
    return book;
}

} // namespace

class TestMetricsReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartMogulGrossAndNetChurn()
    {
        // Start $100; churn $10, contraction $10, expansion $10: GRR 80%, NRR 90%.
        HistoryBuilder book;
        const int expands = book.account(), contracts = book.account(), churns = book.account(),
                  steady = book.account();
        book.period(expands, "2024-01-01", "2024-02-01", 50).period(expands, "2024-02-01", "", 60);
        book.period(contracts, "2024-01-01", "2024-02-01", 30)
            .period(contracts, "2024-02-01", "", 20);
        book.period(churns, "2024-01-01", "2024-02-01", 10);
        book.period(steady, "2024-01-01", "", 10);
        const auto history = book.build("2024-02-29");
        const auto all = selectAccounts(history);
        const auto figures = cohortRetention(history, all, monthPeriod(2024, 2));
        QCOMPARE(figures.startMrr, 10000);
        QCOMPARE(figures.grr(), 0.8);
        QCOMPARE(figures.nrr(), 0.9);

        const auto february =
            monthlyMovements(history, all, Month::of(2024, 2), Month::of(2024, 2));
        QCOMPARE(february[0].churnMrr, 1000);
        QCOMPARE(february[0].contractionMrr, 1000);
        QCOMPARE(february[0].expansionMrr, 1000);
    }

    void chartMogulCustomerChurnLeavesOutNewCustomers()
    {
        // 100 customers at the start, 11 cancel, one of whom joined this month: 10%.
        HistoryBuilder book;
        for (int i = 0; i < 100; ++i)
            book.period(book.account(), "2023-06-01", i < 10 ? "2024-02-10" : "", 25);
        book.period(book.account(), "2024-02-05", "2024-02-20", 25);
        const auto history = book.build("2024-02-29");
        const auto figures =
            cohortRetention(history, selectAccounts(history), monthPeriod(2024, 2));
        QCOMPARE(figures.customersStart, 100);
        QCOMPARE(figures.customerChurn(), 0.10);
        QCOMPARE(figures.logoRetention(), 0.90);
    }

    void churnZeroNetRevenueRetention()
    {
        // $27,000 start, +$8,000 upsell, -$5,000 churn: NRR 111.1%.
        HistoryBuilder book;
        const int upsold = book.account(), kept = book.account(), lost = book.account(),
                  other = book.account();
        book.period(upsold, "2023-01-01", "2024-02-01", 9000)
            .period(upsold, "2024-02-01", "", 17000);
        book.period(kept, "2023-01-01", "", 9000);
        book.period(lost, "2023-01-01", "2024-03-01", 5000);
        book.period(other, "2023-01-01", "", 4000);
        const auto history = book.build("2024-03-31");
        const auto figures = cohortRetention(history, selectAccounts(history), quarter(2024, 1));
        QCOMPARE(figures.startMrr, 2700000);
        QCOMPARE(std::round(figures.nrr() * 1000) / 1000, 1.111);
        QVERIFY(figures.grr() <= 1.0);
    }

    void grossRevenueRetentionWithDowngrades()
    {
        // $50,000 start, -$3,000 churn, -$2,000 downgrades: GRR 90%.
        HistoryBuilder book;
        const int downgraded = book.account(), lost = book.account(), kept = book.account();
        book.period(downgraded, "2023-01-01", "2024-02-01", 20000)
            .period(downgraded, "2024-02-01", "", 18000);
        book.period(lost, "2023-01-01", "2024-03-01", 3000);
        book.period(kept, "2023-01-01", "", 27000);
        const auto history = book.build("2024-03-31");
        const auto figures = cohortRetention(history, selectAccounts(history), quarter(2024, 1));
        QCOMPARE(figures.grr(), 0.9);
        QCOMPARE(figures.nrr(), 0.9);
    }

    void handMadeMovements_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<QList<qint64>>("row"); // start, new, react, exp, contr, churn, end
        QTest::newRow("2023-11 C signs") << 0 << QList<qint64>{0, 80, 0, 0, 0, 0, 80};
        QTest::newRow("2023-12 B signs") << 1 << QList<qint64>{80, 200, 0, 0, 0, 0, 280};
        QTest::newRow("2024-01 A signs") << 2 << QList<qint64>{280, 100, 0, 0, 0, 0, 380};
        QTest::newRow("2024-02 B churns") << 3 << QList<qint64>{380, 0, 0, 0, 0, 200, 180};
        QTest::newRow("2024-03 A expands") << 4 << QList<qint64>{180, 0, 0, 50, 0, 0, 230};
        QTest::newRow("2024-04 C contracts") << 5 << QList<qint64>{230, 0, 0, 0, 30, 0, 200};
        QTest::newRow("2024-05 B returns") << 6 << QList<qint64>{200, 0, 120, 0, 0, 0, 320};
        QTest::newRow("2024-06 E signs, D not yet") << 7 << QList<qint64>{320, 40, 0, 0, 0, 0, 360};
    }

    void handMadeMovements()
    {
        QFETCH(int, month);
        QFETCH(QList<qint64>, row);
        const auto history = handMadeBook().build("2024-06-15");
        QCOMPARE(history.firstMonth(), Month::of(2023, 11));
        const auto rows = monthlyMovements(history, selectAccounts(history), history.firstMonth(),
                                           history.lastMonth());
        QCOMPARE(rows.size(), std::size_t{8});
        const auto& m = rows[static_cast<std::size_t>(month)];
        const QList<qint64> actual{m.startMrr,       m.newMrr,   m.reactivationMrr, m.expansionMrr,
                                   m.contractionMrr, m.churnMrr, m.endMrr};
        QList<qint64> expected;
        for (qint64 dollars : row)
            expected.append(dollars * 100);
        QCOMPARE(actual, expected);
    }

    void handMadeRetentionAndDrillDown()
    {
        const auto history = handMadeBook().build("2024-06-15");
        const auto all = selectAccounts(history);
        const auto q1 = cohortRetention(history, all, quarter(2024, 1));
        QCOMPARE(q1.startMrr, 28000);
        QCOMPARE(q1.nrr(), 80.0 / 280.0);
        QCOMPARE(q1.logoRetention(), 0.5);
        // Q2: B came back in May but was not paying in March, so it is not in the cohort.
        const auto q2 = cohortRetention(history, all, quarter(2024, 2));
        QCOMPARE(q2.customersStart, 2);
        QCOMPARE(q2.nrr(), 200.0 / 230.0);
        QCOMPARE(q2.grr(), 200.0 / 230.0);

        const auto may = accountMovements(history, all, Month::of(2024, 5));
        QCOMPARE(may.size(), std::size_t{1});
        QCOMPARE(history.accounts()[static_cast<std::size_t>(may[0].account)].id, 2);
        QCOMPARE(may[0].kind, MovementKind::Reactivation);

        const auto highTouch =
            selectAccounts(history, AccountFilter{QStringLiteral("High touch"), {}, {}});
        QCOMPARE(highTouch.size(), std::size_t{2});
        const auto june =
            monthlyMovements(history, highTouch, Month::of(2024, 6), Month::of(2024, 6));
        QCOMPARE(june[0].endMrr, 19000);
    }

    void handMadeLifetimesAndCohorts()
    {
        const auto history = handMadeBook().build("2024-06-15");
        const auto lifetimes = accountLifetimes(history, selectAccounts(history));
        QCOMPARE(lifetimes.size(), std::size_t{4}); // D never started
        std::map<std::int64_t, std::pair<int, bool>> byId;
        for (const auto& life : lifetimes)
            byId[history.accounts()[static_cast<std::size_t>(life.account)].id] = {
                life.durationMonths, life.churned()};
        QCOMPARE(byId[1], std::make_pair(6, false)); // A: Jan..Jun
        QCOMPARE(byId[2], std::make_pair(2, true));  // B: Dec, Jan, churned in Feb
        QCOMPARE(byId[3], std::make_pair(8, false)); // C: Nov..Jun
        QCOMPARE(byId[5], std::make_pair(1, false)); // E: June

        const auto cohorts = cohortTable(history, selectAccounts(history));
        QCOMPARE(cohorts.size(), std::size_t{4});
        const auto& december = cohorts[1];
        QCOMPARE(december.cohort, Month::of(2023, 12));
        QCOMPARE(december.activeAccounts, (std::vector<int>{1, 1, 0, 0, 0, 1, 1}));
        QCOMPARE(december.revenueRetention(5), 0.6);
        QCOMPARE(cohorts.back().mrr.size(), std::size_t{1}); // no cells past the as-of month
    }

    void handMadeSurvivalBySegment()
    {
        const auto history = handMadeBook().build("2024-06-15");
        const auto strata =
            survivalByStratum(history, selectAccounts(history), Stratification::Segment);
        QCOMPARE(strata.size(), std::size_t{2});
        QCOMPARE(strata[0].name, QStringLiteral("High touch")); // A and E: both still paying
        QVERIFY(!strata[0].curve.median);
        QCOMPARE(strata[1].name, QStringLiteral("Low touch")); // B churned after 2 months, C runs
        QCOMPARE(strata[1].curve.median.value(), 2.0);

        const auto json = toJson(strata);
        QVERIFY(json[0].toObject()[QStringLiteral("median")].isNull());
        const auto firstStep = json[1].toObject()[QStringLiteral("table")].toArray()[0].toObject();
        QCOMPARE(firstStep[QStringLiteral("t")].toDouble(), 2.0);
        QCOMPARE(firstStep[QStringLiteral("at_risk")].toInt(), 2);
        QCOMPARE(firstStep[QStringLiteral("events")].toInt(), 1);
        QCOMPARE(firstStep[QStringLiteral("survival")].toDouble(), 0.5);
        QCOMPARE(firstStep.keys().size(), 7);

        const auto byCohort =
            survivalByStratum(history, selectAccounts(history), Stratification::SignupCohort);
        QCOMPARE(byCohort.front().name, QStringLiteral("2023Q4"));
        QCOMPARE(byCohort.front().curve.observations(), 2); // C (November) and B (December)
    }

    void periodEndIsExclusive()
    {
        HistoryBuilder book;
        const int endsOnFirst = book.account(), endsOnLast = book.account();
        book.period(endsOnFirst, "2024-01-01", "2024-02-01", 10);
        book.period(endsOnLast, "2024-01-01", "2024-01-31", 10);
        const auto history = book.build("2024-03-31");
        QCOMPARE(history.mrr(endsOnFirst, Month::of(2024, 1)), 1000);
        QCOMPARE(history.mrr(endsOnLast, Month::of(2024, 1)), 0);
    }

    void currenciesConvertAndMissingRatesAreErrors()
    {
        CurrencyConverter converter(QStringLiteral("USD"));
        converter.addRate(QStringLiteral("JPY"), QDate(2024, 1, 1), 0.0067);
        converter.addRate(QStringLiteral("JPY"), QDate(2024, 2, 1), 0.0070);
        HistoryBuilder book;
        // 10,000 yen a month: JPY has no minor unit, so mrr_minor is 10000.
        book.period(book.account(), "2024-01-01", "", 100, "JPY");
        const auto history = book.build("2024-02-29", converter);
        QCOMPARE(history.mrr(0, Month::of(2024, 1)), 6700);
        QCOMPARE(history.mrr(0, Month::of(2024, 2)), 7000);

        HistoryBuilder euros;
        euros.period(euros.account(), "2024-01-01", "", 10, "EUR");
        try {
            euros.build("2024-01-31", converter);
            QFAIL("a missing rate must not count 1:1");
        } catch (const MissingRate& missing) {
            QCOMPARE(missing.currency, QStringLiteral("EUR"));
            QCOMPARE(missing.date, QDate(2024, 1, 31));
            QVERIFY(missing.message().contains(QStringLiteral("EUR")));
        }
    }

    void periodsFollowCalendarAndFiscalYears()
    {
        const auto quarters =
            periodsBetween(Month::of(2024, 2), Month::of(2024, 7), Granularity::Quarter);
        QCOMPARE(quarters.size(), std::size_t{3});
        QCOMPARE(quarters[0].label, QStringLiteral("2024Q1"));
        QCOMPARE(quarters[0].first, Month::of(2024, 1));
        QCOMPARE(quarters[2].last, Month::of(2024, 9));

        const auto fiscal =
            periodsBetween(Month::of(2024, 5), Month::of(2024, 5), Granularity::Quarter, 4);
        QCOMPARE(fiscal[0].label, QStringLiteral("FY2025Q1"));
        QCOMPARE(fiscal[0].first, Month::of(2024, 4));
        const auto years =
            periodsBetween(Month::of(2024, 5), Month::of(2024, 5), Granularity::Year, 4);
        QCOMPARE(years[0].first, Month::of(2024, 4));
        QCOMPARE(years[0].last, Month::of(2025, 3));
    }
};

TENURE_TEST_MAIN(TestMetricsReference)
#include "tst_metricsreference.moc"
