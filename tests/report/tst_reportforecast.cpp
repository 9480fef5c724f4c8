// The report's forecast section on a book built from CSV files with churn and
// contraction planted on known days (tests/common/historybook.cpp): the
// quarter as forecast when it began, beside what happened, and the next
// quarter's forecast, in the tables and on the printed page. With
// TENURE_SCREENSHOT_DIR the PDF is kept there.
#include "common/countingprogress.h"
#include "common/historybook.h"
#include "common/testmain.h"
#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "metrics/currency.h"
#include "report/quarterlyreport.h"
#include "report/reportdocument.h"
#include "report/reporttables.h"

#include <QDir>
#include <QPdfWriter>
#include <QProcess>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace tenure;

class TestReportForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = test::history::build();
        QVERIFY(m_book.outcome.committed);
        test::CountingProgress progress;
        m_report = report::buildQuarterlyReport(m_book.book->connection(), {2026, 4, 1}, {},
                                                QDate(2026, 12, 31), progress);
    }

    void theQuarterBesideWhatHappened()
    {
        QVERIFY(m_report.quarterForecast && m_report.nextQuarterForecast);
        const auto& last = *m_report.quarterForecast;
        QCOMPARE(last.asOf, QDate(2026, 9, 30));
        // A13 and A32 churned ($6,000 ARR each), A03 and A07 halved ($3,000 each).
        QVERIFY(last.actual);
        QCOMPARE(last.actual->total(), 1800000);
        QCOMPARE(m_report.nextQuarterForecast->quarter.label(), QStringLiteral("2027Q1"));
        QVERIFY(!m_report.nextQuarterForecast->actual);

        const auto tables = report::reportTables(m_report, QLocale::c());
        const auto& table = tables.back();
        QCOMPARE(table.key, QStringLiteral("forecast"));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows[0][0], QStringLiteral("2026Q4"));
        QCOMPARE(table.rows[0][4],
                 metrics::formatMoney(1800000, QStringLiteral("USD"), QLocale::c()));
        QCOMPARE(table.rows[0][2], metrics::formatMoney(std::llround(last.expectedMinor()),
                                                        QStringLiteral("USD"), QLocale::c()));
        QCOMPARE(table.rows[1][4], QStringLiteral("not yet known"));
    }

    // The second report on the unchanged book reads its health and forecasts
    // back from the derived cache: every table is the first one's, and the
    // one made with the cache off. Its health section is the whole book's,
    // scored directly.
    void aSecondReportReadsBackTheSame()
    {
        auto& connection = m_book.book->connection();
        const QDate today(2026, 12, 31);
        test::CountingProgress progress;
        const auto again =
            report::buildQuarterlyReport(connection, {2026, 4, 1}, {}, today, progress);
        qputenv("TENURE_DERIVED_CACHE", "off");
        const auto uncached =
            report::buildQuarterlyReport(connection, {2026, 4, 1}, {}, today, progress);
        qunsetenv("TENURE_DERIVED_CACHE");
        const auto rowsOf = [](const report::QuarterlyReport& built) {
            QStringList rows;
            for (const auto& table : report::reportTables(built, QLocale::c())) {
                for (const auto& row : table.rows)
                    rows << table.key + u':' + row.join(u'|');
            }
            return rows;
        };
        const QStringList first = rowsOf(m_report);
        QVERIFY(first.size() > 40);
        QCOMPARE(rowsOf(again), first);
        QCOMPARE(rowsOf(uncached), first);

        const auto signals_ = health::loadSignals(connection, today);
        const auto scored =
            health::evaluateBook(signals_, today, health::loadHealthConfig(connection));
        std::array<int, 10> buckets{};
        std::array<int, 5> quadrants{};
        for (const auto& account : scored.accounts) {
            ++quadrants[static_cast<std::size_t>(account.quadrant)];
            if (account.score.overall)
                ++buckets[static_cast<std::size_t>(
                    std::clamp(int(*account.score.overall / 10), 0, 9))];
        }
        QCOMPARE(again.healthBuckets, buckets);
        QCOMPARE(again.quadrantAccounts, quadrants);
        QCOMPARE(std::accumulate(quadrants.begin(), quadrants.end(), 0), 28); // paying on 31 Dec 26
    }

    void printedWithTheReport()
    {
        const QByteArray shots = qgetenv("TENURE_SCREENSHOT_DIR");
        const QString pdf = shots.isEmpty() ? m_book.folder->path(QStringLiteral("report.pdf"))
                                            : QDir(QString::fromLocal8Bit(shots))
                                                  .filePath(QStringLiteral("report-forecast.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QVERIFY(ui::printReport(m_report, writer, QLocale::c()) > 1);
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(all.contains(QStringLiteral("forecast and outcome")));
        QVERIFY(all.contains(metrics::formatMoney(1800000, QStringLiteral("USD"), QLocale::c())));
    }

private:
    test::CsvBook m_book;
    report::QuarterlyReport m_report;
};

TENURE_TEST_MAIN(TestReportForecast)
#include "tst_reportforecast.moc"
