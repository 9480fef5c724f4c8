#include "reportdocument.h"

#include "report/reporttables.h"
#include "reportblocks.h"
#include "reportcanvas.h"
#include "reportcharts.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <map>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ReportDocument)
};

using ChartPainter = void (*)(QPainter&, const QRectF&, double, const report::QuarterlyReport&,
                              const QLocale&);

// A section heading, an optional chart, then its tables in order.
struct Section
{
    QString title;
    ChartPainter chart = nullptr;
    double chartMm = 0;
    QStringList tables;
    ChartPainter secondChart = nullptr;
};

std::vector<Section> sections()
{
    return {
        {Messages::tr("Key figures"), nullptr, 0, {QStringLiteral("kpis")}, nullptr},
        {Messages::tr("MRR movements"),
         paintMovementsChart,
         60,
         {QStringLiteral("mrr_movements")},
         nullptr},
        {Messages::tr("Retention by segment and owner"),
         nullptr,
         0,
         {QStringLiteral("retention_by_segment"), QStringLiteral("retention_by_owner")},
         nullptr},
        {Messages::tr("Retention curve and cohorts"),
         paintSurvivalChart,
         60,
         {QStringLiteral("retention_curve"), QStringLiteral("cohorts")},
         nullptr},
        {Messages::tr("Churned and contracted accounts"),
         nullptr,
         0,
         {QStringLiteral("churned"), QStringLiteral("contracted")},
         nullptr},
        {Messages::tr("Renewals at risk"),
         nullptr,
         0,
         {QStringLiteral("at_risk_renewals")},
         nullptr},
        {Messages::tr("Health and the two-by-two"),
         paintHealthChart,
         45,
         {QStringLiteral("health_distribution"), QStringLiteral("two_by_two")},
         paintTwoByTwo},
        {Messages::tr("Forecast"), nullptr, 0, {QStringLiteral("forecast")}, nullptr},
    };
}

void layoutReport(ReportCanvas& canvas, const report::QuarterlyReport& report,
                  const QLocale& locale)
{
    std::map<QString, report::ReportTable> tables;
    for (auto& table : report::reportTables(report, locale, kPrintedListRows))
        tables.emplace(table.key, std::move(table));

    drawTitleBlock(canvas, report, locale);
    drawKpiCards(canvas, report, locale);
    const QFont subtitle = canvas.font(9.5, true);
    for (const Section& section : sections()) {
        const auto chart = [&](ChartPainter paint, double height) {
            drawChart(canvas, canvas.mm(height), [&](QPainter& p, const QRectF& rect) {
                paint(p, rect, canvas.mm(1), report, locale);
            });
        };
        drawHeading(canvas, section.title, canvas.mm(section.chart ? section.chartMm : 25));
        if (section.chart)
            chart(section.chart, section.chartMm);
        for (const QString& key : section.tables) {
            const auto& table = tables.at(key);
            if (key != QLatin1String("kpis")) {
                canvas.keepTogether(canvas.mm(25));
                drawParagraph(canvas, table.title, subtitle);
            }
            drawTable(canvas, table);
        }
        if (section.secondChart) {
            canvas.keepTogether(canvas.mm(70));
            drawParagraph(canvas, Messages::tr("Snapshot of the two-by-two"), subtitle);
            chart(section.secondChart, 65);
        }
    }
    drawHeading(canvas, Messages::tr("Methodology"), canvas.mm(20));
    drawMethodology(canvas, report, locale);
}

} // namespace

int printReport(const report::QuarterlyReport& report, QPagedPaintDevice& device,
                const QLocale& locale)
{
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const QString headerLeft =
        Messages::tr("Quarterly retention report · %1").arg(report.quarter.label());
    const QString headerRight = report::describeScope(report.scope);
    const QString footerLeft =
        Messages::tr("As of %1 · Tenure").arg(locale.toString(report.asOf, QLocale::ShortFormat));

    ReportCanvas measure(device, nullptr, headerLeft, headerRight, footerLeft, 0);
    layoutReport(measure, report, locale);
    const int pages = measure.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    ReportCanvas canvas(device, &painter, headerLeft, headerRight, footerLeft, pages);
    layoutReport(canvas, report, locale);
    return pages;
}

} // namespace tenure::ui
