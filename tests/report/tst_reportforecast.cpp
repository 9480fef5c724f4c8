// The report's forecast section on a book built from CSV files with churn and
// contraction planted on known days (tests/common/historybook.cpp): the
// quarter as forecast when it began, beside what happened, and the next
// quarter's forecast, in the tables and on the printed page. With
// TENURE_SCREENSHOT_DIR the PDF is kept there.
#include "common/countingprogress.h"
#include "common/historybook.h"
#include "common/testmain.h"
#include "metrics/currency.h"
#include "report/quarterlyreport.h"
#include "report/reportdocument.h"
#include "report/reporttables.h"

#include <QDir>
#include <QPdfWriter>
#include <QProcess>

#include <cmath>

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
