// Health scores: each dimension from its inputs, missing inputs' weights
// shared out (and said so), the two-by-two, and the settings' JSON.
#include "common/testmain.h"
#include "health/healthscore.h"

using namespace tenure::health;

namespace {

const QDate kAsOf(2026, 11, 1);

AccountSignals withUsage(int seats, int users)
{
    AccountSignals account;
    account.seats = seats;
    account.createdOn = QDate(2025, 1, 1);
    for (QDate week = kAsOf.addDays(-120); week <= kAsOf; week = week.addDays(7))
        account.usage.push_back({week, users, 0, 0});
    return account;
}

double effectiveWeightSum(const Dimension& dimension)
{
    double sum = 0;
    for (const auto& input : dimension.inputs)
        sum += input.effectiveWeight;
    return sum;
}

} // namespace

class TestHealthScores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingInputsShareOutTheirWeight()
    {
        auto account = withUsage(40, 32); // 80% of licences: full marks for adoption
        const auto score = scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{});
        // Outcome: no goals; adoption 100 and a flat trend (70) share the weight 0.4 : 0.25.
        QVERIFY(score.outcome.redistributed());
        QCOMPARE(effectiveWeightSum(score.outcome), 1.0);
        QCOMPARE(*score.outcome.score, (100 * 0.4 + 70 * 0.25) / 0.65);
        // Experience: no surveys, no tickets: support alone (100).
        QCOMPARE(*score.experience.score, 100.0);
        // Relationship: no sponsors known; CSM touch since the start, long ago: 0.
        QCOMPARE(*score.relationship.score, 0.0);
        QVERIFY(score.redistributed());
        const double expected = score.outcome.score.value() * 0.5 + 100 * 0.3 + 0 * 0.2;
        QCOMPARE(score.overall.value(), expected);
    }

    void everyInputExplainsItself()
    {
        auto account = withUsage(40, 10);
        account.surveys = {{kAsOf.addDays(-30), QStringLiteral("nps"), 4, {}, {}}};
        const auto score = scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{});
        for (const Dimension* dimension :
             {&score.outcome, &score.experience, &score.relationship}) {
            for (const auto& input : dimension->inputs) {
                if (input.value)
                    QVERIFY2(!input.detail.isEmpty(), qPrintable(input.key));
            }
        }
        QCOMPARE(score.experience.inputs[0].value.value(), 40.0);

        // Without the words: the same numbers, and every input still has a name.
        const auto numbers =
            scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{}, Wording::NumbersOnly);
        QCOMPARE(numbers.overall, score.overall);
        const Dimension* explained[] = {&score.outcome, &score.experience, &score.relationship};
        const Dimension* bare[] = {&numbers.outcome, &numbers.experience, &numbers.relationship};
        for (std::size_t d = 0; d < 3; ++d) {
            QCOMPARE(bare[d]->score, explained[d]->score);
            QCOMPARE(bare[d]->inputs.size(), explained[d]->inputs.size());
            for (std::size_t i = 0; i < bare[d]->inputs.size(); ++i) {
                const auto& input = bare[d]->inputs[i];
                QCOMPARE(input.key, explained[d]->inputs[i].key);
                QCOMPARE(input.value, explained[d]->inputs[i].value);
                QCOMPARE(input.effectiveWeight, explained[d]->inputs[i].effectiveWeight);
                QVERIFY(input.detail.isEmpty());
                QVERIFY2(scoreInputLabel(input.key) != input.key, qPrintable(input.key));
            }
        }
    }

    void quadrants()
    {
        HealthScore score;
        score.outcome.score = 30;
        score.experience.score = 80;
        QCOMPARE(quadrantOf(score), Quadrant::SilentRisk);
        QCOMPARE(quadrantCode(quadrantOf(score)), QStringLiteral("silent_risk"));
        score.outcome.score = 80;
        QCOMPARE(quadrantOf(score), Quadrant::Thriving);
        score.experience.score = 20;
        QCOMPARE(quadrantOf(score), Quadrant::Trapped);
        score.outcome.score.reset();
        QCOMPARE(quadrantOf(score), Quadrant::Unknown);
    }

    void settingsRoundTripThroughJson()
    {
        Thresholds thresholds;
        thresholds.goneDarkDays = 30;
        thresholds.minUtilisation = 0.25;
        const auto back = Thresholds::fromJson(thresholds.toJson());
        QCOMPARE(back.goneDarkDays, 30);
        QCOMPARE(back.minUtilisation, 0.25);
        QCOMPARE(Thresholds::fromJson({}).goneDarkDays, Thresholds{}.goneDarkDays);

        HealthWeights weights;
        weights.outcome = 0.7;
        QCOMPARE(HealthWeights::fromJson(weights.toJson()).outcome, 0.7);
    }
};

TENURE_TEST_MAIN(TestHealthScores)
#include "tst_healthscores.moc"
