// The held-out planted book (plantedbook/): 600 accounts from CSV files, each
// of the nine causes planted on 25, the rest healthy with noise and some
// sources missing; imported through the real import path and evaluated as of
// its last day, as `tenure health` does. tests/benchmarks/health_quality_bench
// prints the same measures in full.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "health/riskreason.h"
#include "plantedbook/plantedbook.h"
#include "plantedbook/scoredcsvbook.h"
#include "today/todaybrief.h"

#include <QMap>

using namespace tenure;

namespace {

// Shares the test holds the score to (issue #18's checks).
constexpr double kMinTopReasonShare = 0.9; // of a cause's planted accounts
constexpr double kMaxHealthyAtRisk = 0.1;  // of the healthy accounts

// At risk as Today counts it (today::AccountLine::isAtRisk).
bool atRisk(const health::AccountHealth& account)
{
    today::AccountLine line;
    line.health = account.score.overall;
    line.topSeverity = account.reasons.empty() ? 0 : account.reasons.front().severity;
    return line.isAtRisk();
}

} // namespace

class PlantedBookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_planted = test::writePlantedBook(m_folder.path(QString()));
        m_scored = test::importAndScore(m_folder.path(QStringLiteral("planted.tenure")),
                                        m_planted.files, m_planted.asOf);
        QVERIFY(m_scored.import.committed);
        for (const auto& file : m_scored.import.files)
            QCOMPARE(file.rejected, 0);
        // 9 causes × 25 + 375 healthy, every one paying.
        QCOMPARE(m_planted.accounts.size(), std::size_t(600));
        QCOMPARE(m_scored.health.accounts.size(), std::size_t(600));
    }

    void eachCauseFiresOnItsAccountsAsTheTopReason()
    {
        QMap<QString, int> top, fired, planted;
        for (const auto& account : m_planted.accounts) {
            if (account.cause.isEmpty())
                continue;
            const auto* scored = m_scored.account(account.externalId);
            QVERIFY(scored);
            ++planted[account.cause];
            for (const auto& reason : scored->reasons)
                fired[account.cause] += reason.code == account.cause;
            top[account.cause] +=
                !scored->reasons.empty() && scored->reasons.front().code == account.cause;
        }
        QCOMPARE(planted.size(), 9);
        for (const QString& cause : test::plantedCauses()) {
            QCOMPARE(planted.value(cause), 25);
            const double firedShare = fired.value(cause) / 25.0;
            const double topShare = top.value(cause) / 25.0;
            QVERIFY2(
                firedShare >= kMinTopReasonShare,
                qPrintable(QStringLiteral("%1 fired on %2 of 25").arg(cause).arg(fired[cause])));
            QVERIFY2(topShare >= kMinTopReasonShare,
                     qPrintable(QStringLiteral("%1 top on %2 of 25").arg(cause).arg(top[cause])));
        }
    }

    void fewHealthyAccountsAreAtRisk()
    {
        int healthy = 0, flagged = 0;
        for (const auto& account : m_planted.accounts) {
            if (!account.cause.isEmpty())
                continue;
            ++healthy;
            flagged += atRisk(*m_scored.account(account.externalId));
        }
        QCOMPARE(healthy, 375);
        QVERIFY2(flagged < kMaxHealthyAtRisk * healthy,
                 qPrintable(QStringLiteral("%1 of %2 healthy at risk").arg(flagged).arg(healthy)));
    }

    // No survey answer and nothing wrong at the help desk: experience is not
    // known, and the account is in no quadrant.
    void noSurveyNoTroubleIsNoExperience()
    {
        int unsurveyed = 0;
        for (const auto& account : m_planted.accounts) {
            if (account.surveyed || account.ticketTrouble || !account.cause.isEmpty())
                continue;
            ++unsurveyed;
            const auto* scored = m_scored.account(account.externalId);
            QVERIFY2(!scored->score.experience.score, qPrintable(account.externalId));
            QCOMPARE(scored->quadrant, health::Quadrant::Unknown);
            QVERIFY(scored->score.coverage < 1);
        }
        QVERIFY(unsurveyed > 50);
    }

    void noUsageIsNoAdoption()
    {
        int without = 0;
        for (const auto& account : m_planted.accounts) {
            if (account.usage)
                continue;
            ++without;
            const auto& inputs = m_scored.account(account.externalId)->score.outcome.inputs;
            for (const auto& input : inputs) {
                if (input.key != QLatin1String("goals"))
                    QVERIFY2(!input.value, qPrintable(account.externalId + u' ' + input.key));
            }
        }
        QVERIFY(without > 5);
    }

    void everyQuadrantIsPopulated()
    {
        std::array<int, 5> counts{};
        for (const auto& account : m_scored.health.accounts)
            ++counts[static_cast<std::size_t>(account.quadrant)];
        for (const auto quadrant :
             {health::Quadrant::Thriving, health::Quadrant::Trapped, health::Quadrant::SilentRisk,
              health::Quadrant::Rescue, health::Quadrant::Unknown}) {
            QVERIFY2(counts[static_cast<std::size_t>(quadrant)] > 0,
                     qPrintable(health::quadrantCode(quadrant)));
        }
    }

private:
    test::TempFolder m_folder;
    test::PlantedBook m_planted;
    test::ScoredCsvBook m_scored;
};

TENURE_TEST_MAIN(PlantedBookTest)
#include "tst_plantedbook.moc"
