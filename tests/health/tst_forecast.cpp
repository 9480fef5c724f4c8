// The quarter's forecast on a book built from CSV files with churn and
// contraction planted on known days (tests/common/historybook.cpp), and last
// quarter's forecast beside what happened.
#include "cli/clirun.h"
#include "common/countingprogress.h"
#include "common/historybook.h"
#include "common/testmain.h"
#include "forecast/quarterforecast.h"
#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "store/book.h"
#include "store/derivedcache.h"
#include "store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

using namespace tenure;

namespace {

const QDate kToday(2026, 12, 31);

report::Quarter quarter(int year, int number)
{
    return {year, number, 1};
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = test::history::build();
        QVERIFY(m_book.outcome.committed);
    }

    void lastQuarterBesideWhatHappened()
    {
        const auto forecast =
            forecast::forecastQuarter(m_book.book->connection(), quarter(2026, 4), kToday);
        QVERIFY2(forecast.isAvailable(), qPrintable(forecast.unavailable));
        QCOMPARE(forecast.asOf, QDate(2026, 9, 30));
        // 90 days from 8 quarter ends, 30 Sep 24 to 30 Jun 26: each planted day
        // is seen from the quarter end before its quarter. Churns before
        // October 2026: 10 of 12; contractions: 11 of 13, each of half the MRR.
        QCOMPARE(forecast.quarterEnds, 8);
        QCOMPARE(forecast.churnEvents, 10);
        QCOMPARE(forecast.contractionEvents, 11);
        QVERIFY(forecast.contractionUnavailable.isEmpty());
        QCOMPARE(forecast.contractionShare, 0.5);
        // Paying on 30 Sep 26: 40 less 10 churned. 11 of them at $250 after
        // contracting, 19 at $500: 11 × $3,000 + 19 × $6,000 = $147,000 ARR.
        QCOMPARE(forecast.accounts.size(), std::size_t{30});
        QCOMPARE(forecast.arrMinor, 14700000);
        QCOMPARE(forecast.unscoredAccounts, 0);
        // What happened: A13 and A32 churned ($6,000 ARR each); A03 and A07
        // halved ($3,000 each).
        QVERIFY(forecast.actual);
        QCOMPARE(forecast.actual->churnMinor, 1200000);
        QCOMPARE(forecast.actual->contractionMinor, 600000);

        // The expectation is the sum of each account's p·ARR (and p·share·ARR).
        double churn = 0, contraction = 0;
        for (const auto& account : forecast.accounts) {
            churn += account.churnProbability * static_cast<double>(account.arrMinor);
            contraction +=
                account.contractionProbability * 0.5 * static_cast<double>(account.arrMinor);
        }
        QVERIFY(qAbs(forecast.expectedChurnMinor - churn) < 1e-6);
        QVERIFY(qAbs(forecast.expectedContractionMinor - contraction) < 1e-6);
        QVERIFY(forecast.band.low <= forecast.expectedMinor());
        QVERIFY(forecast.band.high >= forecast.expectedMinor());
        QVERIFY(forecast.band.high > forecast.band.low);
        // Every account in one owner and one reason group.
        const auto totalOf = [](const std::vector<forecast::ExpectedLoss>& groups) {
            double total = 0;
            int accounts = 0;
            for (const auto& group : groups) {
                total += group.total();
                accounts += group.accounts;
            }
            return std::pair(total, accounts);
        };
        QVERIFY(qAbs(totalOf(forecast.byOwner).first - forecast.expectedMinor()) < 1e-6);
        QVERIFY(qAbs(totalOf(forecast.byReason).first - forecast.expectedMinor()) < 1e-6);
        QCOMPARE(totalOf(forecast.byReason).second, 30);
        QCOMPARE(forecast.byOwner.size(), std::size_t{2});
    }

    void oneOwnersAccounts()
    {
        auto& connection = m_book.book->connection();
        const auto everyone = forecast::forecastQuarter(connection, quarter(2026, 4), kToday);
        const auto dana = forecast::forecastQuarter(connection, quarter(2026, 4), kToday,
                                                    {QStringLiteral("Dana"), {}});
        // Dana has the odd accounts: 20 less A01, A05, A09 churned, all at $500:
        // 17 × $6,000 = $102,000 ARR. Her churn in Q4: A13; contraction: A03, A07.
        QCOMPARE(dana.accounts.size(), std::size_t{17});
        QCOMPARE(dana.arrMinor, 10200000);
        QCOMPARE(dana.actual->churnMinor, 600000);
        QCOMPARE(dana.actual->contractionMinor, 600000);
        // The same chances as in the whole book's forecast: her group's sum.
        const auto group = std::find_if(everyone.byOwner.begin(), everyone.byOwner.end(),
                                        [](const auto& g) { return g.key == u"Dana"; });
        QVERIFY(group != everyone.byOwner.end());
        QVERIFY(qAbs(group->total() - dana.expectedMinor()) < 1e-6);
    }

    void nextQuarterHasNothingToCompareYet()
    {
        const auto next =
            forecast::forecastQuarter(m_book.book->connection(), quarter(2027, 1), kToday);
        QVERIFY(next.isAvailable());
        QCOMPARE(next.asOf, kToday);
        QCOMPARE(next.accounts.size(), std::size_t{28}); // 40 less the 12 churned
        QVERIFY(!next.actual);
    }

    // The book as scored on the forecast's date, handed over, gives the
    // forecast that reading it again gives.
    void aScoredBookIsUsedAsGiven()
    {
        auto& connection = m_book.book->connection();
        const QDate asOf = forecast::forecastDate(quarter(2027, 1), kToday);
        QCOMPARE(asOf, kToday);
        const auto scored = health::evaluateBook(health::loadSignals(connection, asOf), asOf,
                                                 health::loadHealthConfig(connection));
        const auto read = forecast::forecastQuarter(connection, quarter(2027, 1), kToday);
        QVERIFY(read.isAvailable());
        QVERIFY(!read.accounts.empty());
        const auto given =
            forecast::forecastQuarter(connection, quarter(2027, 1), kToday, {}, {nullptr, &scored});
        QCOMPARE(given.toJson(), read.toJson());
        // Scored on another day, it is not used.
        health::BookHealth otherDay = scored;
        otherDay.asOf = asOf.addDays(-1);
        otherDay.accounts.clear();
        const auto reread = forecast::forecastQuarter(connection, quarter(2027, 1), kToday, {},
                                                      {nullptr, &otherDay});
        QCOMPARE(reread.toJson(), read.toJson());
    }

    // The accounts scored on the forecast's date are kept between runs: read
    // back, they give the forecast worked out without the cache; changed in
    // the cache, the forecast follows them; a changed book scores afresh.
    void theScoredAccountsAreReadBackFromTheCache()
    {
        const QString path = m_book.folder->path(QStringLiteral("forecast-cached.tenure"));
        store::Book::backup(m_book.book->connection(), path);
        auto copy = store::Book::open(path);
        qputenv("TENURE_DERIVED_CACHE", "off");
        const auto uncached =
            forecast::forecastQuarter(copy->connection(), quarter(2026, 4), kToday);
        qunsetenv("TENURE_DERIVED_CACHE");
        const auto first = forecast::forecastQuarter(copy->connection(), quarter(2026, 4), kToday);
        const auto again = forecast::forecastQuarter(copy->connection(), quarter(2026, 4), kToday);
        QCOMPARE(first.toJson(), uncached.toJson());
        QCOMPARE(again.toJson(), uncached.toJson());

        store::Connection cache(store::DerivedCache::filePath(),
                                store::Connection::Mode::ReadWrite);
        // The churn and contraction calibrations are kept, and read back.
        auto calibrations = cache.prepare(
            "SELECT key, payload FROM derived WHERE book = ?1 AND kind = 'calibration'");
        calibrations.bind(1, path);
        QVERIFY(calibrations.step());
        QCOMPARE(calibrations.textValue(0),
                 QStringLiteral("churn-and-contraction|2026-09-30|90|8|5000"));
        QByteArray moreChurn = calibrations.blobValue(1);
        QVERIFY(!calibrations.step());
        moreChurn[19] = char(moreChurn[19] + 1); // the churn's fifth int: its events
        auto replace = cache.prepare(
            "UPDATE derived SET payload = ?1 WHERE book = ?2 AND kind = 'calibration'");
        replace.bindBlob(1, moreChurn).bind(2, path).exec();
        QCOMPARE(
            forecast::forecastQuarter(copy->connection(), quarter(2026, 4), kToday).churnEvents,
            uncached.churnEvents + 1);
        replace.bindBlob(1, QByteArrayLiteral("not calibrations")).bind(2, path).exec();
        QCOMPARE(forecast::forecastQuarter(copy->connection(), quarter(2026, 4), kToday).toJson(),
                 uncached.toJson());

        auto drop = cache.prepare("DELETE FROM derived WHERE book = ?1 AND kind = "
                                  "'dated-scores' AND key = '2026-09-30|all'");
        drop.bind(1, path).exec();
        QCOMPARE(cache.changes(), 1); // the whole book on 30 Sep 26 was kept
        // Without them every account is scored again; the quarter ends stay read.
        const auto rescored =
            forecast::forecastQuarter(copy->connection(), quarter(2026, 4), kToday);
        QCOMPARE(rescored.toJson(), uncached.toJson());

        // Dana hands her accounts to Sam: the kept scores no longer
        // stand for the book, and the forecast follows the book.
        copy->connection().exec("UPDATE accounts SET owner = 'Sam' WHERE owner = 'Dana'");
        const auto moved = forecast::forecastQuarter(copy->connection(), quarter(2026, 4), kToday,
                                                     {QStringLiteral("Sam"), {}});
        QCOMPARE(moved.accounts.size(), std::size_t{17});
        QCOMPARE(moved.arrMinor, 10200000);
    }

    void cancellingStopsTheForecast()
    {
        test::CountingProgress cancelled(0);
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, forecast::forecastQuarter(m_book.book->connection(), quarter(2027, 1),
                                                 kToday, {}, {nullptr, nullptr, &cancelled}));
    }

    void tooFarAheadIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            forecast::forecastQuarter(m_book.book->connection(), quarter(2027, 2), kToday));
    }

    void tooLittleHistoryGivesNoForecast()
    {
        // On 30 Jun 2025, quarter ends with 90 days inside the data: 30 Sep 24,
        // 31 Dec 24, 31 Mar 25. Three, not four.
        const auto early = forecast::forecastQuarter(m_book.book->connection(), quarter(2025, 3),
                                                     QDate(2025, 6, 30));
        QVERIFY(!early.isAvailable());
        QVERIFY(early.unavailable.contains(u"Only 3 past quarter ends"));
        QVERIFY(early.accounts.empty());
        QCOMPARE(early.expectedMinor(), 0.0);
        QVERIFY(early.toJson().value(QStringLiteral("expected_minor")).isUndefined());
    }

    void command()
    {
        const QString path = m_book.folder->path(QStringLiteral("csv.tenure"));
        const auto json = test::runTenure({QStringLiteral("forecast"), QStringLiteral("--book"),
                                           path, QStringLiteral("--quarter"),
                                           QStringLiteral("2026Q4"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-12-31"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const auto object = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(object.value(QStringLiteral("accounts")).toInt(), 30);
        QCOMPARE(object.value(QStringLiteral("actual"))
                     .toObject()
                     .value(QStringLiteral("total_minor"))
                     .toDouble(),
                 1800000.0);
        const auto text =
            test::runTenure({QStringLiteral("forecast"), QStringLiteral("--book"), path,
                             QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-12-31")});
        QCOMPARE(text.exitCode, 0);
        // Money follows the system's locale: only the words are checked here.
        QVERIFY(text.out.contains("Forecast for 2026Q4 from the data known on 2026-09-30"));
        QVERIFY(text.out.contains("What happened: Lost "));
        const auto tooFar =
            test::runTenure({QStringLiteral("forecast"), QStringLiteral("--book"), path,
                             QStringLiteral("--quarter"), QStringLiteral("2027Q3"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-12-31")});
        QCOMPARE(tooFar.exitCode, 2);
        QVERIFY(tooFar.err.contains(u"2027Q1"));
    }

private:
    test::CsvBook m_book;
};

TENURE_TEST_MAIN(TestForecast)
#include "tst_forecast.moc"
