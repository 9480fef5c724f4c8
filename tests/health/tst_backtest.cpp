// The back-test's figures on fixtures with known answers, and on a book built
// from CSV files with churn and contraction planted on known days
// (tests/common/historybook.cpp).
#include "common/historybook.h"
#include "common/signalsdigest.h"
#include "common/testmain.h"
#include "health/backtest.h"
#include "health/datathrough.h"
#include "health/reasonlift.h"
#include "health/signalsloader.h"

#include <map>

using namespace tenure;
using namespace tenure::health;

namespace {

enum class Then { Kept, Churned, Contracted };

std::vector<BacktestObservation> observations(std::initializer_list<std::pair<double, Then>> rows)
{
    std::vector<BacktestObservation> result;
    for (const auto& [health, then] : rows) {
        BacktestObservation observation;
        observation.asOf = QDate(2026, 6, 30);
        observation.health = health;
        observation.churned = then == Then::Churned;
        observation.contracted = then == Then::Contracted;
        result.push_back(observation);
    }
    return result;
}

// The AUC by its definition: over every (with outcome, with neither) pair,
// 1 when the former scored lower, ½ for a tie.
double pairCountAuc(const std::vector<BacktestObservation>& rows, Outcome outcome)
{
    double ordered = 0, pairs = 0;
    for (const auto& positive : rows) {
        if (!positive.had(outcome))
            continue;
        for (const auto& negative : rows) {
            if (negative.lost())
                continue;
            ++pairs;
            ordered += positive.health < negative.health    ? 1.0
                       : positive.health == negative.health ? 0.5
                                                            : 0.0;
        }
    }
    return pairs ? ordered / pairs : 0.5;
}

// Whether the planted day falls in the months after the quarter end's month,
// up to the horizon's month (docs/metrics.md §8).
bool within(const QDate& planted, const QDate& quarterEnd, int horizonDays)
{
    if (!planted.isValid())
        return false;
    const auto month = [](const QDate& d) {
        return d.year() * 12 + d.month();
    };
    return month(planted) > month(quarterEnd) &&
           month(planted) <= month(quarterEnd.addDays(horizonDays));
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = test::history::build();
        QVERIFY(m_book.outcome.committed);
        QCOMPARE(m_book.outcome.rejectedRows(), 0);
        for (const auto& planted : test::history::plantedAccounts())
            m_planted[m_book.accountId(planted.id)] = planted;
    }

    void areaUnderTheCurve()
    {
        // Lost at 10 and 30, kept at 20 and 40: three of the four lost/kept pairs
        // are ordered right.
        const auto fourRows = observations(
            {{10, Then::Churned}, {20, Then::Kept}, {30, Then::Churned}, {40, Then::Kept}});
        QCOMPARE(areaUnderCurve(fourRows, Outcome::Churn), 0.75);
        QCOMPARE(
            areaUnderCurve(observations({{10, Then::Churned}, {90, Then::Kept}}), Outcome::Churn),
            1.0);
        QCOMPARE(
            areaUnderCurve(observations({{90, Then::Churned}, {10, Then::Kept}}), Outcome::Churn),
            0.0);
        // A tie is a coin; so is nothing lost.
        QCOMPARE(
            areaUnderCurve(observations({{50, Then::Churned}, {50, Then::Kept}}), Outcome::Churn),
            0.5);
        QCOMPARE(
            areaUnderCurve(observations({{50, Then::Kept}, {60, Then::Kept}}), Outcome::Either),
            0.5);
    }

    void eachOutcomeHasItsOwnAuc()
    {
        // Churned at 10 and 40, contracted at 20 and 60, kept at 30 and 50.
        // Churn vs kept: 10<30, 10<50, 40<50 ordered, 40>30 not: 3/4.
        // Contraction vs kept: 20<30, 20<50 ordered, 60 above both: 2/4.
        // Either vs kept: 2 + 2 + 1 + 0 of 8 pairs: 5/8.
        const auto rows = observations({{10, Then::Churned},
                                        {20, Then::Contracted},
                                        {30, Then::Kept},
                                        {40, Then::Churned},
                                        {50, Then::Kept},
                                        {60, Then::Contracted}});
        QCOMPARE(areaUnderCurve(rows, Outcome::Churn), 0.75);
        QCOMPARE(areaUnderCurve(rows, Outcome::Contraction), 0.5);
        QCOMPARE(areaUnderCurve(rows, Outcome::Either), 0.625);
    }

    void liftOfTheWorstTenth()
    {
        std::vector<BacktestObservation> rows;
        for (int i = 0; i < 20; ++i) {
            rows.push_back({});
            rows.back().health = 5.0 * i;
            rows.back().churned = i < 2;
        }
        // The two lost accounts are the worst-scored tenth: 100% against 10%.
        QCOMPARE(worstDecileLift(rows), 10.0);
        rows[0].churned = false;
        rows[19].contracted = true;
        QCOMPARE(worstDecileLift(rows), 5.0);
    }

    void calibrationBands()
    {
        const auto bands = calibrationTable(observations({{5, Then::Churned},
                                                          {15, Then::Contracted},
                                                          {55, Then::Kept},
                                                          {65, Then::Churned},
                                                          {100, Then::Kept}}));
        QCOMPARE(bands.size(), std::size_t{5});
        QCOMPARE(bands[0].accounts, 2);
        QCOMPARE(bands[0].lossRate(), 1.0);
        QCOMPARE(bands[2].accounts, 1);
        QCOMPARE(bands[3].lost, 1);
        QCOMPARE(bands[4].accounts, 1); // 100 belongs to the top band
    }

    void reasonLiftWithKatzInterval()
    {
        // Fired on 40 accounts, 10 churned (25%); quiet on 60, 5 churned (8.33%).
        // RR = 0.25 / 0.08333 = 3. SE of ln RR = √(1/10 − 1/40 + 1/5 − 1/60)
        // = √0.258333 = 0.508265; ln 3 = 1.098612; 1.959964 × 0.508265 = 0.996181;
        // interval exp(0.102431) = 1.10786 to exp(2.094793) = 8.12376.
        const auto lift = reasonLift(QStringLiteral("low_adoption"), 40, 10, 60, 5);
        QVERIFY(lift.lift && lift.low && lift.high);
        QCOMPARE(*lift.lift, 3.0);
        QVERIFY(qAbs(*lift.low - 1.10786) < 1e-4);
        QVERIFY(qAbs(*lift.high - 8.12376) < 1e-4);
    }

    void reasonLiftWithoutChurnHasNoInterval()
    {
        // Nobody churned where it fired: the lift is 0, ln 0 has no interval.
        const auto none = reasonLift(QStringLiteral("x"), 10, 0, 30, 3);
        QCOMPARE(none.lift.value_or(-1), 0.0);
        QVERIFY(!none.low && !none.high);
        // Nobody churned where it did not fire: no rate to divide by.
        const auto undefined = reasonLift(QStringLiteral("x"), 10, 2, 30, 0);
        QVERIFY(!undefined.lift && !undefined.low);
    }

    void csvBookOutcomesAreThePlantedOnes()
    {
        const auto sample = sampleBook(m_book.book->connection(), QDate(2026, 12, 31), 180, 8);
        QCOMPARE(sample.dataThrough, test::history::kDataThrough);
        // qe + 180 days must be on or before 31 Dec 2026: 30 Sep 2024 to 30 Jun 2026.
        QCOMPARE(sample.dates.size(), std::size_t{8});
        QCOMPARE(sample.dates.front(), QDate(2024, 9, 30));
        QCOMPARE(sample.dates.back(), QDate(2026, 6, 30));
        QVERIFY(sample.pastData.empty());
        // Paying accounts on each date: 40, 40, 39, 37, 36, 34, 33, 31 (churns
        // of Feb 25; Apr, May 25; Aug 25; Oct, Nov 25; Feb 26; Apr, May 26).
        QCOMPARE(sample.observations.size(), std::size_t{290});
        int churned = 0, contracted = 0;
        for (const auto& observation : sample.observations) {
            const auto& planted = m_planted.at(observation.accountId);
            QCOMPARE(observation.churned, within(planted.churnOn, observation.asOf, 180));
            QCOMPARE(observation.contracted, within(planted.contractOn, observation.asOf, 180));
            if (observation.contracted)
                QCOMPARE(observation.contractedShare, 0.5);
            churned += observation.churned;
            contracted += observation.contracted;
        }
        // Each planted day is seen from the two quarter ends of the six months
        // before it, but A13's and A32's (Oct, Nov 26) only from 30 Jun 26:
        // 10 × 2 + 2 churns; A03's and A07's contractions likewise: 11 × 2 + 2.
        QCOMPARE(churned, 22);
        QCOMPARE(contracted, 24);

        const auto result = summarise(sample);
        QCOMPARE(result.churn.events, 22);
        QCOMPARE(result.contraction.events, 24);
        QCOMPARE(result.either.events, 46);
        QCOMPARE(result.either.rate, 46.0 / 290.0);
        for (const Outcome outcome : {Outcome::Churn, Outcome::Contraction, Outcome::Either}) {
            const double byPairs = pairCountAuc(sample.observations, outcome);
            QVERIFY2(qAbs(areaUnderCurve(sample.observations, outcome) - byPairs) < 1e-12,
                     qPrintable(QString::number(byPairs)));
        }
        // Poorly used accounts churned 8 of 12 times: the score must see it.
        QVERIFY(result.churn.auc > 0.6);
        for (const auto& lift : result.reasonLifts) {
            QCOMPARE(lift.fired + lift.quiet, 290);
            QCOMPARE(lift.firedChurned + lift.quietChurned, 22);
        }
    }

    // A large book's quarter ends score a few of their paying accounts,
    // spread evenly over the ids, the same ones on every call.
    void sampledQuarterEndsScoreEvenlySpreadAccounts()
    {
        auto& connection = m_book.book->connection();
        const QDate today(2026, 12, 31);
        const auto whole = sampleBook(connection, today, 180, 8);
        QCOMPARE(whole.payingAccounts, 290);
        QCOMPARE(whole.sampledAccounts, 290);
        QVERIFY(!whole.isSampled());

        const auto sampled = sampleBook(connection, today, 180, 8, {nullptr, 10});
        QCOMPARE(sampled.dates, whole.dates);
        QCOMPARE(sampled.payingAccounts, 290);
        QCOMPARE(sampled.sampledAccounts, 80);
        QVERIFY(sampled.isSampled());
        QVERIFY(sampled.observations.size() <= std::size_t{80});
        // On each date: the ids at 0, n/10, 2n/10, ... of those paying then.
        for (const QDate& date : whole.dates) {
            std::vector<std::int64_t> paying, chosen;
            for (const auto& observation : whole.observations) {
                if (observation.asOf == date)
                    paying.push_back(observation.accountId);
            }
            for (const auto& observation : sampled.observations) {
                if (observation.asOf == date)
                    chosen.push_back(observation.accountId);
            }
            QCOMPARE(chosen.size(), std::size_t{10});
            for (std::size_t i = 0; i < chosen.size(); ++i)
                QCOMPARE(chosen[i], paying[i * paying.size() / 10]);
        }
        const auto again = sampleBook(connection, today, 180, 8, {nullptr, 10});
        QCOMPARE(again.observations.size(), sampled.observations.size());
        for (std::size_t i = 0; i < again.observations.size(); ++i)
            QCOMPARE(again.observations[i].accountId, sampled.observations[i].accountId);
        // A limit above every date's count changes nothing.
        QCOMPARE(sampleBook(connection, today, 180, 8, {nullptr, 40}).observations.size(),
                 whole.observations.size());
    }

    // The book built from CSV files, read for a few accounts at a quarter
    // end, reads for them exactly as the whole book does.
    void aSampleOfTheCsvBookReadsAsTheWholeBook()
    {
        auto& connection = m_book.book->connection();
        for (const QDate& day : {QDate(2025, 3, 31), QDate(2026, 6, 30)}) {
            const auto all = health::loadSignals(connection, day);
            QVERIFY(all.size() >= 40);
            std::vector<std::int64_t> ids;
            for (std::size_t i = 0; i < all.size(); i += 3)
                ids.push_back(all[i].id);
            const auto some = health::loadSignalsOf(connection, day, ids);
            QCOMPARE(some.size(), ids.size());
            for (std::size_t i = 0; i < some.size(); ++i)
                QCOMPARE(test::digest(some[i]), test::digest(all[i * 3]));
        }
    }

    void dataThroughOfSeveralDatesIsEachDatesOwn()
    {
        auto& connection = m_book.book->connection();
        const std::vector<QDate> dates{QDate(2027, 3, 1), QDate(2025, 6, 15), QDate(2026, 12, 31),
                                       QDate(2000, 1, 1)};
        const auto together = health::dataThrough(connection, dates);
        QCOMPARE(together.size(), dates.size());
        for (std::size_t i = 0; i < dates.size(); ++i)
            QCOMPARE(together[i], health::dataThrough(connection, dates[i]));
        QCOMPARE(together[0], test::history::kDataThrough);
        QCOMPARE(together[2], test::history::kDataThrough);
        QVERIFY(together[1] <= dates[1] && together[1] >= dates[1].addDays(-31));
        QVERIFY(!together[3].isValid());
    }

    // A week of usage runs through its seventh day, a day's through itself.
    void usagePeriodsRunThroughTheirLastDay()
    {
        const test::TempFolder folder;
        auto book = store::Book::create(folder.path(QStringLiteral("usage.tenure")));
        auto& connection = book->connection();
        connection.exec("INSERT INTO accounts(id, name) VALUES (1, 'Alpha');"
                        "INSERT INTO usage(account_id, period_start, period_days, active_users) "
                        "VALUES (1, '2026-11-30', 7, 3), (1, '2026-12-07', 7, 3), "
                        "(1, '2026-12-09', 1, 2)");
        QCOMPARE(health::dataThrough(connection, QDate(2026, 12, 8)), QDate(2026, 12, 6));
        QCOMPARE(health::dataThrough(connection, QDate(2026, 12, 10)), QDate(2026, 12, 9));
        QCOMPARE(health::dataThrough(connection, QDate(2026, 12, 13)), QDate(2026, 12, 13));
        QCOMPARE(health::dataThrough(connection, QDate(2026, 12, 5)), QDate());

        // With another record on 2 December, the usage after it still counts,
        // and the record counts where no usage has ended yet.
        connection.exec("INSERT INTO account_events(account_id, occurred_on, kind) "
                        "VALUES (1, '2026-12-02', 'funding')");
        QCOMPARE(health::dataThrough(connection, QDate(2026, 12, 5)), QDate(2026, 12, 2));
        QCOMPARE(health::dataThrough(connection, QDate(2026, 12, 8)), QDate(2026, 12, 6));
        QCOMPARE(health::dataThrough(connection, QDate(2026, 12, 13)), QDate(2026, 12, 13));
        QCOMPARE(health::dataThrough(connection,
                                     std::vector<QDate>{QDate(2026, 12, 13), QDate(2026, 12, 5),
                                                        QDate(2026, 12, 10)}),
                 (std::vector<QDate>{QDate(2026, 12, 13), QDate(2026, 12, 2), QDate(2026, 12, 9)}));
    }

    void horizonPastTheDataIsLeftOutAndCounted()
    {
        // Today 30 Jun 2027, data through 31 Dec 2026, 90 days: 31 Mar 2027 and
        // 31 Dec 2026 have passed today's horizon but not the data's, so they
        // are left out; 28 accounts paid on each (40 less the 12 churned).
        const auto result = backtest(m_book.book->connection(), QDate(2027, 6, 30), 90, 2);
        QCOMPARE(result.dataThrough, test::history::kDataThrough);
        QCOMPARE(result.pastData, (std::vector<QDate>{QDate(2026, 12, 31), QDate(2027, 3, 31)}));
        QCOMPARE(result.pastDataAccounts, 56);
        QCOMPARE(result.dates, (std::vector<QDate>{QDate(2026, 6, 30), QDate(2026, 9, 30)}));
        // 31 on 30 Jun 26; 30 Sep 26 less A28 (Aug): 30.
        QCOMPARE(result.observations, 61);
        const auto json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("accounts_past_data")).toInt(), 56);
        QCOMPARE(json.value(QStringLiteral("data_through")).toString(),
                 QStringLiteral("2026-12-31"));
    }

    void anEmptyBookScoresNothing()
    {
        const test::TempFolder folder;
        auto book = store::Book::create(folder.path(QStringLiteral("empty.tenure")));
        const auto result = backtest(book->connection(), QDate(2026, 12, 31), 90, 4);
        QVERIFY(!result.dataThrough.isValid());
        QVERIFY(result.dates.empty());
        QCOMPARE(result.observations, 0);
    }

private:
    test::CsvBook m_book;
    std::map<std::int64_t, test::history::PlantedAccount> m_planted;
};

TENURE_TEST_MAIN(TestBacktest)
#include "tst_backtest.moc"
