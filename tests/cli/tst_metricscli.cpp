// `tenure metrics` and `tenure survival` run as processes on a real book:
// their JSON equals the engine's numbers, and bad input gets a clear error.
#include "clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "metrics/historyloader.h"
#include "metrics/periodmetrics.h"
#include "metrics/selection.h"
#include "store/book.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using tenure::store::Book;
using tenure::test::Run;
using tenure::test::runTenure;
using tenure::test::TempFolder;

namespace {

// Two segments; a churn, an expansion, a contraction and a reactivation.
QString makeBook(const TempFolder& folder)
{
    QString path = folder.path(QStringLiteral("cli.tenure"));
    auto book = Book::create(path);
    book->connection().exec(R"sql(
        INSERT INTO accounts(id, name, segment, owner, plan) VALUES
            (1, 'Acme', 'High touch', 'Dana', 'Enterprise'),
            (2, 'Globex', 'Low touch', 'Lee', 'Growth'),
            (3, 'Initech', 'Low touch', 'Lee', 'Growth');
        INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor,
                                         interval_unit, currency, mrr_minor) VALUES
            (1, '2024-01-10', '2024-03-05', 120000, 'year', 'USD', 10000),
            (1, '2024-03-05', NULL, 180000, 'year', 'USD', 15000),
            (2, '2023-12-01', '2024-02-15', 20000, 'month', 'USD', 20000),
            (2, '2024-05-01', NULL, 12000, 'month', 'USD', 12000),
            (3, '2023-11-01', '2024-04-01', 8000, 'month', 'USD', 8000),
            (3, '2024-04-01', NULL, 5000, 'month', 'USD', 5000);
    )sql");
    return path;
}

} // namespace

class TestMetricsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonEqualsTheEngine()
    {
        TempFolder folder;
        const QString path = makeBook(folder);
        const Run run = runTenure({QStringLiteral("metrics"), QStringLiteral("--book"), path,
                                   QStringLiteral("--period"), QStringLiteral("month"),
                                   QStringLiteral("--as-of"), QStringLiteral("2024-06-15"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 8); // 2023-11 .. 2024-06

        auto book = Book::open(path, Book::Access::ReadOnly);
        const auto history =
            tenure::metrics::loadMrrHistory(book->connection(), QDate(2024, 6, 15));
        const auto engine = tenure::metrics::periodMetrics(
            history, tenure::metrics::selectAccounts(history), history.firstMonth(),
            history.lastMonth(), tenure::metrics::Granularity::Month,
            tenure::metrics::RetentionMethod::Cohort);
        QCOMPARE(rows, tenure::metrics::toJson(engine, QStringLiteral("USD"), {}));

        const QJsonObject february = rows[3].toObject();
        QCOMPARE(february[QStringLiteral("period")].toString(), QStringLiteral("2024-02"));
        QCOMPARE(february[QStringLiteral("churn")].toDouble(), 200.0);
        QCOMPARE(february[QStringLiteral("end_mrr")].toDouble(), 180.0);
        QCOMPARE(rows[6].toObject()[QStringLiteral("reactivation")].toDouble(), 120.0);
    }

    void groupsBySegment()
    {
        TempFolder folder;
        const QString path = makeBook(folder);
        const Run run = runTenure(
            {QStringLiteral("metrics"), QStringLiteral("--book"), path, QStringLiteral("--period"),
             QStringLiteral("quarter"), QStringLiteral("--from"), QStringLiteral("2024-04"),
             QStringLiteral("--as-of"), QStringLiteral("2024-06-30"), QStringLiteral("--by"),
             QStringLiteral("segment"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject()[QStringLiteral("segment")].toString(),
                 QStringLiteral("Low touch"));
        // Low touch in Q2: Initech $80 -> $50, Globex comes back (not in the cohort).
        QCOMPARE(rows[1].toObject()[QStringLiteral("grr")].toDouble(), 0.625);
        QCOMPARE(rows[1].toObject()[QStringLiteral("end_mrr")].toDouble(), 170.0);
    }

    void survivalPrintsEveryStratum()
    {
        TempFolder folder;
        const QString path = makeBook(folder);
        const Run run =
            runTenure({QStringLiteral("survival"), QStringLiteral("--book"), path,
                       QStringLiteral("--by"), QStringLiteral("segment"), QStringLiteral("--as-of"),
                       QStringLiteral("2024-06-15"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray strata = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(strata.size(), 2);
        QCOMPARE(strata[1].toObject()[QStringLiteral("median")].toDouble(), 2.0);

        const Run text = runTenure({QStringLiteral("survival"), QStringLiteral("--book"), path,
                                    QStringLiteral("--as-of"), QStringLiteral("2024-06-15")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("All accounts: 3 accounts"));
    }

    void badInputGetsAClearError()
    {
        TempFolder folder;
        const QString path = makeBook(folder);
        const Run badPeriod = runTenure({QStringLiteral("metrics"), QStringLiteral("--book"), path,
                                         QStringLiteral("--period"), QStringLiteral("week")});
        QCOMPARE(badPeriod.exitCode, 2);
        QVERIFY(badPeriod.err.contains(QStringLiteral("--period")));

        const Run badDate = runTenure({QStringLiteral("survival"), QStringLiteral("--book"), path,
                                       QStringLiteral("--as-of"), QStringLiteral("15/06/2024")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains(QStringLiteral("15/06/2024")));

        const Run missing = runTenure({QStringLiteral("metrics"), QStringLiteral("--book"),
                                       folder.path(QStringLiteral("nowhere.tenure")),
                                       QStringLiteral("--period"), QStringLiteral("year")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nowhere.tenure")));

        Book::open(path)->connection().exec(
            "INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit, "
            "currency, mrr_minor) VALUES (1, '2024-02-01', 5000, 'month', 'EUR', 5000)");
        const Run noRate = runTenure({QStringLiteral("metrics"), QStringLiteral("--book"), path,
                                      QStringLiteral("--period"), QStringLiteral("year")});
        QCOMPARE(noRate.exitCode, 1);
        QVERIFY2(noRate.err.contains(QStringLiteral("EUR")), qPrintable(noRate.err));
    }
};

TENURE_TEST_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
