#include "reportpdf.h"

#include "core/atomicfile.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ReportPdf)
};

// QPdfWriter reports no write errors: a PDF that lost bytes lacks its
// trailer, which comes last.
bool endsAsPdf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 64)
        return false;
    file.seek(file.size() - 64);
    return file.read(64).contains("%%EOF");
}

} // namespace

int paintReportPdf(const report::QuarterlyReport& report, AtomicFile& file, const QString& title,
                   QString* error)
{
    int pages = 0;
    {
        QPdfWriter writer(file.temporaryPath());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tenure"));
        pages = printReport(report, writer);
    }
    if (pages == 0 || !endsAsPdf(file.temporaryPath())) {
        file.discard();
        *error =
            writeFailureText(file.path(), 0, Messages::tr("the PDF could not be written whole"));
        return 0;
    }
    if (!file.prepare()) {
        *error = file.errorString();
        return 0;
    }
    return pages;
}

int saveReportPdf(const report::QuarterlyReport& report, const QString& path, const QString& title,
                  QString* error)
{
    AtomicFile file(path);
    if (!file.open()) {
        *error = file.errorString();
        return 0;
    }
    const int pages = paintReportPdf(report, file, title, error);
    if (pages == 0)
        return 0;
    if (!file.commit()) {
        *error = file.errorString();
        return 0;
    }
    return pages;
}

} // namespace tenure::ui
