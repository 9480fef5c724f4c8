// Kaplan-Meier against R's survival package on its own data sets (aml, lung),
// with the reference values in docs/metrics.md §5.
#include "common/testmain.h"
#include "metrics/kaplanmeier.h"

#include <QFile>

using tenure::metrics::kaplanMeier;
using tenure::metrics::SurvivalCurve;
using tenure::metrics::SurvivalObservation;

namespace {

// Reads time,status[,group] rows; `eventStatus` is the status value of an event.
std::vector<SurvivalObservation> readFixture(const QString& name, int eventStatus,
                                             const QString& group = {})
{
    QFile file(QStringLiteral(TENURE_TEST_DATA "/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    std::vector<SurvivalObservation> observations;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine().trimmed()).split(u',');
        if (!group.isEmpty() && fields.value(2) != group)
            continue;
        observations.push_back({fields[0].toDouble(), fields[1].toInt() == eventStatus});
    }
    return observations;
}

const tenure::metrics::SurvivalStep& stepAt(const SurvivalCurve& curve, double time)
{
    for (const auto& step : curve.steps) {
        if (step.time == time)
            return step;
    }
    qFatal("no step at %g", time);
}

} // namespace

class TestSurvivalReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amlMaintained_data()
    {
        QTest::addColumn<double>("time");
        QTest::addColumn<double>("survival");
        QTest::addColumn<int>("atRisk");
        QTest::newRow("9") << 9.0 << 0.9091 << 11;
        QTest::newRow("13") << 13.0 << 0.8182 << 10;
        QTest::newRow("18") << 18.0 << 0.7159 << 8;
        QTest::newRow("23") << 23.0 << 0.6136 << 7;
        QTest::newRow("31") << 31.0 << 0.4909 << 5;
        QTest::newRow("34") << 34.0 << 0.3682 << 4;
        QTest::newRow("48") << 48.0 << 0.1841 << 2;
    }

    void amlMaintained()
    {
        QFETCH(double, time);
        QFETCH(double, survival);
        QFETCH(int, atRisk);
        const auto curve =
            kaplanMeier(readFixture(QStringLiteral("aml.csv"), 1, QStringLiteral("Maintained")));
        const auto& step = stepAt(curve, time);
        QCOMPARE(std::round(step.survival * 10000) / 10000, survival);
        QCOMPARE(step.atRisk, atRisk);
    }

    void amlBandAndMedians()
    {
        const auto maintained =
            kaplanMeier(readFixture(QStringLiteral("aml.csv"), 1, QStringLiteral("Maintained")));
        const auto& at31 = stepAt(maintained, 31);
        QCOMPARE(std::round(at31.lower * 10000) / 10000, 0.2549);
        QCOMPARE(std::round(at31.upper * 1000) / 1000, 0.946);
        QCOMPARE(maintained.median.value(), 31.0);
        QCOMPARE(maintained.observations(), 11);
        // Censored at 13 and 28: counted at risk at their time, then gone.
        QCOMPARE(stepAt(maintained, 13).censored, 1);
        QCOMPARE(stepAt(maintained, 28).atRisk, 6);
        QCOMPARE(stepAt(maintained, 28).survival, stepAt(maintained, 23).survival);
        // The band never exceeds 1.
        for (const auto& step : maintained.steps)
            QVERIFY(std::isnan(step.upper) || step.upper <= 1.0);

        const auto nonmaintained =
            kaplanMeier(readFixture(QStringLiteral("aml.csv"), 1, QStringLiteral("Nonmaintained")));
        QCOMPARE(nonmaintained.median.value(), 23.0);
    }

    void lung()
    {
        const auto curve = kaplanMeier(readFixture(QStringLiteral("lung.csv"), 2));
        QCOMPARE(curve.observations(), 228);
        QCOMPARE(curve.median.value(), 310.0);
        QCOMPARE(std::round(curve.survivalAt(180) * 10000) / 10000, 0.7217);
        QCOMPARE(std::round(curve.survivalAt(365) * 10000) / 10000, 0.4092);
        QCOMPARE(std::round(curve.survivalAt(730) * 10000) / 10000, 0.1157);
    }

    void noEventsMeansNoMedian()
    {
        const std::vector<SurvivalObservation> censoredOnly = {{3, false}, {5, false}};
        const auto curve = kaplanMeier(censoredOnly);
        QVERIFY(!curve.median);
        QCOMPARE(curve.survivalAt(10), 1.0);
    }
};

TENURE_TEST_MAIN(TestSurvivalReference)
#include "tst_survivalreference.moc"
