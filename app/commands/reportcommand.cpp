#include "reportcommand.h"

#include "commandsupport.h"
#include "core/atomicfile.h"
#include "core/progress.h"
#include "metrics/conventions.h"
#include "metrics/currency.h"
#include "report/quarterlyreport.h"
#include "report/reportcsv.h"
#include "report/reportpdf.h"
#include "report/reporttables.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

// Each stage on stderr as it starts, with the time since the command began.
class StageProgress : public Progress
{
public:
    explicit StageProgress(const QElapsedTimer& timer)
        : m_timer(timer)
    {
    }
    void report(std::int64_t, std::int64_t, const QString& stage) override
    {
        standardError() << QStringLiteral("%1 ms: %2\n").arg(m_timer.elapsed()).arg(stage);
        standardError().flush();
    }
    bool isCancelled() const override { return false; }

private:
    const QElapsedTimer& m_timer;
};

} // namespace

int runReportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Paints the quarterly retention report to a PDF, without a display."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption quarter(
        QStringLiteral("quarter"),
        Messages::tr("The quarter of the book's fiscal year, e.g. 2026Q3 (or FY2027Q1)."),
        Messages::tr("YYYYQN"));
    const QCommandLineOption segment(QStringLiteral("segment"), Messages::tr("Only this segment."),
                                     Messages::tr("S"));
    const QCommandLineOption owner(QStringLiteral("owner"), Messages::tr("Only this owner."),
                                   Messages::tr("O"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), Messages::tr("Use only data known on this date (default: today)."),
        Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption out(QStringLiteral("out"), Messages::tr("The PDF to write."),
                                 Messages::tr("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Messages::tr("Also write the report's tables as CSV files here."),
                                 Messages::tr("FOLDER"));
    parser.addOptions({book, quarter, segment, owner, asOf, out, csv});

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("report"), arguments, exitCode))
        return exitCode;
    const auto period = quarterOption(parser, quarter.names().constFirst());
    if (!period)
        return UsageError;
    if (parser.value(out).isEmpty()) {
        standardError() << Messages::tr("--out names the PDF to write.") << '\n';
        return UsageError;
    }
    const auto date = asOfOption(parser, QStringLiteral("as-of"));
    if (!date)
        return UsageError;

    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        QElapsedTimer timer;
        timer.start();
        StageProgress progress(timer);
        // The quarter is one of the book's fiscal year.
        report::Quarter fiscal = *period;
        fiscal.fiscalYearStartMonth = metrics::loadConventions(connection).fiscalYearStartMonth;
        const auto built = report::buildQuarterlyReport(
            connection, fiscal, {parser.value(segment), parser.value(owner)}, *date, progress);
        requireIntactBook(); // before any file is written
        // The PDF is painted and checked first, and put in place only once
        // the CSV files are written too: a failure leaves neither.
        QString error;
        AtomicFile pdf(parser.value(out));
        if (!pdf.open()) {
            standardError() << pdf.errorString() << '\n';
            return Failure;
        }
        const int pages = ui::paintReportPdf(
            built, pdf, Messages::tr("Quarterly retention report %1").arg(period->label()), &error);
        if (pages == 0) {
            standardError() << error << '\n';
            return Failure;
        }
        if (parser.isSet(csv)) {
            const auto tables = report::reportTables(built, QLocale());
            if (report::writeTablesAsCsv(tables, parser.value(csv), period->label(), &error)
                    .isEmpty()) {
                standardError() << error << '\n';
                return Failure;
            }
        }
        if (!pdf.commit()) {
            standardError() << pdf.errorString() << '\n';
            return Failure;
        }
        standardOutput() << Messages::tr("Wrote %1: %n page(s) in %2 ms.", nullptr, pages)
                                .arg(QFileInfo(parser.value(out)).absoluteFilePath())
                                .arg(timer.elapsed())
                         << '\n';
        return Success;
    });
}

} // namespace tenure::app
