// The account page's loader: every number checked against a hand-made book
// worked out by hand, as-of isolation, the trend from snapshots and from a
// recomputation, the tables through QAbstractItemModelTester, and a demo book
// that agrees with the list and the book's health.
#include "accountlist/accountlist.h"
#include "accountlist/listhealth.h"
#include "accountpage/accountdetail.h"
#include "accountpage/accountpagetables.h"
#include "accountpage/celltablemodel.h"
#include "accountpage/healthtrend.h"
#include "common/signalsdigest.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "handmadebook.h"
#include "health/signalsloader.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QAbstractItemModelTester>

using namespace tenure;
using namespace tenure::account;
using tenure::health::EvidenceSource;
using tenure::test::kHandMadeAsOf;

namespace {

AccountDetail load(tenure::store::Book& book, const QDate& asOf = kHandMadeAsOf)
{
    auto detail = loadAccountDetail(book.connection(), 1, asOf);
    if (!detail)
        qFatal("account #1 missing");
    return *detail;
}

const health::ScoreInput& input(const health::Dimension& dimension, const char* key)
{
    return *std::find_if(dimension.inputs.begin(), dimension.inputs.end(),
                         [&](const auto& i) { return i.key == QLatin1String(key); });
}

bool hasReason(const AccountDetail& detail, const QString& code, EvidenceSource source)
{
    return std::any_of(detail.reasons.begin(), detail.reasons.end(),
                       [&](const auto& r) { return r.code == code && r.source == source; });
}

} // namespace

class TestAccountDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheHeaderAndMrrHistory()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        const AccountDetail detail = load(*book);
        QCOMPARE(detail.facts.name, QStringLiteral("Acme"));
        QCOMPARE(detail.facts.plan, QStringLiteral("Enterprise"));
        QCOMPARE(detail.facts.renewalOn, QDate(2026, 5, 15));
        QCOMPARE(detail.facts.mrr, 20000); // the April period had not started
        QCOMPARE(detail.facts.arr(), 240000);
        QCOMPARE(detail.mrrHistory.size(), std::size_t{15}); // Jan 2025 to Mar 2026
        QCOMPARE(detail.mrrHistory.front().mrr, 10000);
        QCOMPARE(detail.mrrHistory[11].mrr, 10000); // December 2025
        QCOMPARE(detail.mrrHistory[12].mrr, 20000); // January 2026
        QVERIFY(!loadAccountDetail(book->connection(), 999, kHandMadeAsOf));
    }

    void scoresHealthAsWorkedOutByHand()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        const AccountDetail detail = load(*book);
        QVERIFY(detail.paying);
        const auto& score = detail.score;
        // Outcome: goals 1 of 2 = 50, adoption 6/10 / 0.8 = 75, trend 70 + 1.5 × -25 = 32.5.
        QCOMPARE(*input(score.outcome, "goals").value, 50.0);
        QCOMPARE(*input(score.outcome, "adoption").value, 75.0);
        QCOMPARE(*input(score.outcome, "usage_trend").value, 32.5);
        // Their mean, 55.625, is pulled by the goal missed on 2026-03-01, 30 days
        // before (full weight), to 3/4 of the goals' 50: 37.5.
        QCOMPARE(*score.outcome.score, 37.5);
        QCOMPARE(score.outcome.pull, 55.625 - 37.5);
        // Experience: NPS 3 → 30; no CSAT, its 0.2 shared out; support 100 - 15 - 20 = 65.
        QVERIFY(!input(score.experience, "csat").value);
        QCOMPARE(input(score.experience, "nps").effectiveWeight, 0.5);
        QCOMPARE(*input(score.experience, "support").value, 65.0);
        // Their mean, 47.5, is pulled towards 3/4 of 30 = 22.5 by the NPS 3 of
        // 2026-02-01, 58 days old: weight 1 - (58 - 30) / (365 - 30). (The
        // escalation of 2026-03-01 pulls only to 45: 2.5 points.)
        QCOMPARE(*score.experience.score, 47.5 - (1 - 28.0 / 335) * (47.5 - 22.5));
        QCOMPARE(*score.experience.score, test::kHandMadeExperience);
        QVERIFY(score.experience.redistributed());
        // Relationship: 1 of 2 sponsors active = 75, CSM contact 16 days ago = 100.
        QCOMPARE(*score.relationship.score, 87.5);
        QCOMPARE(*score.overall, 0.5 * 37.5 + 0.3 * *score.experience.score + 0.2 * 87.5);
        QCOMPARE(*score.overall, test::kHandMadeHealth);
        // Every input known but CSAT: 1 - 0.3 × 0.2.
        QCOMPARE(score.coverage, 0.94);
        QCOMPARE(detail.quadrant, health::Quadrant::Rescue);
        QVERIFY(hasReason(detail, health::reason::NegativeFeedback, EvidenceSource::Surveys));
        QVERIFY(hasReason(detail, health::reason::CustomerEvent, EvidenceSource::Events));
        // Bottom quartile of utilisation over nine accounts (0.1 ... 0.8 and Acme's 0.6) is 0.3.
        QCOMPARE(detail.dangerZoneUsers, 3.0);
    }

    void readsRecordsAsTheyStoodOnTheDate()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        const AccountDetail detail = load(*book);
        QCOMPARE(detail.tickets.size(), std::size_t{2});              // T-3 opened after the date
        QCOMPARE(detail.tickets[0].reference, QStringLiteral("T-2")); // newest first
        QVERIFY(!detail.tickets[0].closed.isValid()); // closed after the date: open then
        QCOMPARE(detail.tickets[1].closed, QDate(2026, 3, 5));
        QCOMPARE(detail.surveys.size(), std::size_t{1});
        QCOMPARE(detail.surveys[0].contactName, QStringLiteral("Ann"));
        QCOMPARE(detail.contacts.size(), std::size_t{4}); // Eve joined after the date
        const auto statusOf = [&](const char* name) {
            return std::find_if(detail.contacts.begin(), detail.contacts.end(),
                                [&](const auto& c) { return c.name == QLatin1String(name); })
                ->status;
        };
        QCOMPARE(statusOf("Ann"), ContactStatus::Active);
        QCOMPARE(statusOf("Bob"), ContactStatus::GoneDark); // 89 days > 45
        QCOMPARE(statusOf("Cy"), ContactStatus::Left);
        QCOMPARE(statusOf("Dee"), ContactStatus::Active); // leaves in May
        QCOMPARE(detail.goals.size(), std::size_t{3});
        QCOMPARE(detail.goals[0].status, QStringLiteral("achieved"));
        QCOMPARE(detail.goals[1].status, QStringLiteral("missed"));
        QCOMPARE(detail.goals[2].status, QStringLiteral("open")); // achieved in April
        QVERIFY(!detail.goals[2].achieved);
        QCOMPARE(detail.usage.size(), std::size_t{13}); // 5 Jan to 30 Mar
        QCOMPARE(detail.usage.back().activeUsers, 6);
    }

    void timelineHasEverythingNewestFirst()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        const AccountDetail detail = load(*book);
        // 1 action, 1 request, 1 event, 2 tickets opened + 1 closed, 1 survey,
        // 2 billing movements (new in Jan 2025, expansion in Jan 2026).
        QCOMPARE(detail.timeline.size(), std::size_t{9});
        QCOMPARE(detail.timeline.front().date, QDate(2026, 3, 15)); // the call
        QCOMPARE(detail.timeline.back().date, QDate(2025, 1, 31));  // new subscription
        QCOMPARE(detail.timeline.back().kind, TimelineKind::Billing);
        QVERIFY(std::is_sorted(detail.timeline.begin(), detail.timeline.end(),
                               [](const auto& a, const auto& b) { return a.date > b.date; }));
        const auto billing =
            std::count_if(detail.timeline.begin(), detail.timeline.end(),
                          [](const auto& e) { return e.kind == TimelineKind::Billing; });
        QCOMPARE(billing, 2);
    }

    void laterDataChangesNothing()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        const AccountDetail before = load(*book);
        book->connection().exec(R"sql(
            INSERT INTO tickets(account_id, opened_on, escalated) VALUES (1, '2026-04-01', 1);
            INSERT INTO survey_responses(account_id, responded_on, kind, score)
                VALUES (1, '2026-04-01', 'nps', 0);
            INSERT INTO actions(account_id, occurred_on, kind, summary)
                VALUES (1, '2026-04-01', 'call', 'later');
            INSERT INTO usage(account_id, period_start, period_days, active_users)
                VALUES (1, '2026-04-01', 1, 99);
            UPDATE contacts SET left_on = '2026-04-01' WHERE name = 'Ann';
            INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit,
                                             currency, mrr_minor)
                VALUES (1, '2026-04-01', 1, 'month', 'USD', 99999);
        )sql");
        const AccountDetail after = load(*book);
        QCOMPARE(after.facts.mrr, before.facts.mrr);
        QCOMPARE(*after.score.overall, *before.score.overall);
        QCOMPARE(after.reasons.size(), before.reasons.size());
        QCOMPARE(after.tickets.size(), before.tickets.size());
        QCOMPARE(after.surveys.size(), before.surveys.size());
        QCOMPARE(after.timeline.size(), before.timeline.size());
        QCOMPARE(after.usage.size(), before.usage.size());
        QCOMPARE(after.contacts[0].status, ContactStatus::Active);
        QCOMPARE(after.dangerZoneUsers, before.dangerZoneUsers);
    }

    void trendComparesWithThirtyDaysEarlier()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        // Recomputed: the health the page shows when read as of 1 March.
        const AccountDetail march = load(*book, QDate(2026, 3, 1));
        const AccountDetail detail = load(*book);
        QCOMPARE(detail.trendFrom, QDate(2026, 3, 1));
        QVERIFY(detail.healthBefore);
        QCOMPARE(*detail.healthBefore, *march.score.overall);
        QVERIFY(*detail.healthBefore != *detail.score.overall);
        // A snapshot stored for that day is read instead of recomputing.
        book->connection().exec("INSERT INTO health_snapshots(account_id, as_of, overall) "
                                "VALUES (1, '2026-02-27', 70)");
        QCOMPARE(*load(*book).healthChange(), test::kHandMadeHealth - 70);
    }

    void tablesPassTheTester()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        const AccountDetail detail = load(*book);
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        CellTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (auto build : {reasonsTable, decompositionTable, ticketsTable, surveysTable,
                           contactsTable, goalsTable, timelineTable}) {
            model.setTable(build(detail, locale));
            QVERIFY(model.rowCount() > 0);
            QCOMPARE(model.columnCount(), model.table().headers.size());
        }
    }

    void tablesShowTheNumbers()
    {
        test::TempFolder folder;
        auto book = test::createHandMadeBook(folder.path(QStringLiteral("a.tenure")));
        const AccountDetail detail = load(*book);
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        CellTableModel model;
        model.setTable(decompositionTable(detail, locale));
        // 3 dimension headings + 3 + 3 + 2 inputs.
        QCOMPARE(model.rowCount(), 11);
        QVERIFY(model.index(0, 0).data(CellTableModel::HeadingRole).toBool());
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("50%"));  // configured
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("18.8")); // 37.5 × 50%
        const int csat = 6; // experience heading at 4, NPS 5, CSAT 6
        QCOMPARE(model.index(csat, 0).data(CellTableModel::KeyRole).toString(),
                 QStringLiteral("csat"));
        QCOMPARE(model.index(csat, 0).data().toString().trimmed(), QStringLiteral("CSAT"));
        QCOMPARE(model.index(csat - 1, 0).data().toString().trimmed(), QStringLiteral("NPS"));
        QCOMPARE(model.index(1, 0).data().toString().trimmed(),
                 QStringLiteral("Success-plan goals"));
        QVERIFY(!model.index(1, 5).data().toString().isEmpty()); // "1 of 2 goals ..."
        QCOMPARE(model.index(csat, 1).data().toString(), QStringLiteral("no data"));
        QCOMPARE(model.index(csat, 3).data().toString(), QStringLiteral("0%"));
        QVERIFY(model.index(csat, 5).data().toString().contains(QStringLiteral("20%")));

        model.setTable(ticketsTable(detail, locale));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("open"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("21")); // 10 → 31 March
        model.setTable(contactsTable(detail, locale));
        QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("Left")); // left last
        model.setTable(reasonsTable(detail, locale));
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto source = static_cast<EvidenceSource>(
                model.index(row, 0).data(CellTableModel::KeyRole).toInt());
            QCOMPARE(source, detail.reasons[static_cast<std::size_t>(row)].source);
        }
    }

    // The page reads one account's signals and health on the trend date; they
    // must be what the whole book's read gives for it.
    void oneAccountReadsAsTheWholeBook()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("demo.tenure"));
        const QDate today(2026, 6, 30);
        demo::generateDemoBook(path, {300, 7, 24, today});
        auto book = store::Book::open(path);
        const auto config = health::loadHealthConfig(book->connection());
        for (const QDate& day : {today, today.addDays(-kTrendDays)}) {
            const auto all = health::loadSignals(book->connection(), day);
            QCOMPARE(all.size(), std::size_t{300});
            for (const auto& account : all) {
                const auto one = health::loadAccountSignals(book->connection(), account.id, day);
                QVERIFY(one);
                QCOMPARE(test::digest(*one), test::digest(account));
            }
            // Every seventh account in detail: those read as in the whole
            // book; the others only their row, billing and usage.
            std::vector<std::int64_t> detailed;
            for (std::size_t i = 0; i < all.size(); i += 7)
                detailed.push_back(all[i].id);
            const auto some =
                health::loadSignalsDetailing(book->connection(), day, [&] { return detailed; });
            QCOMPARE(some.size(), all.size());
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (i % 7 == 0) {
                    QCOMPARE(test::digest(some[i]), test::digest(all[i]));
                    continue;
                }
                auto bookWide = all[i];
                bookWide.contacts.clear();
                bookWide.tickets.clear();
                bookWide.hadTicket = false;
                bookWide.surveys.clear();
                bookWide.requests.clear();
                bookWide.goals.clear();
                bookWide.events.clear();
                bookWide.lastAction.reset();
                QCOMPARE(test::digest(some[i]), test::digest(bookWide));
            }
            // The same accounts read alone, with an id the book does not hold.
            auto sampled = detailed;
            sampled.push_back(1000000);
            const auto alone = health::loadSignalsOf(book->connection(), day, sampled);
            QCOMPARE(alone.size(), detailed.size());
            for (std::size_t i = 0; i < alone.size(); ++i)
                QCOMPARE(test::digest(alone[i]), test::digest(all[i * 7]));
            const auto health = healthOn(book->connection(), day, config);
            QVERIFY(!health.empty());
            for (const auto& account : all) {
                const auto found = health.find(account.id);
                const auto expected =
                    found == health.end() ? std::nullopt : std::optional(found->second);
                QCOMPARE(healthOfAccountOn(book->connection(), account.id, day, config), expected);
            }
        }
        QVERIFY(!health::loadAccountSignals(book->connection(), 1000000, today));
    }

    void demoBookAgreesWithTheListAndTheBook()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("demo.tenure"));
        const QDate today(2026, 6, 30);
        demo::generateDemoBook(path, {300, 7, 24, today});
        auto book = store::Book::open(path);
        const auto list = accounts::loadAccountList(book->connection(), today);
        const auto health = accounts::loadHealthColumns(book->connection(), today);
        int checked = 0;
        for (const auto& row : list.rows) {
            if (!health.count(row.id) || checked >= 15)
                continue;
            ++checked;
            const auto detail = loadAccountDetail(book->connection(), row.id, today);
            QVERIFY(detail);
            QCOMPARE(detail->facts.mrr, row.mrrMinor);
            QCOMPARE(detail->score.overall, health.at(row.id).health);
            QCOMPARE(detail->reasons.empty() ? QString() : detail->reasons.front().code,
                     health.at(row.id).topReason);
            QVERIFY(detail->dangerZoneUsers > 0 || detail->facts.seats == 0);
            for (const auto& entry : detail->timeline)
                QVERIFY(entry.date <= today);
        }
        QCOMPARE(checked, 15);
    }
};

TENURE_TEST_MAIN(TestAccountDetail)
#include "tst_accountdetail.moc"
