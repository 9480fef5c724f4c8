// Per-period metrics: the renewal-based method on contracts worked out by
// hand, the MRR bridge identity, and the documented JSON keys.
#include "common/testmain.h"
#include "historybuilder.h"
#include "metrics/periodmetrics.h"
#include "metrics/renewals.h"
#include "metrics/selection.h"

#include <QJsonObject>

using namespace tenure::metrics;
using tenure::test::HistoryBuilder;

namespace {

HistoryBuilder renewalsBook()
{
    HistoryBuilder book;
    const int renewsUp = book.account(), lapses = book.account(), laterRenewal = book.account(),
              monthly = book.account();
    book.period(renewsUp, "2023-03-10", "2024-03-10", 100, "USD", 12)
        .period(renewsUp, "2024-03-10", "", 120, "USD", 12);
    book.period(lapses, "2023-02-01", "2024-02-01", 50, "USD", 12);
    book.period(laterRenewal, "2023-08-01", "", 70, "USD", 12);
    book.period(monthly, "2023-06-01", "", 10, "USD", 1);
    return book;
}

} // namespace

class TestPeriodMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renewalMethodCountsOnlyContractsUpForRenewal()
    {
        const auto history = renewalsBook().build("2024-03-31");
        const Period q1{Month::of(2024, 1), Month::of(2024, 3), QStringLiteral("2024Q1")};
        const auto figures = renewalRetention(history, selectAccounts(history), q1);
        QCOMPARE(figures.logosUp, 3); // not the contract renewing in August
        QCOMPARE(figures.logosRenewed, 2);
        QCOMPARE(figures.valueUp, 16000);
        QCOMPARE(figures.renewedValue, 11000);
        QCOMPARE(figures.expansion, 2000);
        QCOMPARE(figures.nrr(), 130.0 / 160.0);
        QCOMPARE(figures.grr(), 110.0 / 160.0);
        QCOMPARE(renewalIn(history, 0, QDate(2024, 1, 1), QDate(2024, 3, 31)), QDate(2024, 3, 10));
        QVERIFY(!renewalIn(history, 2, QDate(2024, 1, 1), QDate(2024, 3, 31)));
    }

    void bridgeHoldsForEveryPeriodAndMethod_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("method");
        for (int g : {0, 1, 2}) {
            for (int m : {0, 1})
                QTest::addRow("granularity %d method %d", g, m) << g << m;
        }
    }

    void bridgeHoldsForEveryPeriodAndMethod()
    {
        QFETCH(int, granularity);
        QFETCH(int, method);
        const auto history = renewalsBook().build("2024-03-31");
        const auto rows = periodMetrics(history, selectAccounts(history), Month::of(2023, 1),
                                        Month::of(2024, 3), static_cast<Granularity>(granularity),
                                        static_cast<RetentionMethod>(method));
        QVERIFY(!rows.empty());
        for (const auto& row : rows) {
            QCOMPARE(row.startMrr + row.newMrr + row.reactivationMrr + row.expansionMrr -
                         row.contractionMrr - row.churnMrr,
                     row.endMrr);
            if (!std::isnan(row.grr)) {
                QVERIFY(row.grr <= 1.0);
                QVERIFY(row.nrr >= row.grr);
            }
        }
    }

    void jsonHasExactlyTheDocumentedKeys()
    {
        const auto history = renewalsBook().build("2024-03-31");
        const auto rows = periodMetrics(history, selectAccounts(history), Month::of(2024, 1),
                                        Month::of(2024, 3), Granularity::Quarter,
                                        RetentionMethod::Cohort, QStringLiteral("Low touch"));
        const auto json = toJson(rows, QStringLiteral("USD"), QStringLiteral("segment"));
        QCOMPARE(json.size(), 1);
        const QJsonObject row = json[0].toObject();
        QStringList keys = row.keys();
        keys.sort();
        const QString expected =
            QStringLiteral("churn contraction customers_end customers_start end_mrr expansion grr "
                           "logo_retention new nrr period reactivation segment start_mrr");
        QCOMPARE(keys.join(u' '), expected);
        QCOMPARE(row[QStringLiteral("period")].toString(), QStringLiteral("2024Q1"));
        QCOMPARE(row[QStringLiteral("start_mrr")].toDouble(), 230.0); // dollars, not cents
        QCOMPARE(row[QStringLiteral("churn")].toDouble(), 50.0);
        QCOMPARE(row[QStringLiteral("customers_start")].toInt(), 4);
        QCOMPARE(row[QStringLiteral("customers_end")].toInt(), 3);
    }

    void undefinedRatiosAreNull()
    {
        HistoryBuilder book;
        book.period(book.account(), "2024-02-01", "", 10);
        const auto history = book.build("2024-02-29");
        const auto rows =
            periodMetrics(history, selectAccounts(history), Month::of(2024, 2), Month::of(2024, 2),
                          Granularity::Month, RetentionMethod::Cohort);
        const auto json = toJson(rows, QStringLiteral("USD"), {});
        QVERIFY(json[0].toObject()[QStringLiteral("nrr")].isNull());
    }

    // Nothing changes after the data's last event: a far as-of date keeps the
    // history to the data's own months, and every later month reads as the
    // last of them, with the same metrics as a nearer as-of date gives.
    void aFarAsOfKeepsTheDataSpan()
    {
        const HistoryBuilder book = renewalsBook();
        const MrrHistory far = book.build("2190-01-01");
        QCOMPARE(far.lastMonth(), Month::of(2190, 1));
        QCOMPARE(far.firstMonth(), Month::of(2023, 2));
        QCOMPARE(far.settledMonth(), Month::of(2024, 3)); // the last period starts and ends
        QCOMPARE(far.storedMonthCount(), 14);
        QCOMPARE(far.mrr(0, Month::of(2190, 1)), 12000);
        QCOMPARE(far.mrr(1, Month::of(2190, 1)), 0);

        const MrrHistory near = book.build("2026-12-31");
        for (const auto granularity :
             {Granularity::Month, Granularity::Quarter, Granularity::Year}) {
            for (const auto method : {RetentionMethod::Cohort, RetentionMethod::Renewal}) {
                const auto expected = periodMetrics(near, selectAccounts(near), near.firstMonth(),
                                                    near.lastMonth(), granularity, method);
                const auto farRows = periodMetrics(far, selectAccounts(far), near.firstMonth(),
                                                   near.lastMonth(), granularity, method);
                QCOMPARE(toJson(farRows, QStringLiteral("USD"), {}),
                         toJson(expected, QStringLiteral("USD"), {}));
            }
        }
        const auto all = periodMetrics(far, selectAccounts(far), far.firstMonth(), far.lastMonth(),
                                       Granularity::Month, RetentionMethod::Cohort);
        QCOMPARE(static_cast<int>(all.size()), far.monthCount());
        QCOMPARE(all.back().endMrr, 12000 + 7000 + 1000);
        QCOMPARE(all.back().churnMrr, 0);
        // Every month after the settled one holds the same three customers and
        // moves nothing.
        for (std::size_t i = static_cast<std::size_t>(far.settledMonth() - far.firstMonth()) + 1;
             i < all.size(); ++i) {
            QCOMPARE(all[i].startMrr, 12000 + 7000 + 1000);
            QCOMPARE(all[i].endMrr, 12000 + 7000 + 1000);
            QCOMPARE(all[i].customersStart, 3);
            QCOMPARE(all[i].customersEnd, 3);
            QCOMPARE(all[i].newMrr + all[i].expansionMrr + all[i].contractionMrr + all[i].churnMrr +
                         all[i].reactivationMrr,
                     0);
        }
    }

    // The months are walked once for all periods; a period's figures must not
    // depend on which other periods were asked for with it.
    void aPeriodReadsTheSameAloneOrAmongOthers()
    {
        const MrrHistory history = renewalsBook().build("2024-06-15");
        for (const auto granularity :
             {Granularity::Month, Granularity::Quarter, Granularity::Year}) {
            const auto together =
                periodMetrics(history, selectAccounts(history), history.firstMonth(),
                              history.lastMonth(), granularity, RetentionMethod::Cohort);
            QVERIFY(together.size() > 1);
            for (const PeriodMetrics& row : together) {
                const auto alone =
                    periodMetrics(history, selectAccounts(history), row.period.first,
                                  row.period.first, granularity, RetentionMethod::Cohort);
                QCOMPARE(alone.size(), std::size_t(1));
                const PeriodMetrics rows[] = {row, alone.front()};
                QCOMPARE(toJson(std::span(rows, 1), QStringLiteral("USD"), {}),
                         toJson(std::span(rows + 1, 1), QStringLiteral("USD"), {}));
            }
        }
    }
};

TENURE_TEST_MAIN(TestPeriodMetrics)
#include "tst_periodmetrics.moc"
