// The morning review: KPIs, at-risk accounts by risk × ARR, renewals, tasks
// and what changed since the last review, for one owner, on a demo book.
#include "common/countingprogress.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "metrics/historyloader.h"
#include "metrics/periodmetrics.h"
#include "metrics/selection.h"
#include "playbooks/builtinplaybooks.h"
#include "store/book.h"
#include "store/sqlite.h"
#include "today/todaybrief.h"

using namespace tenure;

namespace {

const QDate kToday(2026, 11, 22);

} // namespace

class TodayBriefTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_folder.path(QStringLiteral("demo.tenure"));
        demo::DemoOptions options;
        options.accounts = 400;
        options.today = kToday;
        demo::generateDemoBook(m_path, options, nullptr);
        m_book = store::Book::open(m_path);
        m_owner = *m_book->connection().queryText(
            "SELECT owner FROM accounts GROUP BY owner ORDER BY count(*) DESC LIMIT 1");
    }

    void cleanupTestCase() { m_book.reset(); }

    void atRiskAccountsAreTheOwnersBelowTheLine()
    {
        test::CountingProgress progress;
        const auto brief = today::buildTodayBrief(m_book->connection(), m_owner, kToday,
                                                  kToday.addDays(-7), progress);
        // Independently: the owner's paying accounts scored below 50.
        const auto signals_ = health::loadSignals(m_book->connection(), kToday);
        const auto scored =
            health::evaluateBook(signals_, kToday, health::loadHealthConfig(m_book->connection()));
        int atRisk = 0;
        std::int64_t arr = 0;
        for (const auto& account : scored.accounts) {
            if (account.owner != m_owner)
                continue;
            arr += account.mrr * 12;
            const bool lowHealth =
                account.score.overall && *account.score.overall < today::kAtRiskHealth;
            const bool badReason = !account.reasons.empty() &&
                                   account.reasons.front().severity >= today::kAtRiskSeverity;
            atRisk += lowHealth || badReason;
        }
        QVERIFY(atRisk > 0);
        QCOMPARE(brief.accountsAtRisk, atRisk);
        QCOMPARE(brief.arrMinor, arr);
        QCOMPARE(static_cast<int>(brief.atRisk.size()), atRisk);
        for (std::size_t i = 1; i < brief.atRisk.size(); ++i)
            QVERIFY(brief.atRisk[i - 1].riskTimesArr() >= brief.atRisk[i].riskTimesArr());
        for (const auto& line : brief.renewals90)
            QVERIFY(kToday.daysTo(line.renewalOn) >= 0 && kToday.daysTo(line.renewalOn) <= 90);
        for (const auto& line : brief.renewals180)
            QVERIFY(kToday.daysTo(line.renewalOn) > 90 && kToday.daysTo(line.renewalOn) <= 180);
    }

    void lastQuarterIsTheMetricsEngines()
    {
        test::CountingProgress progress;
        const auto brief =
            today::buildTodayBrief(m_book->connection(), m_owner, kToday, {}, progress);
        const auto history = metrics::loadMrrHistory(m_book->connection(), kToday);
        metrics::AccountFilter filter;
        filter.owner = m_owner;
        const auto rows =
            metrics::periodMetrics(history, metrics::selectAccounts(history, filter),
                                   metrics::Month::of(2026, 7), metrics::Month::of(2026, 9),
                                   metrics::Granularity::Quarter, metrics::RetentionMethod::Cohort);
        QCOMPARE(brief.lastQuarter, QStringLiteral("2026Q3"));
        QCOMPARE(*brief.lastQuarterNrr, rows.front().nrr);
        QCOMPARE(*brief.lastQuarterGrr, rows.front().grr);
        QCOMPARE(brief.lastReview, kToday.addDays(-today::kDefaultReviewDays));
    }

    void changesSinceTheLastReview()
    {
        auto& connection = m_book->connection();
        const std::int64_t account =
            *connection.queryInt("SELECT id FROM accounts WHERE owner = '" + m_owner.toStdString() +
                                 "' AND status <> 'churned' ORDER BY id LIMIT 1");
        const QString name = *connection.queryText("SELECT name FROM accounts WHERE id = " +
                                                   std::to_string(account));
        connection.exec("INSERT INTO contacts(account_id, name, role, left_on) VALUES (" +
                        std::to_string(account) +
                        ", 'Jane Roe', 'champion', '2026-11-20');"
                        "INSERT INTO survey_responses(account_id, responded_on, kind, score) "
                        "VALUES (" +
                        std::to_string(account) +
                        ", '2026-11-21', 'nps', 2);"
                        "INSERT INTO tickets(account_id, opened_on, priority) VALUES (" +
                        std::to_string(account) + ", '2026-11-19', 'high')");
        test::CountingProgress progress;
        const auto brief =
            today::buildTodayBrief(connection, m_owner, kToday, QDate(2026, 11, 15), progress);
        const auto has = [&](today::Change::Kind kind, const QString& text) {
            return std::any_of(brief.changes.begin(), brief.changes.end(), [&](const auto& c) {
                return c.accountId == account && c.kind == kind && c.accountName == name &&
                       c.text.contains(text);
            });
        };
        QVERIFY(
            has(today::Change::Kind::ChampionLeft, QStringLiteral("Jane Roe left on 2026-11-20")));
        QVERIFY(has(today::Change::Kind::NewDetractor, QStringLiteral("NPS 2")));
        QVERIFY(has(today::Change::Kind::NewTicket, QStringLiteral("ticket")));
        // A review after those days sees none of them.
        const auto later = today::buildTodayBrief(connection, m_owner, kToday, kToday, progress);
        QVERIFY(std::none_of(later.changes.begin(), later.changes.end(), [&](const auto& c) {
            return c.kind == today::Change::Kind::ChampionLeft && c.accountId == account;
        }));
    }

    // Tickets and detractors since a review long ago count, even when closed
    // or older than what health reads: Today reads them itself.
    void ticketsAndDetractorsSinceALongAgoReview()
    {
        auto& connection = m_book->connection();
        connection.exec(
            "INSERT INTO accounts(id, name, owner) VALUES (900001, 'Quiet Co', '" +
            m_owner.toStdString() +
            "');"
            "INSERT INTO tickets(account_id, opened_on, closed_on) VALUES "
            "(900001, '2026-05-06', '2026-06-25'), (900001, '2026-06-01', '2026-06-02'), "
            "(900001, '2025-10-18', '2025-10-28');"
            "INSERT INTO contacts(id, account_id, name) VALUES (900002, 900001, 'Ola');"
            "INSERT INTO survey_responses(account_id, contact_id, responded_on, kind, score) "
            "VALUES (900001, 900002, '2026-02-02', 'nps', 3), "
            "(900001, 900002, '2026-03-03', 'nps', 9), (900001, 900002, '2026-01-02', 'nps', 1)");
        test::CountingProgress progress;
        const auto brief =
            today::buildTodayBrief(connection, m_owner, kToday, kToday.addDays(-300), progress);
        QStringList tickets;
        QStringList detractors;
        for (const auto& change : brief.changes) {
            if (change.accountId == 900001 && change.kind == today::Change::Kind::NewTicket)
                tickets << change.text;
            if (change.accountId == 900001 && change.kind == today::Change::Kind::NewDetractor)
                detractors << change.text;
        }
        QCOMPARE(tickets, QStringList{QStringLiteral("2 new tickets")});
        QCOMPARE(detractors, QStringList{QStringLiteral("NPS 3 from Ola")});
        connection.exec("DELETE FROM tickets WHERE account_id = 900001;"
                        "DELETE FROM survey_responses WHERE account_id = 900001;"
                        "DELETE FROM contacts WHERE account_id = 900001;"
                        "DELETE FROM accounts WHERE id = 900001");
    }

    void tasksDueTodayAndOverdue()
    {
        auto& connection = m_book->connection();
        const std::int64_t account = *connection.queryInt(
            "SELECT id FROM accounts WHERE owner = '" + m_owner.toStdString() + "' LIMIT 1");
        test::CountingProgress progress;
        // The demo's CSMs have tasks of their own; the play below adds to them.
        const auto before = today::buildTodayBrief(connection, m_owner, kToday, {}, progress);
        for (const auto& playbook : playbooks::builtinPlaybooks()) {
            if (playbook.code == QLatin1String("sponsor_change")) // steps due after 2, 7, 14 days
                playbooks::startPlay(connection, playbook, account, kToday.addDays(-7), m_owner,
                                     {});
        }
        const auto brief = today::buildTodayBrief(connection, m_owner, kToday, {}, progress);
        QCOMPARE(brief.overdueTasks.size(), before.overdueTasks.size() + 1);
        QCOMPARE(brief.tasksDueToday.size(), before.tasksDueToday.size() + 1);
        QVERIFY(std::all_of(brief.overdueTasks.begin(), brief.overdueTasks.end(),
                            [](const auto& task) { return task.due < kToday; }));
        const auto everyone = today::buildTodayBrief(connection, {}, kToday, {}, progress);
        QVERIFY(everyone.arrMinor > brief.arrMinor);
        test::CountingProgress cancelled(0);
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 today::buildTodayBrief(connection, {}, kToday, {}, cancelled));
    }

    void reviewsAreRememberedPerOwner()
    {
        auto& connection = m_book->connection();
        QVERIFY(!today::lastReviewOf(connection, m_owner).isValid());
        today::markReviewed(connection, m_owner, kToday);
        today::markReviewed(connection, {}, kToday.addDays(-3));
        QCOMPARE(today::lastReviewOf(connection, m_owner), kToday);
        QCOMPARE(today::lastReviewOf(connection, {}), kToday.addDays(-3));
        today::markReviewed(connection, m_owner, kToday.addDays(1));
        QCOMPARE(today::lastReviewOf(connection, m_owner), kToday.addDays(1));
    }

private:
    test::TempFolder m_folder;
    QString m_path;
    QString m_owner;
    std::unique_ptr<store::Book> m_book;
};

TENURE_TEST_MAIN(TodayBriefTest)
#include "tst_todaybrief.moc"
