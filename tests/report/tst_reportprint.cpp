// The printed report: a paginated PDF with "Page N of M" on every page and
// the engine's KPIs in its text, painted in-process, by `tenure report` with
// no display at all, and from the Reports area (with TENURE_SCREENSHOT_DIR,
// a PNG of the area).
#include "common/tempbook.h"
#include "common/testmain.h"
#include "core/progress.h"
#include "demo/demogenerator.h"
#include "report/quarterlyreport.h"
#include "report/reportdocument.h"
#include "report/reporttables.h"
#include "report/reportview.h"
#include "store/book.h"
#include "store/bookdocument.h"

#include <QDir>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace tenure;

namespace {

const QDate kToday(2026, 11, 22);

class NoProgress : public Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override {}
    bool isCancelled() const override { return false; }
};

// The PDF's text, one string per page (pdftotext separates pages with a form feed).
QStringList pdfPages(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void verifyPages(const QStringList& pages)
{
    QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
    for (int page = 0; page < pages.size(); ++page) {
        const QString footer = QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size());
        QVERIFY2(pages[page].contains(footer), qPrintable(footer));
    }
}

} // namespace

class TestReportPrint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: packaging/dev/install-deps.sh installs poppler-utils");
        m_path = m_folder.path(QStringLiteral("demo.tenure"));
        demo::generateDemoBook(m_path, demo::DemoOptions{500, 3, 36, kToday}, nullptr);
        auto book = store::Book::open(m_path, store::Book::Access::ReadOnly);
        NoProgress progress;
        m_report = report::buildQuarterlyReport(book->connection(), report::Quarter{2026, 3}, {},
                                                kToday, progress);
    }

    void paintsAPaginatedPdfWithTheKpis()
    {
        const QString pdf = m_folder.path(QStringLiteral("inprocess.pdf"));
        int pages = 0;
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            pages = ui::printReport(m_report, writer, QLocale::c());
        }
        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), pages);
        verifyPages(text);
        const QString all = text.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("Quarterly retention report")));
        QVERIFY(all.contains(report::formatPercent(m_report.current.nrr, QLocale::c())));
        QVERIFY(all.contains(report::formatPercent(m_report.current.grr, QLocale::c())));
        QVERIFY(all.contains(report::formatPercent(m_report.previous.nrr, QLocale::c())));
        QVERIFY(all.contains(QStringLiteral("Methodology")));
        // The largest churned account is listed (its name may wrap: its first word).
        QVERIFY(!m_report.churned.empty());
        QVERIFY(all.contains(m_report.churned.front().name.section(u' ', 0, 0)));
    }

    // The preview dialog paints on a QPrinter: the same pages as on a PDF writer.
    void paintsOnAPrinterAsThePreviewDoes()
    {
        const QString pdf = m_folder.path(QStringLiteral("printer.pdf"));
        int pages = 0;
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            printer.setPageSize(QPageSize(QPageSize::Letter));
            pages = ui::printReport(m_report, printer, QLocale::c());
        }
        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), pages);
        verifyPages(text);
        QVERIFY(
            text.join(u'\n').contains(report::formatPercent(m_report.current.nrr, QLocale::c())));
    }

    void theCommandLineWritesThePdfWithoutADisplay()
    {
        const QString pdf = m_folder.path(QStringLiteral("cli.pdf"));
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        for (const auto* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TENURE_EXECUTABLE),
                      {QStringLiteral("report"), QStringLiteral("--book"), m_path,
                       QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                       QStringLiteral("--as-of"), kToday.toString(Qt::ISODate),
                       QStringLiteral("--out"), pdf});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(process.readAllStandardOutput().startsWith("Wrote "));
        const QStringList text = pdfPages(pdf);
        verifyPages(text);
        const QString all = text.join(u'\n');
        QVERIFY(all.contains(report::formatPercent(m_report.current.nrr, QLocale::c())));
        QVERIFY(all.contains(report::formatPercent(m_report.current.grr, QLocale::c())));
        QVERIFY(all.contains(report::formatPercent(m_report.current.logoRetention, QLocale::c())));
    }

    void theCommandLineRefusesABadQuarter()
    {
        QProcess process;
        process.start(QStringLiteral(TENURE_EXECUTABLE),
                      {QStringLiteral("report"), QStringLiteral("--book"), m_path,
                       QStringLiteral("--quarter"), QStringLiteral("2026Q7"),
                       QStringLiteral("--out"), m_folder.path(QStringLiteral("bad.pdf"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--quarter"));
        QVERIFY(!QFile::exists(m_folder.path(QStringLiteral("bad.pdf"))));
    }

    void theReportsAreaSavesPdfAndCsvOnAWorker()
    {
        store::BookDocument document(store::Book::open(m_path, store::Book::Access::ReadOnly));
        ui::ReportView view;
        view.resize(720, 420);
        view.show();
        QSignalSpy loaded(&view, &ui::ReportView::choicesLoaded);
        view.setDocument(&document);
        QVERIFY(loaded.wait(30000));
        if (const QString dir = qEnvironmentVariable("TENURE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("reports-area.png"))));
        // The last complete quarter over the whole book, until the manager chooses.
        QCOMPARE(view.quarter(), report::Quarter::containing(QDate::currentDate()).previous());
        QVERIFY(view.scope().segment.isEmpty() && view.scope().owner.isEmpty());
        QSignalSpy finished(&view, &ui::ReportView::finished);
        const QString pdf = m_folder.path(QStringLiteral("view.pdf"));
        view.savePdfTo(pdf);
        QVERIFY(view.isBusy());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        verifyPages(pdfPages(pdf));

        const QString folder = m_folder.path(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(folder));
        view.exportCsvTo(folder);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.last().at(0).toBool());
        const auto files = QDir(folder).entryList({QStringLiteral("*.csv")});
        QCOMPARE(files.size(), 12); // every table of report::reportTables, the forecast last
        QVERIFY(files.contains(view.quarter().label() + QStringLiteral("-churned.csv")));
        QVERIFY(files.contains(view.quarter().label() + QStringLiteral("-forecast.csv")));
    }

private:
    test::TempFolder m_folder;
    QString m_path;
    report::QuarterlyReport m_report;
};

TENURE_TEST_MAIN(TestReportPrint)
#include "tst_reportprint.moc"
