// loadSignals reads its tables on two connections at once and evaluateBook
// scores the two halves of the book on two threads. On a demo book both give
// exactly what one thread gives: loadSignals inside a transaction, which
// keeps it on the caller's connection, and the accounts scored one by one.
// Inside a transaction it also sees what the transaction wrote.
#include "common/signalsdigest.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "health/bookhealth.h"
#include "health/detectors.h"
#include "health/signalsloader.h"
#include "store/book.h"
#include "store/sqlite.h"

using namespace tenure;

namespace {

std::vector<health::AccountSignals> loadOnOneConnection(store::Connection& connection,
                                                        const QDate& day)
{
    store::Transaction reading(connection, store::Transaction::Kind::Deferred);
    return health::loadSignals(connection, day);
}

void compareDimension(const health::Dimension& actual, const health::Dimension& expected)
{
    QCOMPARE(actual.score, expected.score);
    QCOMPARE(actual.inputs.size(), expected.inputs.size());
    for (std::size_t i = 0; i < actual.inputs.size(); ++i) {
        QCOMPARE(actual.inputs[i].key, expected.inputs[i].key);
        QCOMPARE(actual.inputs[i].value, expected.inputs[i].value);
        QCOMPARE(actual.inputs[i].effectiveWeight, expected.inputs[i].effectiveWeight);
        QCOMPARE(actual.inputs[i].detail, expected.inputs[i].detail);
    }
}

} // namespace

class TestConcurrentHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoThreadsGiveWhatOneGives()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("demo.tenure"));
        const QDate today(2026, 6, 30);
        demo::generateDemoBook(path, {400, 11, 24, today});
        auto book = store::Book::open(path, store::Book::Access::ReadOnly);
        auto& db = book->connection();
        const auto config = health::loadHealthConfig(db);
        for (const QDate& day : {today, today.addDays(-120)}) {
            const auto signals_ = health::loadSignals(db, day);
            const auto alone = loadOnOneConnection(db, day);
            QCOMPARE(signals_.size(), std::size_t{400});
            QCOMPARE(signals_.size(), alone.size());
            for (std::size_t i = 0; i < alone.size(); ++i)
                QCOMPARE(test::digest(signals_[i]), test::digest(alone[i]));

            const auto scored = health::evaluateBook(signals_, day, config);
            const health::DetectionContext context{day, config.thresholds,
                                                   scored.dangerZone.utilisation};
            std::size_t next = 0;
            for (const auto& account : alone) {
                if (!account.isPaying())
                    continue;
                QVERIFY(next < scored.accounts.size());
                const auto& health = scored.accounts[next++];
                QCOMPARE(health.id, account.id);
                QCOMPARE(health.mrr, account.mrrNow);
                const auto score = health::scoreAccount(
                    account, day, config.thresholds, config.weights, health::Wording::NumbersOnly);
                QCOMPARE(health.score.overall, score.overall);
                compareDimension(health.score.outcome, score.outcome);
                compareDimension(health.score.experience, score.experience);
                compareDimension(health.score.relationship, score.relationship);
                QCOMPARE(health.quadrant, health::quadrantOf(score, config.thresholds.minCoverage));
                QCOMPARE(health.score.coverage, score.coverage);
                const auto reasons = health::detectRiskReasons(account, context);
                QCOMPARE(health.reasons.size(), reasons.size());
                for (std::size_t r = 0; r < reasons.size(); ++r) {
                    QCOMPARE(health.reasons[r].code, reasons[r].code);
                    QCOMPARE(health.reasons[r].severity, reasons[r].severity);
                    QCOMPARE(health.reasons[r].evidence, reasons[r].evidence);
                }
            }
            QCOMPARE(next, scored.accounts.size());
            QVERIFY(next > 100);
        }
    }

    // Inside a transaction every table is read on the caller's connection, the
    // only one that sees what the transaction wrote.
    void anOpenTransactionSeesItsOwnWrites()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("demo.tenure"));
        const QDate today(2026, 6, 30);
        demo::generateDemoBook(path, {50, 3, 12, today});
        auto book = store::Book::open(path);
        auto& db = book->connection();
        const auto totalMrr = [&] {
            std::int64_t total = 0;
            for (const auto& account : health::loadSignals(db, today))
                total += account.mrrNow;
            return total;
        };
        const std::int64_t committed = totalMrr();
        QVERIFY(committed > 0);
        store::Transaction writing(db);
        db.exec("UPDATE subscription_periods SET mrr_minor = 2 * mrr_minor");
        QVERIFY(totalMrr() > committed);
    }
};

TENURE_TEST_MAIN(TestConcurrentHealth)
#include "tst_concurrenthealth.moc"
