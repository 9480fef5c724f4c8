// The back-test's figures on fixtures with known answers.
#include "common/testmain.h"
#include "health/backtest.h"

using namespace tenure::health;

namespace {

std::vector<BacktestObservation> observations(std::initializer_list<std::pair<double, bool>> rows)
{
    std::vector<BacktestObservation> result;
    for (const auto& [health, lost] : rows)
        result.push_back({QDate(2026, 6, 30), 0, health, lost});
    return result;
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void areaUnderTheCurve()
    {
        // Lost at 10 and 30, kept at 20 and 40: three of the four lost/kept pairs
        // are ordered right.
        QCOMPARE(areaUnderCurve(observations({{10, true}, {20, false}, {30, true}, {40, false}})),
                 0.75);
        QCOMPARE(areaUnderCurve(observations({{10, true}, {90, false}})), 1.0);
        QCOMPARE(areaUnderCurve(observations({{90, true}, {10, false}})), 0.0);
        QCOMPARE(areaUnderCurve(observations({{50, true}, {50, false}})), 0.5);  // a tie is a coin
        QCOMPARE(areaUnderCurve(observations({{50, false}, {60, false}})), 0.5); // nothing lost
    }

    void liftOfTheWorstTenth()
    {
        std::vector<BacktestObservation> rows;
        for (int i = 0; i < 20; ++i)
            rows.push_back({QDate(2026, 6, 30), i, 5.0 * i, i < 2});
        // The two lost accounts are the worst-scored tenth: 100% against 10%.
        QCOMPARE(worstDecileLift(rows), 10.0);
        rows[0].lost = false;
        rows[19].lost = true;
        QCOMPARE(worstDecileLift(rows), 5.0);
    }

    void calibrationBands()
    {
        const auto bands = calibrationTable(
            observations({{5, true}, {15, true}, {55, false}, {65, true}, {100, false}}));
        QCOMPARE(bands.size(), std::size_t{5});
        QCOMPARE(bands[0].accounts, 2);
        QCOMPARE(bands[0].lossRate(), 1.0);
        QCOMPARE(bands[2].accounts, 1);
        QCOMPARE(bands[3].lost, 1);
        QCOMPARE(bands[4].accounts, 1); // 100 belongs to the top band
    }
};

TENURE_TEST_MAIN(TestBacktest)
#include "tst_backtest.moc"
