// The calibrated chance of loss: ten-point health bands pooled so that the
// rate never rises with health, from the book's own past quarter ends, and
// none when the book has too little history.
#include "cli/clirun.h"
#include "common/historybook.h"
#include "common/testmain.h"
#include "health/calibration.h"
#include "health/signalsloader.h"
#include "store/derivedcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace tenure;
using namespace tenure::health;

namespace {

BacktestObservation observed(double health, bool churned)
{
    BacktestObservation observation;
    observation.health = health;
    observation.churned = churned;
    return observation;
}

// Everything a calibration says, band by band.
bool sameCalibration(const Calibration& a, const Calibration& b)
{
    if (a.quarterEnds != b.quarterEnds || a.observations != b.observations ||
        a.events != b.events || a.payingAccounts != b.payingAccounts ||
        a.sampledAccounts != b.sampledAccounts || a.insufficient != b.insufficient ||
        a.bands.size() != b.bands.size())
        return false;
    for (std::size_t i = 0; i < a.bands.size(); ++i) {
        const auto& x = a.bands[i];
        const auto& y = b.bands[i];
        if (x.low != y.low || x.high != y.high || x.accounts != y.accounts || x.events != y.events)
            return false;
    }
    return true;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = test::history::build();
        QVERIFY(m_book.outcome.committed);
    }

    void poolsAdjacentViolators()
    {
        // 0-10: 1 of 2 churned; 10-20: 2 of 2, higher than its less healthy
        // neighbour, so the two pool to 3 of 4 (0.75). 20-50 are empty and join
        // them. 50-60: 1 of 4 (0.25); 60-70: 1 of 2 (0.5) rises again, so they
        // pool to 2 of 6 (0.333); 70-100 are empty and join them.
        const std::vector<BacktestObservation> rows = {
            observed(5, true),  observed(7, false),  observed(15, true),  observed(12, true),
            observed(55, true), observed(52, false), observed(58, false), observed(51, false),
            observed(65, true), observed(61, false)};
        const auto bands = pooledBands(rows, Outcome::Churn);
        QCOMPARE(bands.size(), std::size_t{2});
        QCOMPARE(bands[0].low, 0);
        QCOMPARE(bands[0].high, 50);
        QCOMPARE(bands[0].rate(), 0.75);
        QCOMPARE(bands[1].low, 50);
        QCOMPARE(bands[1].high, 100);
        QCOMPARE(bands[1].rate(), 2.0 / 6.0);
    }

    void tooFewEventsGiveNoProbability()
    {
        BacktestSample sample;
        sample.horizonDays = 180;
        sample.dataThrough = QDate(2026, 12, 31);
        sample.dates = {QDate(2025, 9, 30), QDate(2025, 12, 31), QDate(2026, 3, 31),
                        QDate(2026, 6, 30)};
        for (int i = 0; i < 100; ++i)
            sample.observations.push_back(observed(i, i < 9)); // 9 churned, one short
        const auto calibration = calibrate(sample, Outcome::Churn);
        QVERIFY(!calibration.isUsable());
        QVERIFY(calibration.insufficient.contains(u"Only 9 of the 100"));
        const auto probability = probabilityFor(calibration, 20.0);
        QVERIFY(!probability.value);
        QCOMPARE(probability.reason, calibration.insufficient);
        sample.observations[50].churned = true; // the tenth
        QVERIFY(calibrate(sample, Outcome::Churn).isUsable());
    }

    void bookCalibration()
    {
        const auto calibration = calibrateLosses(m_book.book->connection(), QDate(2026, 12, 31));
        QVERIFY2(calibration.isUsable(), qPrintable(calibration.insufficient));
        QCOMPARE(calibration.horizonDays, 180);
        QCOMPARE(calibration.quarterEnds, 8);
        // tst_backtest: 290 accounts scored, 22 churned and 24 contracted.
        QCOMPARE(calibration.observations, 290);
        QCOMPARE(calibration.events, 46);
        // Pooling keeps every account and every loss, and the rate falls with health.
        int accounts = 0, events = 0;
        for (std::size_t i = 0; i < calibration.bands.size(); ++i) {
            accounts += calibration.bands[i].accounts;
            events += calibration.bands[i].events;
            if (i > 0) {
                QVERIFY(calibration.bands[i].rate() <= calibration.bands[i - 1].rate());
                QCOMPARE(calibration.bands[i].low, calibration.bands[i - 1].high);
            }
        }
        QCOMPARE(accounts, 290);
        QCOMPARE(events, 46);
        QCOMPARE(calibration.bands.front().low, 0);
        QCOMPARE(calibration.bands.back().high, 100);
        // Poorly used accounts were lost far more often: the worst score
        // gets a higher chance than the best.
        QVERIFY(*calibration.probability(0) > *calibration.probability(100));
        const auto none = probabilityFor(calibration, std::nullopt);
        QVERIFY(!none.value);
        QVERIFY(!none.reason.isEmpty());
    }

    void tooFewQuarterEndsGiveNoProbability()
    {
        // On 30 Sep 2025 the data runs through that day; quarter ends whose
        // 180 days end by then: 30 Sep 24, 31 Dec 24, 31 Mar 25. Three, not four.
        const auto calibration = calibrateLosses(m_book.book->connection(), QDate(2025, 9, 30));
        QCOMPARE(calibration.quarterEnds, 3);
        QVERIFY(!calibration.isUsable());
        QVERIFY(calibration.insufficient.contains(u"Only 3 past quarter ends"));
        QVERIFY(calibration.insufficient.contains(u"2025-09-30"));
        QVERIFY(!calibration.probability(50));
    }

    void healthJsonCarriesTheProbability()
    {
        const QString path = m_book.folder->path(QStringLiteral("csv.tenure"));
        const auto json = [&](const char* asOf) {
            const auto run = test::runTenure({QStringLiteral("health"), QStringLiteral("--book"),
                                              path, QStringLiteral("--as-of"), QLatin1String(asOf),
                                              QStringLiteral("--json")});
            if (run.exitCode != 0)
                qWarning() << run.err;
            return QJsonDocument::fromJson(run.out).array();
        };
        auto& connection = m_book.book->connection();
        const QDate today(2026, 12, 31);
        const auto calibration = calibrateLosses(connection, today);
        std::map<qint64, double> healthOf;
        for (const auto& account :
             evaluateBook(loadSignals(connection, today), today, loadHealthConfig(connection))
                 .accounts)
            healthOf[account.id] = account.score.overall.value_or(-1);
        const auto accounts = json("2026-12-31");
        QCOMPARE(accounts.size(), 28); // 40 less the 12 churned
        for (const auto& value : accounts) {
            const auto account = value.toObject();
            const double health = healthOf.at(account.value(QStringLiteral("id")).toInteger());
            QVERIFY(account.value(QStringLiteral("churn_probability_reason")).isNull());
            // The rate of the band its health falls in, to 3 places.
            QVERIFY(qAbs(account.value(QStringLiteral("churn_probability")).toDouble() -
                         *calibration.probability(health)) < 0.0006);
        }
        // One account alone is judged against the whole book (its danger
        // zone, its calibration): the same object as in the whole list.
        for (const auto& value : {accounts.first(), accounts.last()}) {
            const QString id = QString::number(value[QStringLiteral("id")].toInteger());
            const auto one =
                test::runTenure({QStringLiteral("health"), QStringLiteral("--book"), path,
                                 QStringLiteral("--as-of"), QStringLiteral("2026-12-31"),
                                 QStringLiteral("--account"), id, QStringLiteral("--json")});
            QCOMPARE(one.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(one.out).array(), QJsonArray{value});
        }
        const QJsonArray earlier = json("2025-09-30");
        for (const auto& value : earlier) {
            const auto account = value.toObject();
            QVERIFY(account.value(QStringLiteral("churn_probability")).isNull());
            QVERIFY(account.value(QStringLiteral("churn_probability_reason"))
                        .toString()
                        .contains(u"Only 3 past quarter ends"));
        }
    }

    void anUnchangedBookIsCalibratedFromTheCache()
    {
        const QString path = m_book.folder->path(QStringLiteral("cached.tenure"));
        store::Book::backup(m_book.book->connection(), path);
        auto copy = store::Book::open(path, store::Book::Access::ReadOnly);
        const QDate today(2026, 12, 31);
        const auto computed = calibrateLosses(copy->connection(), today);
        QVERIFY(computed.isUsable());
        QVERIFY(sameCalibration(calibrateLosses(copy->connection(), today), computed));

        // The calibration itself is read back: changed in the cache, it reads changed.
        store::Connection cache(store::DerivedCache::filePath(),
                                store::Connection::Mode::ReadWrite);
        const auto kept = [&](const char* kind) {
            auto select =
                cache.prepare("SELECT payload FROM derived WHERE book = ?1 AND kind = ?2");
            select.bind(1, path).bind(2, QLatin1String(kind));
            return select.step() ? select.blobValue(0) : QByteArray();
        };
        const auto replace = [&](const char* kind, const QByteArray& payload) {
            auto update =
                cache.prepare("UPDATE derived SET payload = ?1 WHERE book = ?2 AND kind = ?3");
            update.bindBlob(1, payload).bind(2, path).bind(3, QLatin1String(kind)).exec();
            return cache.changes();
        };
        const QByteArray calibration = kept("calibration");
        QVERIFY(!calibration.isEmpty());
        QByteArray moreObservations = calibration;
        moreObservations[15] = char(moreObservations[15] + 1); // the fourth int, big-endian
        QCOMPARE(replace("calibration", moreObservations), 1);
        QCOMPARE(calibrateLosses(copy->connection(), today).observations,
                 computed.observations + 1);

        // Not readable, it is worked out again from the eight quarter ends,
        // which are read back too: emptied, they leave nothing to calibrate on.
        QCOMPARE(replace("calibration", QByteArrayLiteral("not a calibration")), 1);
        QCOMPARE(replace("dated-scores", QByteArray(8, '\0')), 8); // no accounts
        const auto fromEmptyQuarters = calibrateLosses(copy->connection(), today);
        QCOMPARE(fromEmptyQuarters.observations, 0);
        QVERIFY(!fromEmptyQuarters.isUsable()); // and that is not kept
        // Damaged quarter ends are scored again: the calibration is as at first.
        QCOMPARE(replace("dated-scores", QByteArrayLiteral("not scores")), 8);
        QVERIFY(sameCalibration(calibrateLosses(copy->connection(), today), computed));
        QCOMPARE(kept("calibration").size(), calibration.size()); // kept again
    }

    void aChangedBookIsCalibratedAfresh()
    {
        const QString path = m_book.folder->path(QStringLiteral("changed.tenure"));
        store::Book::backup(m_book.book->connection(), path);
        auto copy = store::Book::open(path);
        const QDate today(2026, 12, 31);
        const auto before = calibrateLosses(copy->connection(), today);
        // Without usage the scores lean on other signals, and the bands move.
        copy->connection().exec("DELETE FROM usage");
        const auto after = calibrateLosses(copy->connection(), today);
        QVERIFY(!sameCalibration(after, before));
        qputenv("TENURE_DERIVED_CACHE", "off");
        const auto fresh = calibrateLosses(copy->connection(), today);
        qunsetenv("TENURE_DERIVED_CACHE");
        QVERIFY(sameCalibration(after, fresh));
    }

private:
    test::CsvBook m_book;
};

TENURE_TEST_MAIN(TestCalibration)
#include "tst_calibration.moc"
