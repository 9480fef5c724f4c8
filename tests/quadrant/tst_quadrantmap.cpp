// The two-by-two's data on a generated demo book: every placed account where
// evaluateBook puts it, the filters against an independent count, the past
// quarter ends, and trails that match the book scored as of each of them, or
// the snapshots stored for that day.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "health/quadrantmap.h"
#include "health/signalsloader.h"
#include "health/snapshots.h"
#include "store/book.h"

#include <unordered_map>

using namespace tenure;
using namespace tenure::health;

namespace {

const QDate kToday(2026, 11, 22);

BookHealth scored(store::Connection& connection, const QDate& asOf)
{
    const auto signals_ = loadSignals(connection, asOf);
    return evaluateBook(signals_, asOf, loadHealthConfig(connection));
}

} // namespace

class TestQuadrantMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_folder.path(QStringLiteral("demo.tenure"));
        demo::DemoOptions options;
        options.accounts = 400;
        options.today = kToday;
        demo::generateDemoBook(m_path, options);
        m_book = store::Book::open(m_path, store::Book::Access::ReadWrite);
        m_map = loadQuadrantMap(m_book->connection(), kToday, 4);
    }

    void pastQuarterEnds_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("mid quarter")
            << QDate(2026, 11, 22) << QDate(2025, 12, 31) << QDate(2026, 9, 30);
        QTest::newRow("first day of a quarter")
            << QDate(2026, 10, 1) << QDate(2025, 12, 31) << QDate(2026, 9, 30);
        QTest::newRow("a quarter end is not before itself")
            << QDate(2026, 9, 30) << QDate(2025, 9, 30) << QDate(2026, 6, 30);
    }

    void pastQuarterEnds()
    {
        QFETCH(QDate, asOf);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto ends = health::pastQuarterEnds(asOf, 4);
        QCOMPARE(ends.size(), 4u);
        QCOMPARE(ends.front(), first);
        QCOMPARE(ends.back(), last);
        for (std::size_t i = 1; i < ends.size(); ++i)
            QCOMPARE(ends[i - 1].addDays(1).addMonths(3).addDays(-1), ends[i]);
    }

    void placesEveryAccountWhereTheEnginePutsIt()
    {
        const BookHealth book = scored(m_book->connection(), kToday);
        int placeable = 0;
        std::unordered_map<std::int64_t, const AccountHealth*> byId;
        for (const AccountHealth& account : book.accounts) {
            byId.emplace(account.id, &account);
            placeable += account.quadrant != Quadrant::Unknown;
        }
        QVERIFY(placeable > 100);
        // Some demo accounts lack usage, tickets or surveys: not enough data.
        QVERIFY(m_map.unplaced > 0);
        QCOMPARE(static_cast<int>(m_map.points.size()), placeable);
        QCOMPARE(m_map.unplaced, static_cast<int>(book.accounts.size()) - placeable);
        QCOMPARE(m_map.currency, QStringLiteral("USD"));
        for (const QuadrantPoint& point : m_map.points) {
            const AccountHealth& account = *byId.at(point.id);
            QCOMPARE(point.outcome, *account.score.outcome.score);
            QCOMPARE(point.experience, *account.score.experience.score);
            QCOMPARE(point.health, *account.score.overall);
            QCOMPARE(point.arr, account.mrr * 12);
            QCOMPARE(point.quadrant, quadrantOf(account.score, Thresholds{}.minCoverage));
            QVERIFY(account.score.coverage >= Thresholds{}.minCoverage);
            QCOMPARE(point.name, account.name);
        }
    }

    void filtersMatchAnIndependentCount()
    {
        const QString owner = m_map.points.front().owner;
        const QString segment = m_map.points.back().segment;
        int byOwner = 0, bySegment = 0, byBoth = 0;
        for (const QuadrantPoint& point : m_map.points) {
            byOwner += point.owner == owner;
            bySegment += point.segment == segment;
            byBoth += point.owner == owner && point.segment == segment;
        }
        QVERIFY(byOwner < static_cast<int>(m_map.points.size()));
        QCOMPARE(m_map.select({}).size(), m_map.points.size());
        QCOMPARE(static_cast<int>(m_map.select({owner, {}}).size()), byOwner);
        QCOMPARE(static_cast<int>(m_map.select({{}, segment}).size()), bySegment);
        const auto both = m_map.select({owner, segment});
        QCOMPARE(static_cast<int>(both.size()), byBoth);
        for (const std::size_t index : both) {
            QCOMPARE(m_map.points[index].owner, owner);
            QCOMPARE(m_map.points[index].segment, segment);
        }
    }

    void trailsAreTheBookScoredAsOfEachQuarterEnd()
    {
        QCOMPARE(m_map.trailDates, health::pastQuarterEnds(kToday, 4));
        QCOMPARE(m_map.trails.size(), m_map.points.size());
        int stepsWithScores = 0;
        for (std::size_t q = 0; q < m_map.trailDates.size(); ++q) {
            const QDate day = m_map.trailDates[q];
            std::unordered_map<std::int64_t, const AccountHealth*> then;
            const BookHealth book = scored(m_book->connection(), day);
            for (const AccountHealth& account : book.accounts)
                then.emplace(account.id, &account);
            for (const QuadrantPoint& point : m_map.points) {
                const auto& trail = *m_map.trailOf(point.id);
                QCOMPARE(trail.size(), m_map.trailDates.size());
                const TrailStep& step = trail[q];
                QCOMPARE(step.asOf, day);
                const auto found = then.find(point.id);
                if (found == then.end() || !found->second->score.outcome.score ||
                    !found->second->score.experience.score) {
                    QVERIFY(!step.outcome && !step.experience);
                    continue;
                }
                ++stepsWithScores;
                QCOMPARE(step.outcome, found->second->score.outcome.score);
                QCOMPARE(step.experience, found->second->score.experience.score);
            }
        }
        QVERIFY(stepsWithScores > static_cast<int>(m_map.points.size()));
    }

    void storedSnapshotsOfTheDayAreUsed()
    {
        const QDate day = health::pastQuarterEnds(kToday, 1).front();
        BookHealth book = scored(m_book->connection(), day);
        // Stored values that scoring could never give, so the test sees which one was read.
        for (AccountHealth& account : book.accounts) {
            account.score.outcome.score = 1.5;
            account.score.experience.score = 98.5;
        }
        saveSnapshots(m_book->connection(), book);
        const QuadrantMap map = loadQuadrantMap(m_book->connection(), kToday, 2);
        const auto& trail = *map.trailOf(map.points.front().id);
        QCOMPARE(trail.size(), 2u);
        QCOMPARE(trail[1].asOf, day);
        QCOMPARE(trail[1].outcome, std::optional<double>(1.5));
        QCOMPARE(trail[1].experience, std::optional<double>(98.5));
        QCOMPARE_NE(trail[0].outcome, std::optional<double>(1.5)); // no snapshot that day: scored
    }

private:
    test::TempFolder m_folder;
    QString m_path;
    std::unique_ptr<store::Book> m_book;
    QuadrantMap m_map;
};

TENURE_TEST_MAIN(TestQuadrantMap)
#include "tst_quadrantmap.moc"
