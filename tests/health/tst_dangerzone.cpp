// The danger-zone line: fitted from churn history when there is enough of it
// and it separates churned from kept accounts, else the bottom quartile.
#include "common/testmain.h"
#include "health/dangerzone.h"

#include <QTest>

using namespace tenure::health;

namespace {

// `count` accounts with utilisation spread evenly over [from, to).
void spread(std::vector<UtilisationOutcome>& into, int count, double from, double to, bool churned)
{
    for (int i = 0; i < count; ++i)
        into.push_back({from + (to - from) * i / count, churned});
}

// An account that paid 90 days ago, with `seats` licences and `active` weekly
// users in the weeks before `on`.
AccountSignals account(int seats, int activeThen, int activeNow, bool payingNow, const QDate& asOf)
{
    AccountSignals signals;
    signals.seats = seats;
    signals.mrr90DaysAgo = 10000;
    signals.mrrNow = payingNow ? 10000 : 0;
    const QDate then = asOf.addDays(-kDangerZoneLookbackDays);
    for (int week = 3; week >= 0; --week)
        signals.usage.push_back({then.addDays(-7 * week), activeThen});
    for (int week = 3; week >= 0; --week)
        signals.usage.push_back({asOf.addDays(-7 * week), activeNow});
    return signals;
}

} // namespace

class DangerZoneTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separableHistoryDrawsTheLineBetween()
    {
        std::vector<UtilisationOutcome> followed;
        spread(followed, 40, 0.05, 0.25, true);   // churned: 5% to 25% used
        spread(followed, 10, 0.55, 0.65, true);   // a few churned high up
        spread(followed, 200, 0.30, 0.95, false); // kept: 30% to 95% used
        const DangerZone zone = fitDangerZone(followed);
        QVERIFY(zone.fitted);
        // Halfway between the last churned account below (0.245) and the first kept (0.30).
        QCOMPARE(zone.utilisation, (0.05 + 0.20 * 39 / 40 + 0.30) / 2);
        QCOMPARE(zone.observations, 250);
        QCOMPARE(zone.churned, 50);
        QCOMPARE(zone.churnRateBelow, 1.0);
        QCOMPARE(zone.churnRateAbove, 10.0 / 210);
        QVERIFY(zone.explanation().contains(QStringLiteral("fitted from 250 accounts")));
    }

    void tooLittleChurnIsNotAFit()
    {
        std::vector<UtilisationOutcome> followed;
        spread(followed, kDangerZoneMinChurned - 1, 0.05, 0.25, true);
        spread(followed, 200, 0.30, 0.95, false);
        QVERIFY(!fitDangerZone(followed).fitted);
    }

    void churnUnrelatedToUsageDrawsNoLine()
    {
        std::vector<UtilisationOutcome> followed;
        followed.reserve(400);
        for (int i = 0; i < 400; ++i)
            followed.push_back({i / 400.0, i % 4 == 0});
        QVERIFY(!fitDangerZone(followed).fitted);
    }

    void withoutAFitTheBottomQuartileIsUsed()
    {
        const QDate asOf(2026, 11, 22);
        std::vector<AccountSignals> accounts;
        // Twelve paying accounts using 1 to 12 of 20 licences; none churned.
        for (int active = 1; active <= 12; ++active)
            accounts.push_back(account(20, active, active, true, asOf));
        const DangerZone zone = dangerZoneFor(accounts, asOf);
        QVERIFY(!zone.fitted);
        QCOMPARE(zone.utilisation, 4 / 20.0); // the 4th lowest of 12 (index 12 / 4 = 3)
        QVERIFY(zone.explanation().contains(QStringLiteral("bottom quartile")));
    }

    void theFitFollowsAccountsFromNinetyDaysBefore()
    {
        const QDate asOf(2026, 11, 22);
        std::vector<AccountSignals> accounts;
        accounts.reserve(130);
        // 30 accounts used 2 of 20 licences 90 days ago and churned since;
        // 100 used 12 to 19 and still pay. Today's usage says nothing of the past.
        for (int i = 0; i < 30; ++i)
            accounts.push_back(account(20, 2, 0, false, asOf));
        for (int i = 0; i < 100; ++i)
            accounts.push_back(account(20, 12 + i % 8, 20, true, asOf));
        const DangerZone zone = dangerZoneFor(accounts, asOf);
        QVERIFY(zone.fitted);
        QCOMPARE(zone.utilisation, (0.10 + 0.60) / 2);
        QCOMPARE(zone.churned, 30);
    }
};

TENURE_TEST_MAIN(DangerZoneTest)
#include "tst_dangerzone.moc"
