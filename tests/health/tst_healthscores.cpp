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
        // Experience: no surveys and no ticket ever: nothing is known, not 100.
        QVERIFY(!score.experience.score);
        for (const auto& input : score.experience.inputs)
            QVERIFY2(!input.value, qPrintable(input.key));
        // Relationship: no sponsors known; CSM touch since the start, long ago: 0.
        QCOMPARE(*score.relationship.score, 0.0);
        QVERIFY(score.redistributed());
        // Outcome and relationship share the weight 0.5 : 0.2.
        QCOMPARE(score.outcomeWeight, 0.5 / 0.7);
        QCOMPARE(score.experienceWeight, 0.0);
        const double expected = (score.outcome.score.value() * 0.5 + 0 * 0.2) / 0.7;
        QCOMPARE(score.overall.value(), expected);
        // Known: adoption and trend (0.4 + 0.25 of outcome's 0.5) and the CSM
        // touch (0.5 of relationship's 0.2): 0.325 + 0.1.
        QCOMPARE(score.coverage, 0.425);
    }

    // A quiet help desk says nothing alone: it counts beside a survey answer,
    // or on its own when it shows trouble.
    void supportCountsBesideAnAnswerOrWhenItShowsTrouble()
    {
        auto account = withUsage(40, 32);
        account.hadTicket = true;
        const auto quiet = scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{});
        QVERIFY(!quiet.experience.score);
        QCOMPARE(quiet.coverage, 0.425);
        // NPS 8 (80) beside support (100), weights 0.4 : 0.4 → 90; coverage
        // adds NPS's and support's 0.4 × 0.3 each: 0.425 + 0.24.
        account.surveys = {{kAsOf.addDays(-200), QStringLiteral("nps"), 8, {}, {}}};
        const auto answered = scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{});
        QCOMPARE(*answered.experience.score, 90.0);
        QCOMPARE(answered.coverage, 0.665);
        // Never a ticket: the answer alone (80), support unknown.
        account.hadTicket = false;
        const auto noTicket = scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{});
        QCOMPARE(*noTicket.experience.score, 80.0);
        QVERIFY(!noTicket.experience.inputs[2].value);
        QCOMPARE(noTicket.coverage, 0.545);
        // No answer, but a ticket open 20 days: 100 - 15 = 85, known on its own.
        account.surveys.clear();
        account.hadTicket = true;
        account.tickets = {
            {kAsOf.addDays(-20), {}, QStringLiteral("high"), QStringLiteral("problem"), false}};
        const auto trouble = scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{});
        QCOMPARE(*trouble.experience.score, 85.0);
        QCOMPARE(trouble.coverage, 0.545);
    }

    // A complaint pulls its dimension to min(45, 3/4 of its input's value) on
    // its own: in full for 30 days, fading to nothing at 365.
    void aDetractorPullsExperienceBelowTheMidline()
    {
        auto account = withUsage(40, 32);
        account.hadTicket = true; // nothing open: support 100
        const auto npsDaysAgo = [&](int score, int days) {
            account.surveys = {{kAsOf.addDays(-days), QStringLiteral("nps"), score, {}, {}}};
            return scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{}).experience;
        };
        // NPS 3 (30) and support 100 average 65; the detractor pulls to 22.5.
        QCOMPARE(*npsDaysAgo(3, 10).score, 22.5);
        QCOMPARE(npsDaysAgo(3, 10).pull, 65 - 22.5);
        QVERIFY(!npsDaysAgo(3, 10).pullDetail.isEmpty());
        QCOMPARE(*npsDaysAgo(3, 30).score, 22.5);
        // 197 days old: weight 1 - (197 - 30) / 335.
        QCOMPARE(*npsDaysAgo(3, 197).score, 65 - (1 - 167.0 / 335) * (65 - 22.5));
        QCOMPARE(*npsDaysAgo(3, 365).score, 65.0);
        // NPS 6, the mildest detractor: (60 + 100) / 2 = 80, pulled to 45.
        QCOMPARE(*npsDaysAgo(6, 5).score, 45.0);
        // A passive is no complaint: (70 + 100) / 2.
        QCOMPARE(*npsDaysAgo(7, 5).score, 85.0);
        QCOMPARE(npsDaysAgo(7, 5).pull, 0.0);
        // CSAT 2 (25) alone beside support 100 (weights 0.2 : 0.4): mean 75,
        // pulled to 3/4 × 25 = 18.75.
        account.surveys = {{kAsOf.addDays(-3), QStringLiteral("csat"), 2, {}, {}}};
        QCOMPARE(*scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{}).experience.score,
                 18.75);
    }

    void anEscalationOrALongOpenTicketPullsExperience()
    {
        auto account = withUsage(40, 32);
        account.hadTicket = true;
        account.surveys = {{kAsOf.addDays(-20), QStringLiteral("nps"), 9, {}, {}}};
        const auto experience = [&] {
            return *scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{}).experience.score;
        };
        QCOMPARE(experience(), 95.0); // (90 + 100) / 2
        // Escalated 10 days ago and closed: support 80; mean 85, pulled to 45.
        account.tickets = {{kAsOf.addDays(-10), kAsOf.addDays(-8), QStringLiteral("high"),
                            QStringLiteral("problem"), true}};
        QCOMPARE(experience(), 45.0);
        // Open 40 days, not escalated: support 85; mean 87.5, pulled to 45.
        account.tickets = {
            {kAsOf.addDays(-40), {}, QStringLiteral("high"), QStringLiteral("problem"), false}};
        QCOMPARE(experience(), 45.0);
        // Open 20 days: old (over 14) but not long open: 87.5, no pull.
        account.tickets = {
            {kAsOf.addDays(-20), {}, QStringLiteral("high"), QStringLiteral("problem"), false}};
        QCOMPARE(experience(), 87.5);
    }

    void missedGoalsAndLowUsagePullOutcome()
    {
        // 32 of 40 seats (100), flat usage (70), 1 of 2 goals achieved (50):
        // mean 0.35 × 50 + 0.4 × 100 + 0.25 × 70 = 75; the goal missed 10 days
        // ago pulls to 3/4 × 50 = 37.5.
        auto account = withUsage(40, 32);
        account.goals = {{QStringLiteral("A"), 1, 1, kAsOf.addDays(-100), kAsOf.addDays(-101)},
                         {QStringLiteral("B"), 10, 4, kAsOf.addDays(-10), {}}};
        QCOMPARE(*scoreAccount(account, kAsOf, Thresholds{}, HealthWeights{}).outcome.score, 37.5);
        // 12 of 40 seats, under the 40% line: adoption 0.3 / 0.8 = 37.5, trend
        // 70: mean (0.4 × 37.5 + 0.25 × 70) / 0.65 = 50, pulled to 3/4 × 37.5.
        auto low = withUsage(40, 12);
        QCOMPARE(*scoreAccount(low, kAsOf, Thresholds{}, HealthWeights{}).outcome.score, 28.125);
        // 20 of 40 (50%): over the line, no pull: (0.4 × 62.5 + 0.25 × 70) / 0.65.
        auto fine = withUsage(40, 20);
        QCOMPARE(*scoreAccount(fine, kAsOf, Thresholds{}, HealthWeights{}).outcome.score,
                 (0.4 * 62.5 + 0.25 * 70) / 0.65);
    }

    // Everything known: coverage 1, whatever the dimension weights.
    void fullDataCoversEverything()
    {
        auto account = withUsage(40, 32);
        account.hadTicket = true;
        account.surveys = {{kAsOf.addDays(-10), QStringLiteral("nps"), 9, {}, {}},
                           {kAsOf.addDays(-10), QStringLiteral("csat"), 5, {}, {}}};
        account.goals = {{QStringLiteral("Go live"), 1, 1, kAsOf.addDays(-20), kAsOf.addDays(-25)}};
        account.contacts = {{QStringLiteral("Ada"), QStringLiteral("champion"), kAsOf, {}, 1}};
        account.lastAction = ActionSignal{kAsOf.addDays(-3), QStringLiteral("call")};
        HealthWeights weights;
        weights.outcome = 2;
        QCOMPARE(scoreAccount(account, kAsOf, Thresholds{}, weights).coverage, 1.0);
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
        score.coverage = 0.6;
        QCOMPARE(quadrantOf(score, 0.5), Quadrant::SilentRisk);
        QCOMPARE(quadrantCode(quadrantOf(score, 0.5)), QStringLiteral("silent_risk"));
        score.outcome.score = 80;
        QCOMPARE(quadrantOf(score, 0.5), Quadrant::Thriving);
        score.experience.score = 20;
        QCOMPARE(quadrantOf(score, 0.5), Quadrant::Trapped);
        // Too little of the weight known: not enough data, whatever the scores.
        QCOMPARE(quadrantOf(score, 0.61), Quadrant::Unknown);
        score.coverage = 0.49;
        QCOMPARE(quadrantOf(score, 0.5), Quadrant::Unknown);
        score.coverage = 1;
        score.outcome.score.reset();
        QCOMPARE(quadrantOf(score, 0.5), Quadrant::Unknown);
    }

    void settingsRoundTripThroughJson()
    {
        Thresholds thresholds;
        thresholds.goneDarkDays = 30;
        thresholds.minUtilisation = 0.25;
        thresholds.minCoverage = 0.7;
        const auto back = Thresholds::fromJson(thresholds.toJson());
        QCOMPARE(back.goneDarkDays, 30);
        QCOMPARE(back.minUtilisation, 0.25);
        QCOMPARE(back.minCoverage, 0.7);
        QCOMPARE(Thresholds::fromJson({}).goneDarkDays, Thresholds{}.goneDarkDays);

        HealthWeights weights;
        weights.outcome = 0.7;
        QCOMPARE(HealthWeights::fromJson(weights.toJson()).outcome, 0.7);
    }
};

TENURE_TEST_MAIN(TestHealthScores)
#include "tst_healthscores.moc"
