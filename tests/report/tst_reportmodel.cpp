// The quarterly report's core, headless: its numbers are the metrics
// engine's for the quarter and the scope, its lists agree with the cohort
// figures, and its CSV export defuses spreadsheet formulas.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "core/progress.h"
#include "demo/demogenerator.h"
#include "health/signalsloader.h"
#include "metrics/historyloader.h"
#include "metrics/periodmetrics.h"
#include "metrics/selection.h"
#include "report/quarterlyreport.h"
#include "report/reportcsv.h"
#include "report/reportparts.h"
#include "report/reporttables.h"
#include "store/book.h"

#include <QFile>

#include <cmath>
#include <numeric>

using namespace tenure;

namespace {

const QDate kToday(2026, 11, 22);
const report::Quarter kQuarter{2026, 3};

class CountingProgress : public Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override { ++reports; }
    bool isCancelled() const override { return cancelled; }
    int reports = 0;
    bool cancelled = false;
};

metrics::PeriodMetrics engine(const metrics::MrrHistory& history, const metrics::AccountFilter& f,
                              const report::Quarter& quarter)
{
    return metrics::periodMetrics(history, metrics::selectAccounts(history, f),
                                  quarter.firstMonth(), quarter.lastMonth(),
                                  metrics::Granularity::Quarter, metrics::RetentionMethod::Cohort)
        .front();
}

void compareFigures(const metrics::PeriodMetrics& actual, const metrics::PeriodMetrics& expected)
{
    QCOMPARE(actual.period.label, expected.period.label);
    QCOMPARE(actual.startMrr, expected.startMrr);
    QCOMPARE(actual.endMrr, expected.endMrr);
    QCOMPARE(actual.newMrr, expected.newMrr);
    QCOMPARE(actual.churnMrr, expected.churnMrr);
    QCOMPARE(actual.contractionMrr, expected.contractionMrr);
    QCOMPARE(actual.nrr, expected.nrr);
    QCOMPARE(actual.grr, expected.grr);
    QCOMPARE(actual.logoRetention, expected.logoRetention);
}

} // namespace

class TestReportModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_folder.path(QStringLiteral("demo.tenure"));
        demo::generateDemoBook(m_path, demo::DemoOptions{400, 7, 36, kToday}, nullptr);
        m_book = store::Book::open(m_path, store::Book::Access::ReadOnly);
        m_history = metrics::loadMrrHistory(m_book->connection(), kToday);
    }

    void parsesQuarters()
    {
        QCOMPARE(report::Quarter::parse(QStringLiteral("2026Q3")), (report::Quarter{2026, 3}));
        QCOMPARE(report::Quarter::parse(QStringLiteral("2026q1")), (report::Quarter{2026, 1}));
        QVERIFY(!report::Quarter::parse(QStringLiteral("2026Q5")));
        QVERIFY(!report::Quarter::parse(QStringLiteral("Q3 2026")));
        QCOMPARE(kQuarter.previous(), (report::Quarter{2026, 2}));
        QCOMPARE((report::Quarter{2026, 1}).previous(), (report::Quarter{2025, 4}));
        QCOMPARE(kQuarter.yearBefore(), (report::Quarter{2025, 3}));
        QCOMPARE(kQuarter.firstDay(), QDate(2026, 7, 1));
        QCOMPARE(kQuarter.lastDay(), QDate(2026, 9, 30));
    }

    void numbersAreTheEnginesForEveryScope_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("owner");
        QTest::newRow("whole book") << QString() << QString();
        const auto& first = m_history.accounts().front();
        QTest::newRow("segment") << first.segment << QString();
        QTest::newRow("owner") << QString() << first.owner;
    }

    void numbersAreTheEnginesForEveryScope()
    {
        QFETCH(QString, segment);
        QFETCH(QString, owner);
        CountingProgress progress;
        const auto built = report::buildQuarterlyReport(m_book->connection(), kQuarter,
                                                        {segment, owner}, kToday, progress);
        QVERIFY(progress.reports > 0);
        const metrics::AccountFilter filter{segment, owner, {}};
        compareFigures(built.current, engine(m_history, filter, kQuarter));
        compareFigures(built.previous, engine(m_history, filter, kQuarter.previous()));
        compareFigures(built.yearAgo, engine(m_history, filter, kQuarter.yearBefore()));
        QVERIFY(built.current.nrr > 0.5 && built.current.nrr < 1.5);

        // Each segment's row is the engine's over that segment's accounts.
        QVERIFY(!built.bySegment.empty());
        for (const auto& group : built.bySegment) {
            auto groupFilter = filter;
            groupFilter.segment = group.group;
            compareFigures(group.figures, engine(m_history, groupFilter, kQuarter));
        }

        // The lists hold exactly the cohort's lost logos and lost revenue.
        const int lostLogos =
            built.current.customersStart -
            int(std::lround(built.current.logoRetention * built.current.customersStart));
        QCOMPARE(int(built.churned.size()), lostLogos);
        std::int64_t lost = 0;
        for (const auto* list : {&built.churned, &built.contracted}) {
            for (const auto& account : *list)
                lost += account.lost();
        }
        QCOMPARE(double(built.current.startMrr - lost) / double(built.current.startMrr),
                 built.current.grr);
        QVERIFY(std::is_sorted(built.churned.begin(), built.churned.end(),
                               [](const auto& a, const auto& b) { return a.lost() > b.lost(); }));
    }

    void scopeNarrowsHealthAndLists()
    {
        CountingProgress progress;
        const auto& owner = m_history.accounts().front().owner;
        const auto all =
            report::buildQuarterlyReport(m_book->connection(), kQuarter, {}, kToday, progress);
        const auto mine = report::buildQuarterlyReport(m_book->connection(), kQuarter, {{}, owner},
                                                       kToday, progress);
        const auto count = [](const report::QuarterlyReport& r) {
            return std::accumulate(r.quadrantAccounts.begin(), r.quadrantAccounts.end(), 0);
        };
        QVERIFY(count(mine) > 0);
        QVERIFY(count(mine) < count(all));
        for (const auto& account : mine.churned)
            QCOMPARE(account.owner, owner);
        for (const auto& renewal : mine.atRiskRenewals) {
            QCOMPARE(renewal.owner, owner);
            QVERIFY(*renewal.health < report::kAtRiskHealth);
            QVERIFY(renewal.renewalOn >= QDate(2026, 10, 1) &&
                    renewal.renewalOn <= QDate(2026, 12, 31));
        }
    }

    // The quarter-start reasons come without the scores, for the accounts
    // asked about only (read in detail for them alone); they are
    // evaluateBook's, which reads the whole book.
    void startReasonsAreTheBooksHealthReasons()
    {
        const QDate start = report::quarterStartHealthDate(kQuarter, kToday);
        auto& db = m_book->connection();
        const auto health = health::evaluateBook(health::loadSignals(db, start), start,
                                                 health::loadHealthConfig(db));
        // Every third account paying then, and one that does not exist.
        std::vector<std::int64_t> asked{999999};
        for (std::size_t i = 0; i < health.accounts.size(); i += 3)
            asked.push_back(health.accounts[i].id);
        const auto reasons = report::detectRiskReasonsOf(db, start, [&] { return asked; });
        QCOMPARE(reasons.size(), asked.size() - 1);
        int withReasons = 0;
        for (const auto& account : health.accounts) {
            const auto found = reasons.find(account.id);
            if (std::find(asked.begin(), asked.end(), account.id) == asked.end()) {
                QVERIFY(found == reasons.end());
                continue;
            }
            QVERIFY(found != reasons.end());
            withReasons += found->second.empty() ? 0 : 1;
            QCOMPARE(found->second.size(), account.reasons.size());
            for (std::size_t i = 0; i < account.reasons.size(); ++i) {
                QCOMPARE(found->second[i].code, account.reasons[i].code);
                QCOMPARE(found->second[i].severity, account.reasons[i].severity);
                QCOMPARE(found->second[i].evidence, account.reasons[i].evidence);
            }
        }
        QVERIFY(withReasons > 0);

        CountingProgress progress;
        const auto built = report::buildQuarterlyReport(db, kQuarter, {}, kToday, progress);
        int explained = 0;
        for (const auto& lost : built.churned) {
            QStringList titles;
            const auto found =
                std::find_if(health.accounts.begin(), health.accounts.end(),
                             [&](const health::AccountHealth& a) { return a.id == lost.id; });
            if (found != health.accounts.end()) {
                for (const auto& reason : found->reasons)
                    titles << health::reasonTitle(reason.code);
            }
            QCOMPARE(lost.reasons, titles);
            explained += titles.isEmpty() ? 0 : 1;
        }
        QVERIFY(explained > 0);
    }

    void cancelStopsTheWork()
    {
        CountingProgress progress;
        progress.cancelled = true;
        QVERIFY_THROWS_EXCEPTION(
            Cancelled,
            report::buildQuarterlyReport(m_book->connection(), kQuarter, {}, kToday, progress));
    }

    void csvExportDefusesFormulas()
    {
        report::ReportTable table{
            QStringLiteral("names"),
            QStringLiteral("Names"),
            {QStringLiteral("Account"), QStringLiteral("MRR")},
            {{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-5")},
             {QStringLiteral("+cmd"), QStringLiteral("12")},
             {QStringLiteral("-2+3"), QStringLiteral("7")},
             {QStringLiteral("@SUM(A1)"), QStringLiteral("1")}},
            {false, true},
            {}};
        QString error;
        const auto files = report::writeTablesAsCsv(std::vector{table}, m_folder.path({}),
                                                    QStringLiteral("2026Q3"), &error);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.front().endsWith(QStringLiteral("2026Q3-names.csv")),
                 qPrintable(files.front()));
        const QString text = QString::fromUtf8(test::readAll(files.front()));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[1], QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",-5"));
        QCOMPARE(lines[2], QStringLiteral("'+cmd,12"));
        QCOMPARE(lines[3], QStringLiteral("'-2+3,7"));
        QCOMPARE(lines[4], QStringLiteral("'@SUM(A1),1"));
    }

    void everyTableExportsWithItsRows()
    {
        CountingProgress progress;
        const auto built =
            report::buildQuarterlyReport(m_book->connection(), kQuarter, {}, kToday, progress);
        const auto tables = report::reportTables(built, QLocale::c());
        QStringList keys;
        for (const auto& table : tables) {
            keys.append(table.key);
            for (const auto& row : table.rows)
                QCOMPARE(row.size(), table.header.size());
        }
        QCOMPARE(keys.join(u' '),
                 QStringLiteral("kpis mrr_movements retention_by_segment retention_by_owner "
                                "retention_curve cohorts churned contracted at_risk_renewals "
                                "health_distribution two_by_two forecast"));
        QCOMPARE(tables[6].rows.size(), qsizetype(built.churned.size()));
        QCOMPARE(tables[0].rows[1][1], report::formatPercent(built.current.nrr, QLocale::c()));
        const auto limited = report::reportTables(built, QLocale::c(), 2);
        QVERIFY(limited[6].rows.size() <= 2);
        if (built.churned.size() > 2)
            QVERIFY(!limited[6].note.isEmpty());
    }

private:
    test::TempFolder m_folder;
    QString m_path;
    std::unique_ptr<store::Book> m_book;
    metrics::MrrHistory m_history;
};

TENURE_TEST_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
