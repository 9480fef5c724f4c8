// The forecast's band: for independent accounts the total loss has a known
// mean, sum p·L, and variance, sum p(1-p)·L² (with contraction,
// sum (pc·L² + pk·S²) − (pc·L + pk·S)²). With hundreds of accounts it is
// close to normal, so its 10th and 90th percentiles are mean ∓ 1.2816 σ.
#include "common/testmain.h"
#include "forecast/losssimulation.h"

#include <cmath>

using namespace tenure::forecast;

namespace {

struct Moments
{
    double mean = 0;
    double sd = 0;
};

Moments exactMoments(const std::vector<LossChance>& accounts)
{
    Moments moments;
    double variance = 0;
    for (const LossChance& a : accounts) {
        const double mean =
            a.churnProbability * a.churnLoss + a.contractionProbability * a.contractionLoss;
        const double square = a.churnProbability * a.churnLoss * a.churnLoss +
                              a.contractionProbability * a.contractionLoss * a.contractionLoss;
        moments.mean += mean;
        variance += square - mean * mean;
    }
    moments.sd = std::sqrt(variance);
    return moments;
}

void compareWithNormal(const std::vector<LossChance>& accounts)
{
    const Moments exact = exactMoments(accounts);
    const LossBand band = simulateLosses(accounts);
    // The simulated mean's standard error is σ/√4000 = 0.0158 σ: allow 4 of them.
    QVERIFY2(std::abs(band.mean - exact.mean) < 0.064 * exact.sd,
             qPrintable(QStringLiteral("%1 vs %2").arg(band.mean).arg(exact.mean)));
    // Percentiles: the normal approximation errs by about 0.01 σ here, the
    // sampling by √(0.1 · 0.9 / 4000) / φ(1.2816) = 0.027 σ.
    const double z = 1.281552;
    QVERIFY2(std::abs(band.low - (exact.mean - z * exact.sd)) < 0.1 * exact.sd,
             qPrintable(QStringLiteral("%1 vs %2").arg(band.low).arg(exact.mean - z * exact.sd)));
    QVERIFY2(std::abs(band.high - (exact.mean + z * exact.sd)) < 0.1 * exact.sd,
             qPrintable(QStringLiteral("%1 vs %2").arg(band.high).arg(exact.mean + z * exact.sd)));
}

} // namespace

class TestLossSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bernoulliAccounts()
    {
        // 400 accounts, p from 0.02 to 0.5, ARR $1,000 to $7,000.
        std::vector<LossChance> accounts;
        accounts.reserve(400);
        for (int i = 0; i < 400; ++i)
            accounts.push_back({100000.0 * (1 + i % 7), 0.02 + 0.48 * (i % 25) / 24.0, 0, 0});
        compareWithNormal(accounts);
    }

    void churnAndContraction()
    {
        // As above, and a 30% chance of losing 40% of ARR when not churned.
        std::vector<LossChance> accounts;
        for (int i = 0; i < 400; ++i) {
            const double arr = 100000.0 * (1 + i % 7);
            accounts.push_back({arr, 0.02 + 0.2 * (i % 11) / 10.0, 0.4 * arr, 0.3});
        }
        compareWithNormal(accounts);
    }

    void oneAccount()
    {
        // Lost with 30%: the total is 0 or 100. The 10th percentile is 0, the
        // 90th 100 (30% of quarters lose it); the mean 30 ± 4·√0.21·100/√4000.
        const std::vector<LossChance> one = {{100, 0.3, 0, 0}};
        const LossBand band = simulateLosses(one);
        QCOMPARE(band.low, 0.0);
        QCOMPARE(band.high, 100.0);
        QVERIFY(std::abs(band.mean - 30) < 2.9);
    }

    void seededAndDeterministic()
    {
        std::vector<LossChance> accounts;
        accounts.reserve(50);
        for (int i = 0; i < 50; ++i)
            accounts.push_back({1000.0 + i, 0.1, 0, 0});
        const LossBand first = simulateLosses(accounts);
        const LossBand second = simulateLosses(accounts);
        QCOMPARE(first.mean, second.mean);
        QCOMPARE(first.low, second.low);
        QCOMPARE(first.high, second.high);
        QVERIFY(simulateLosses(accounts, kSimulationRuns, 1).mean != first.mean);
    }

    void nothingAtRisk()
    {
        const LossBand band = simulateLosses(std::vector<LossChance>{});
        QCOMPARE(band.mean, 0.0);
        QCOMPARE(band.high, 0.0);
    }
};

TENURE_TEST_MAIN(TestLossSimulation)
#include "tst_losssimulation.moc"
