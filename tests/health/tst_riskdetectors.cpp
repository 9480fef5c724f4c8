// Each risk detector on hand-made accounts: where it must fire, with the
// numbers in its evidence, and where it must not.
#include "common/testmain.h"
#include "health/detectors.h"

using namespace tenure::health;

namespace {

const QDate kAsOf(2026, 11, 1);

DetectionContext context()
{
    return DetectionContext{kAsOf, Thresholds{}, 0.0};
}

// A healthy account: 40 seats, ~30 weekly users for half a year, two active
// sponsors, recent CSM calls, a promoter, goals met.
AccountSignals healthy()
{
    AccountSignals account;
    account.id = 1;
    account.name = QStringLiteral("Acme");
    account.segment = QStringLiteral("Low touch");
    account.seats = 40;
    account.createdOn = QDate(2025, 1, 1);
    account.onboardingTargetOn = QDate(2025, 2, 1);
    account.goLiveOn = QDate(2025, 1, 25);
    account.renewalOn = QDate(2027, 1, 1);
    account.mrrNow = account.mrr90DaysAgo = 100000;
    for (QDate week = kAsOf.addDays(-180); week <= kAsOf; week = week.addDays(7))
        account.usage.push_back({week, 30, 200, 50});
    account.contacts = {
        {QStringLiteral("Jane Roe"), QStringLiteral("champion"), kAsOf.addDays(-3), {}},
        {QStringLiteral("Sam Poe"), QStringLiteral("executive_sponsor"), kAsOf.addDays(-20), {}}};
    account.lastAction = ActionSignal{kAsOf.addDays(-30), QStringLiteral("call")};
    account.surveys = {
        {kAsOf.addDays(-40), QStringLiteral("nps"), 9, {}, QStringLiteral("Jane Roe")}};
    account.goals = {
        {QStringLiteral("Go live in EU"), 1, 1, kAsOf.addDays(-60), kAsOf.addDays(-70)}};
    account.tickets = {{kAsOf.addDays(-50), kAsOf.addDays(-48), QStringLiteral("normal"),
                        QStringLiteral("question"), false}};
    return account;
}

void setWeeklyUsers(AccountSignals& account, int earlier, int recent)
{
    for (UsageWeek& week : account.usage)
        week.activeUsers = week.start > kAsOf.addDays(-28) ? recent : earlier;
}

} // namespace

class TestRiskDetectors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aHealthyAccountRaisesNothing()
    {
        const auto reasons = detectRiskReasons(healthy(), context());
        QStringList codes;
        for (const auto& r : reasons)
            codes << r.code + QStringLiteral(": ") + r.evidence;
        QVERIFY2(reasons.empty(), qPrintable(codes.join(u'\n')));
    }

    void usageDropIsLowAdoption()
    {
        auto account = healthy();
        setWeeklyUsers(account, 52, 28);
        const auto found = detectLowAdoption(account, context());
        QVERIFY(found);
        QCOMPARE(found->evidence,
                 QStringLiteral("Weekly active users fell 46% in 60 days (52 → 28)"));
        setWeeklyUsers(account, 52, 45); // -13%: not enough
        QVERIFY(!detectLowAdoption(account, context()));
    }

    // Small numbers keep the decimals that show the change: 1.5 → 1.0, not 1 → 1.
    void evidenceKeepsThePrecisionOfTheChange()
    {
        auto account = healthy();
        for (std::size_t k = 0; k < account.usage.size(); ++k) {
            UsageWeek& week = account.usage[k];
            week.activeUsers = week.start > kAsOf.addDays(-28) ? 1 : (k % 2 ? 2 : 1);
        }
        // Four weeks before 60 days earlier: 1, 2, 1, 2 → 1.5; the last four: 1.
        const auto found = detectLowAdoption(account, context());
        QVERIFY(found);
        QVERIFY2(found->evidence.startsWith(
                     QStringLiteral("Weekly active users fell 33% in 60 days (1.5 → 1.0)")),
                 qPrintable(found->evidence));
        // Large numbers stay whole.
        setWeeklyUsers(account, 52, 28);
        QVERIFY(detectLowAdoption(account, context())->evidence.contains(u"(52 → 28)"));
    }

    // Before go-live, low usage is onboarding's business: stalled onboarding
    // fires once late, low adoption not at all.
    void anAccountStillOnboardingIsNotLowAdoption()
    {
        auto account = healthy();
        setWeeklyUsers(account, 10, 4); // 4 of 40 seats, down 60%
        QVERIFY(detectLowAdoption(account, context()));
        account.goLiveOn = QDate();
        account.onboardingTargetOn = kAsOf.addDays(-40);
        QVERIFY(!detectLowAdoption(account, context()));
        QVERIFY(detectStalledOnboarding(account, context()));
        const auto reasons = detectRiskReasons(account, context());
        QCOMPARE(reasons.front().code, reason::StalledOnboarding);
    }

    void unusedLicencesAreLowAdoption()
    {
        auto account = healthy();
        setWeeklyUsers(account, 9, 9);
        const auto found = detectLowAdoption(account, context());
        QVERIFY(found);
        QCOMPARE(found->evidence, QStringLiteral("Only 9 of 40 licences used"));
        auto withLine = context();
        withLine.dangerZoneUtilisation = 0.35;
        QVERIFY(
            detectLowAdoption(account, withLine)->evidence.contains(QStringLiteral("danger zone")));
    }

    void fallingIntoTheDangerZone()
    {
        auto account = healthy();
        auto withLine = context();
        withLine.dangerZoneUtilisation = 0.6;
        setWeeklyUsers(account, 20, 20); // 50% of licences, steady: not an alert
        QVERIFY(!detectLowAdoption(account, withLine));
        setWeeklyUsers(account, 25, 20); // falling 20% towards the line
        const auto found = detectLowAdoption(account, withLine);
        QVERIFY(found);
        QVERIFY2(found->evidence.contains(
                     QStringLiteral("below the danger zone (50% against a line at 60%)")),
                 qPrintable(found->evidence));
    }

    void champions()
    {
        auto account = healthy();
        account.contacts[0].leftOn = QDate(2026, 9, 14);
        account.contacts[1].lastActive = kAsOf.addDays(-100); // the sponsor went quiet too
        const auto found = detectSponsorChange(account, context());
        QVERIFY(found);
        QCOMPARE(found->evidence,
                 QStringLiteral("Champion Jane Roe left on 2026-09-14; no other sponsor"));
        account.contacts[1].lastActive = kAsOf.addDays(-5); // a backup sponsor is engaged
        QVERIFY(!detectSponsorChange(account, context()));
    }

    void supportProblems()
    {
        auto account = healthy();
        for (int i = 0; i < 4; ++i)
            account.tickets.push_back(
                {kAsOf.addDays(-20 - i), {}, QStringLiteral("high"), QStringLiteral("bug"), i < 2});
        const auto found = detectSupportProblems(account, context());
        QVERIFY(found);
        QVERIFY2(found->evidence.startsWith(
                     QStringLiteral("4 tickets open more than 14 days, 2 escalated")),
                 qPrintable(found->evidence));
        account.tickets.resize(2); // one old ticket, escalated: below both thresholds
        QVERIFY(!detectSupportProblems(account, context()));
    }

    void detractors()
    {
        auto account = healthy();
        account.surveys.push_back({kAsOf.addDays(-10), QStringLiteral("nps"), 3,
                                   QStringLiteral("Too slow"), QStringLiteral("Jane Roe")});
        const auto found = detectNegativeFeedback(account, context());
        QVERIFY(found);
        QVERIFY(found->evidence.startsWith(QStringLiteral("NPS 3 (detractor) from Jane Roe")));
        account.surveys.push_back({kAsOf.addDays(-2), QStringLiteral("nps"), 9, {}, {}});
        QVERIFY2(!detectNegativeFeedback(account, context()), "a later promoter answer wins");
    }

    void stalledOnboarding()
    {
        auto account = healthy();
        account.goLiveOn = QDate();
        account.onboardingTargetOn = kAsOf.addDays(-45);
        const auto found = detectStalledOnboarding(account, context());
        QVERIFY(found);
        QVERIFY(found->evidence.startsWith(QStringLiteral("Not live 45 days after")));
        account.onboardingTargetOn = kAsOf.addDays(-10); // within the grace period
        QVERIFY(!detectStalledOnboarding(account, context()));
    }

    void silenceDependsOnTheTouchModel()
    {
        auto account = healthy();
        account.lastAction = ActionSignal{kAsOf.addDays(-120), QStringLiteral("call")};
        QVERIFY(detectNoProactiveContact(account, context()));
        account.segment = QStringLiteral("Tech touch"); // one-to-many: 180 days is fine
        QVERIFY(!detectNoProactiveContact(account, context()));
    }

    void productGapEventsContractionAndValue()
    {
        auto account = healthy();
        account.requests = {
            {kAsOf.addDays(-30), QStringLiteral("feature"), QStringLiteral("SSO")},
            {kAsOf.addDays(-5), QStringLiteral("integration"), QStringLiteral("Okta sync")}};
        QVERIFY(
            detectProductGap(account, context())->evidence.contains(QStringLiteral("Okta sync")));

        account.events = {
            {kAsOf.addDays(-60), QStringLiteral("acquired"), QStringLiteral("Bought by Initrode")}};
        QCOMPARE(detectCustomerEvent(account, context())->evidence,
                 QStringLiteral("Acquired on 2026-09-02: Bought by Initrode"));
        account.events = {{kAsOf.addDays(-30), QStringLiteral("funding"), {}}};
        QVERIFY(!detectCustomerEvent(account, context()));

        account.mrrNow = 75000;
        QVERIFY(detectContraction(account, context())
                    ->evidence.startsWith(QStringLiteral("MRR fell 25% in 90 days")));
        account.mrrNow = 95000;
        QVERIFY(!detectContraction(account, context()));

        account.goals = {{QStringLiteral("Cut onboarding time"), 100, 40, kAsOf.addDays(-90), {}}};
        setWeeklyUsers(account, 40, 28);
        const auto noValue = detectNoValue(account, context());
        QVERIFY(noValue);
        QVERIFY2(noValue->evidence.startsWith(QStringLiteral(
                     "1 of 1 success-plan goals missed (\"Cut onboarding time\": 40 of 100")),
                 qPrintable(noValue->evidence));
    }

    void renewalRiskNeedsAnOpenReasonAndACloseRenewal()
    {
        auto account = healthy();
        account.renewalOn = kAsOf.addDays(34);
        QVERIFY(detectRiskReasons(account, context()).empty());
        account.surveys.push_back({kAsOf.addDays(-1), QStringLiteral("nps"), 2, {}, {}});
        const auto reasons = detectRiskReasons(account, context());
        QCOMPARE(reasons.size(), std::size_t{2});
        const auto renewal = std::find_if(reasons.begin(), reasons.end(), [](const auto& r) {
            return r.code == reason::RenewalRisk;
        });
        QVERIFY(renewal != reasons.end());
        QVERIFY(renewal->evidence.startsWith(QStringLiteral("Renews in 34 days")));
        QVERIFY(reasons.front().severity >= reasons.back().severity);
    }
};

TENURE_TEST_MAIN(TestRiskDetectors)
#include "tst_riskdetectors.moc"
