// The churn causes a demo book plans, each with its evidence in the data
// before the event, against healthy accounts that look healthy. These are the
// signals the health score and the morning review are judged on.
#include "bookquery.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "store/book.h"

#include <memory>

using tenure::store::Book;

class TestDemoCauses : public QObject
{
    Q_OBJECT

private:
    // $TODAY in `sql` stands for the book's today.
    double number(std::string text)
    {
        for (auto at = text.find("$TODAY"); at != std::string::npos; at = text.find("$TODAY"))
            text.replace(at, 6, "'2025-06-15'");
        return tenure::test::queryNumber(m_book->connection(), text);
    }

    // Active users per purchased seat of accounts that churned of `cause`,
    // between `from` and `to` days before their churn.
    double usageBeforeChurn(const std::string& cause, int from = 90, int to = 0)
    {
        return number("SELECT avg(1.0 * u.active_users / a.seats_purchased) FROM usage u JOIN "
                      "accounts a ON a.id = u.account_id JOIN demo_truth t ON t.account_id = a.id "
                      "WHERE t.fate = 'churned' AND t.cause = '" +
                      cause +
                      "' AND u.period_start "
                      ">= date(t.event_on, '-" +
                      std::to_string(from) +
                      " days') AND "
                      "u.period_start < date(t.event_on, '-" +
                      std::to_string(to) + " days')");
    }

    // Active users of contracted accounts per week, between `from` and `to` days
    // before the contraction.
    double contractedUsage(int from, int to)
    {
        return number("SELECT avg(u.active_users) FROM usage u JOIN demo_truth t ON t.account_id "
                      "= u.account_id WHERE t.fate = 'contracted' AND u.period_start >= "
                      "date(t.event_on, '-" +
                      std::to_string(from) +
                      " days') AND u.period_start "
                      "< date(t.event_on, '-" +
                      std::to_string(to) + " days')");
    }

    tenure::test::TempFolder m_folder;
    std::unique_ptr<Book> m_book;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_folder.path(QStringLiteral("demo.tenure"));
        tenure::demo::DemoOptions options;
        options.accounts = 1500;
        options.seed = 23;
        options.today = QDate(2025, 6, 15);
        tenure::demo::generateDemoBook(path, options);
        m_book = Book::open(path, Book::Access::ReadOnly);
    }

    void everyCauseAndFateIsPlanned()
    {
        for (const char* cause :
             {"no_value", "stalled_onboarding", "sponsor_change", "low_adoption", "product_gap",
              "support_problems", "negative_feedback", "no_proactive_contact", "customer_event"}) {
            QVERIFY2(number(std::string("SELECT count(*) FROM demo_truth WHERE fate = 'churned' "
                                        "AND cause = '") +
                            cause + "'") > 0,
                     cause);
        }
        QVERIFY(number("SELECT count(*) FROM demo_truth WHERE fate = 'contracted'") > 10);
        QVERIFY(number("SELECT count(*) FROM demo_truth WHERE fate = 'healthy' AND cause IS "
                       "NULL AND event_on IS NULL") > 500);
        // At risk now: the event lies ahead, the account still pays.
        QVERIFY(number("SELECT count(*) FROM demo_truth t JOIN accounts a ON a.id = t.account_id "
                       "WHERE fate = 'at_risk' AND event_on > $TODAY AND a.status <> 'churned'") >
                20);
        QCOMPARE(number("SELECT count(*) FROM demo_truth t JOIN accounts a ON a.id = t.account_id "
                        "WHERE (fate = 'churned') <> (a.status = 'churned')"),
                 0.0);
    }

    void weeklyUsageFollowsSeats()
    {
        QCOMPARE(number("SELECT count(*) FROM usage WHERE period_days <> 7 OR "
                        "strftime('%w', period_start) <> '1'"),
                 0.0);
        const double healthy = number(
            "SELECT avg(1.0 * u.active_users / a.seats_purchased) FROM usage u JOIN accounts a ON "
            "a.id = u.account_id JOIN demo_truth t ON t.account_id = a.id WHERE t.fate = 'healthy' "
            "AND a.status = 'active' AND u.period_start >= date($TODAY, '-90 days')");
        QVERIFY2(healthy > 0.55 && healthy < 0.92, qPrintable(QString::number(healthy)));
        QVERIFY(healthy > 2 * usageBeforeChurn("low_adoption"));
        // No value: usage falls away over the months before the churn.
        QVERIFY(usageBeforeChurn("no_value", 30, 0) < 0.5 * usageBeforeChurn("no_value", 240, 150));
        QVERIFY(healthy > 3 * usageBeforeChurn("stalled_onboarding"));
        // Unhappy customers who still get value keep using the product.
        QVERIFY(usageBeforeChurn("negative_feedback") > 0.5 * healthy);
    }

    void stalledOnboardingNeverGoesLive()
    {
        QCOMPARE(number("SELECT count(*) FROM demo_truth t JOIN accounts a ON a.id = t.account_id "
                        "WHERE t.cause = 'stalled_onboarding' AND a.go_live_on IS NOT NULL"),
                 0.0);
        QVERIFY(number("SELECT avg(julianday(t.event_on) - julianday(a.created_on)) FROM "
                       "demo_truth t JOIN accounts a ON a.id = t.account_id WHERE t.cause = "
                       "'stalled_onboarding' AND t.fate = 'churned'") < 240);
        QVERIFY(number("SELECT avg(go_live_on IS NOT NULL) FROM accounts a JOIN demo_truth t ON "
                       "t.account_id = a.id WHERE t.fate = 'healthy' AND a.onboarding_target_on < "
                       "date($TODAY, '-90 days')") > 0.97);
    }

    void sponsorsLeaveBeforeSponsorChangeChurn()
    {
        QCOMPARE(number("SELECT count(*) FROM demo_truth t WHERE t.cause = 'sponsor_change' AND "
                        "t.fate = 'churned' AND NOT EXISTS (SELECT 1 FROM contacts c WHERE "
                        "c.account_id = t.account_id AND c.role IN ('champion', "
                        "'executive_sponsor') AND c.left_on < t.event_on)"),
                 0.0);
        // Healthy accounts are multi-threaded: two or more recently active contacts.
        QVERIFY(number("SELECT avg((SELECT count(*) FROM contacts c WHERE c.account_id = "
                       "t.account_id AND c.left_on IS NULL AND c.last_active_on >= date($TODAY, "
                       "'-30 days')) >= 2) FROM demo_truth t JOIN accounts a ON a.id = "
                       "t.account_id WHERE t.fate = 'healthy' AND a.status = 'active'") > 0.95);
    }

    void supportProblemsPileUpBeforeChurn()
    {
        // Escalated or open for more than 14 days, in the 90 days before the event
        // (before today for healthy accounts).
        const std::string bad =
            "(SELECT count(*) FROM tickets k WHERE k.account_id = t.account_id AND k.opened_on "
            ">= date(%1, '-90 days') AND k.opened_on < %1 AND (k.escalated = 1 OR "
            "coalesce(julianday(k.closed_on), julianday($TODAY)) - julianday(k.opened_on) > 14))";
        const auto perAccount = [&](const std::string& when, const std::string& where) {
            std::string count = bad;
            for (auto at = count.find("%1"); at != std::string::npos; at = count.find("%1"))
                count.replace(at, 2, when);
            return number("SELECT avg(" + count +
                          ") FROM demo_truth t JOIN accounts a ON a.id = "
                          "t.account_id WHERE " +
                          where);
        };
        const double troubled = perAccount("t.event_on", "t.cause = 'support_problems' AND "
                                                         "t.fate = 'churned'");
        const double healthy = perAccount("$TODAY", "t.fate = 'healthy' AND a.status = 'active'");
        QVERIFY2(troubled > 3 * healthy && troubled > 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(troubled).arg(healthy)));
    }

    void negativeFeedbackIsHeard()
    {
        const auto detractorShare = [this](const std::string& where, const std::string& when) {
            return number("SELECT avg(s.score <= 6) FROM survey_responses s JOIN demo_truth t ON "
                          "t.account_id = s.account_id JOIN accounts a ON a.id = t.account_id "
                          "WHERE s.kind = 'nps' AND " +
                          where + " AND s.responded_on >= date(" + when +
                          ", '-180 days') AND s.responded_on < " + when);
        };
        const double unhappy =
            detractorShare("t.cause = 'negative_feedback' AND t.fate = 'churned'", "t.event_on");
        const double healthy =
            detractorShare("t.fate = 'healthy' AND a.status = 'active'", "$TODAY");
        QVERIFY2(unhappy > 0.6 && healthy < 0.2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(unhappy).arg(healthy)));
        QCOMPARE(number("SELECT count(*) FROM demo_truth t WHERE t.cause = 'negative_feedback' AND "
                        "t.fate = 'churned' AND NOT EXISTS (SELECT 1 FROM survey_responses s "
                        "WHERE s.account_id = t.account_id AND s.kind = 'nps' AND s.score <= 6 AND "
                        "s.comment IS NOT NULL AND s.responded_on < t.event_on)"),
                 0.0);
    }

    void productGapsAreRequested()
    {
        const auto requests = [this](const std::string& where, const std::string& when) {
            return number("SELECT avg((SELECT count(*) FROM feature_requests r WHERE r.account_id "
                          "= t.account_id AND r.requested_on >= date(" +
                          when +
                          ", '-180 days') "
                          "AND r.requested_on < " +
                          when +
                          ")) FROM demo_truth t JOIN accounts a "
                          "ON a.id = t.account_id WHERE " +
                          where);
        };
        const double gap = requests("t.cause = 'product_gap' AND t.fate = 'churned'", "t.event_on");
        const double healthy = requests("t.fate = 'healthy' AND a.status = 'active'", "$TODAY");
        QVERIFY2(gap >= 2 && healthy < 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(gap).arg(healthy)));
    }

    void neglectedAccountsHearNothing()
    {
        QCOMPARE(number("SELECT count(*) FROM demo_truth t JOIN actions x ON x.account_id = "
                        "t.account_id WHERE t.cause = 'no_proactive_contact' AND t.fate = "
                        "'churned' AND x.occurred_on >= date(t.event_on, '-150 days') AND "
                        "x.occurred_on < t.event_on"),
                 0.0);
        // Owners of healthy high- and low-touch accounts touched them within 90 days.
        QVERIFY(number("SELECT avg(EXISTS (SELECT 1 FROM actions x WHERE x.account_id = a.id AND "
                       "x.created_by = a.owner AND x.occurred_on >= date($TODAY, '-90 days'))) "
                       "FROM accounts a JOIN demo_truth t ON t.account_id = a.id WHERE t.fate = "
                       "'healthy' AND a.status = 'active' AND a.segment <> 'Tech touch'") > 0.95);
    }

    void customerEventsPrecedeTheirChurn()
    {
        QCOMPARE(number("SELECT count(*) FROM demo_truth t WHERE t.cause = 'customer_event' AND "
                        "t.fate = 'churned' AND NOT EXISTS (SELECT 1 FROM account_events e WHERE "
                        "e.account_id = t.account_id AND e.kind IN ('acquired', 'closing', "
                        "'restructured') AND e.occurred_on < t.event_on)"),
                 0.0);
    }

    void noValueMissesItsGoals()
    {
        QCOMPARE(number("SELECT count(*) FROM demo_truth t WHERE t.cause = 'no_value' AND t.fate "
                        "IN ('churned', 'at_risk') AND NOT EXISTS (SELECT 1 FROM goals g WHERE "
                        "g.account_id = t.account_id AND g.status = 'missed' AND g.achieved < "
                        "g.target AND g.due_on < t.event_on)"),
                 0.0);
        QVERIFY(number("SELECT avg(g.status = 'achieved') FROM goals g JOIN demo_truth t ON "
                       "t.account_id = g.account_id WHERE t.fate = 'healthy' AND g.due_on < "
                       "$TODAY") > 0.8);
    }

    void contractionCutsSeatsAfterUsageFalls()
    {
        // The period starting on the contraction date buys fewer seats than the one before.
        QVERIFY(number("SELECT avg((SELECT p.quantity FROM subscription_periods p WHERE "
                       "p.account_id = t.account_id AND p.start_on = t.event_on) < (SELECT "
                       "p.quantity FROM subscription_periods p WHERE p.account_id = t.account_id "
                       "AND p.end_on = t.event_on)) FROM demo_truth t WHERE t.fate = "
                       "'contracted'") > 0.6);
        const double lastMonth = contractedUsage(30, 0);
        const double halfYearBefore = contractedUsage(240, 180);
        QVERIFY2(lastMonth < 0.8 * halfYearBefore,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lastMonth).arg(halfYearBefore)));
    }
};

TENURE_TEST_MAIN(TestDemoCauses)
#include "tst_democauses.moc"
