#include "reportsections.h"

#include "forecast/losssimulation.h"
#include "report/reporttables.h"
#include "reportblocks.h"
#include "reportcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ReportSections)
};

const QColor kInk(0x26, 0x32, 0x38);
const QColor kMuted(0x60, 0x70, 0x78);

QString longDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

// "+1.2 pts" for ratios; NaN on either side gives a dash.
QString pointsChange(double now, double before, const QLocale& locale)
{
    if (std::isnan(now) || std::isnan(before))
        return QStringLiteral("–");
    // Rounded first, so that a tiny fall does not print as "-0.0".
    const double points = std::round((now - before) * 1000) / 10 + 0.0;
    return (points >= 0 ? QStringLiteral("+") : QString()) + locale.toString(points, 'f', 1) +
           Messages::tr(" pts");
}

QString mrrChange(std::int64_t now, std::int64_t before, const QLocale& locale)
{
    if (before <= 0)
        return QStringLiteral("–");
    const double change = (double(now) / double(before) - 1) * 100;
    return (change >= 0 ? QStringLiteral("+") : QString()) + locale.toString(change, 'f', 1) +
           locale.percent();
}

// `font`, smaller if need be so that `text` fits in `width`.
QFont fittingFont(QFont font, const QString& text, double width, const QPainter& p)
{
    while (font.pointSizeF() > 8 && QFontMetricsF(font, p.device()).horizontalAdvance(text) > width)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    return font;
}

struct Card
{
    QString label;
    QString value;
    QString vsPrevious;
    QString vsYearAgo;
};

} // namespace

void drawTitleBlock(ReportCanvas& canvas, const report::QuarterlyReport& report,
                    const QLocale& locale)
{
    drawParagraph(canvas, Messages::tr("Quarterly retention report"), canvas.font(20, true));
    drawParagraph(canvas,
                  Messages::tr("%1 · %2 to %3 · %4")
                      .arg(report.quarter.label(), longDate(report.quarter.firstDay(), locale),
                           longDate(report.quarter.lastDay(), locale),
                           report::describeScope(report.scope)),
                  canvas.font(11));
    drawParagraph(canvas,
                  Messages::tr("Data as of %1 · %n account(s) in scope · MRR in %2", nullptr,
                               report.accountsInScope)
                      .arg(longDate(report.asOf, locale), report.baseCurrency),
                  canvas.font(9));
    canvas.skip(canvas.mm(3));
}

void drawKpiCards(ReportCanvas& canvas, const report::QuarterlyReport& r, const QLocale& locale)
{
    const auto& now = r.current;
    const auto& prev = r.previous;
    const auto& year = r.yearAgo;
    const std::array<Card, 5> cards{{
        {Messages::tr("MRR"), report::formatMrr(now.endMrr, r, locale),
         mrrChange(now.endMrr, prev.endMrr, locale), mrrChange(now.endMrr, year.endMrr, locale)},
        {Messages::tr("NRR"), report::formatPercent(now.nrr, locale),
         pointsChange(now.nrr, prev.nrr, locale), pointsChange(now.nrr, year.nrr, locale)},
        {Messages::tr("GRR"), report::formatPercent(now.grr, locale),
         pointsChange(now.grr, prev.grr, locale), pointsChange(now.grr, year.grr, locale)},
        {Messages::tr("Logo retention"), report::formatPercent(now.logoRetention, locale),
         pointsChange(now.logoRetention, prev.logoRetention, locale),
         pointsChange(now.logoRetention, year.logoRetention, locale)},
        {Messages::tr("Customer churn"), report::formatPercent(1 - now.logoRetention, locale),
         pointsChange(1 - now.logoRetention, 1 - prev.logoRetention, locale),
         pointsChange(1 - now.logoRetention, 1 - year.logoRetention, locale)},
    }};
    const QString previousLabel = Messages::tr("vs %1").arg(prev.period.label);
    const QString yearLabel = Messages::tr("vs %1").arg(year.period.label);
    const double mm = canvas.mm(1);
    drawChart(canvas, mm * 30, [&](QPainter& p, const QRectF& rect) {
        const double gap = mm * 3;
        const double width = (rect.width() - gap * 4) / 5;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const QRectF box(rect.left() + double(i) * (width + gap), rect.top(), width,
                             rect.height());
            p.setPen(QPen(QColor(0xcf, 0xd8, 0xdc), mm * 0.3));
            p.setBrush(QColor(0xfa, 0xfb, 0xfc));
            p.drawRoundedRect(box, mm * 1.5, mm * 1.5);
            const QRectF inner = box.adjusted(mm * 2.5, mm * 2, -mm * 2.5, -mm * 2);
            p.setPen(kMuted);
            p.setFont(canvas.font(8));
            p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, cards[i].label);
            p.setPen(kInk);
            p.setFont(fittingFont(canvas.font(15, true), cards[i].value, inner.width(), p));
            p.drawText(inner.adjusted(0, mm * 5, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                       cards[i].value);
            p.setFont(canvas.font(7));
            p.setPen(kMuted);
            p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
                       QStringLiteral("%1  %2\n%3  %4")
                           .arg(previousLabel, cards[i].vsPrevious, yearLabel, cards[i].vsYearAgo));
        }
    });
}

namespace {

QString retentionNote(const report::QuarterlyReport& r, const QString& start)
{
    if (r.conventions.method == metrics::RetentionMethod::Renewal)
        return Messages::tr("Retention (renewal method, the book's setting): over the contracts up "
                            "for renewal in the quarter, NRR = (renewed value + expansion) ÷ value "
                            "up for renewal; GRR = renewed value ÷ value up for renewal; logo "
                            "retention = renewed logos ÷ logos up for renewal. A contract renews "
                            "on the anniversaries of its start, one billing term apart.");
    return Messages::tr("Retention (cohort method): the cohort is every account paying in %1, the "
                        "month before the quarter; customers acquired during the quarter are left "
                        "out. NRR = the cohort's MRR at the quarter's last month ÷ its MRR in %1. "
                        "GRR counts each account at no more than its starting MRR, so it never "
                        "exceeds 100%. Logo retention = the share of the cohort still paying; "
                        "customer churn = 1 − logo retention.")
        .arg(start);
}

QString conventionsNote(const metrics::Conventions& conventions, const QLocale& locale)
{
    const QString fiscal =
        conventions.fiscalYearStartMonth == 1
            ? Messages::tr("Quarters are calendar quarters.")
            : Messages::tr("Quarters follow the fiscal year starting in %1, named after the "
                           "calendar year it ends in.")
                  .arg(locale.standaloneMonthName(conventions.fiscalYearStartMonth));
    const QString churn =
        conventions.churnAt == metrics::ChurnRecognition::Cancellation
            ? Messages::tr("Churn is recognised when the customer cancels, even before the paid "
                           "period ends.")
            : Messages::tr("Churn is recognised when the paid period ends.");
    const QString reactivation =
        conventions.reactivationWindowMonths == 0
            ? Messages::tr("A customer who returns after any gap is a reactivation.")
            : Messages::tr("A customer who returns after at most %n month(s) without revenue is a "
                           "reactivation; after a longer gap, new business.",
                           nullptr, conventions.reactivationWindowMonths);
    return QStringLiteral("%1 %2 %3").arg(fiscal, churn, reactivation);
}

} // namespace

void drawMethodology(ReportCanvas& canvas, const report::QuarterlyReport& r, const QLocale& locale)
{
    const QFont font = canvas.font(8);
    const QString start = (r.quarter.firstMonth() - 1).toString();
    const QStringList notes{
        Messages::tr("Period: %1, from %2 to %3. Every figure uses only the data known on %4, "
                     "the as-of date; a quarter that ends later is counted up to that date.")
            .arg(r.quarter.label(), longDate(r.quarter.firstDay(), locale),
                 longDate(r.quarter.lastDay(), locale), longDate(r.asOf, locale)),
        Messages::tr("MRR: the monthly-normalised recurring amounts (tax excluded, recurring "
                     "discounts deducted) of the subscription periods active on each month's "
                     "last day, converted to %1 with the book's rates.")
            .arg(r.baseCurrency),
        retentionNote(r, start),
        conventionsNote(r.conventions, locale),
        Messages::tr("MRR movements compare each account's month with the month before: new, "
                     "reactivation, expansion, contraction and churn; start + new + reactivation "
                     "+ expansion − contraction − churn = end, for every month and every scope."),
        Messages::tr("Retention curve: Kaplan-Meier survival by months since the first payment, "
                     "accounts still paying censored at the as-of month. Cohort table: the logos "
                     "and the net revenue each signup month kept at each age."),
        Messages::tr("Churned and contracted accounts: members of the cohort with no MRR, or "
                     "less MRR than at the start, at the quarter's end. Their reasons are the "
                     "risk reasons that fired on the quarter's first day; their actions were "
                     "logged from %n day(s) before the quarter to its end.",
                     nullptr, report::kActionLookbackDays),
        Messages::tr("At-risk renewals: accounts renewing in %1 whose health on the as-of date "
                     "is below %2. Health and the outcome × experience two-by-two use the "
                     "book's own weights and thresholds.")
            .arg(r.quarter.next().label())
            .arg(report::kAtRiskHealth),
        Messages::tr("Forecast: each account paying as a quarter began, with the data known then, "
                     "is lost with the rate at which accounts of its health band churned (all of "
                     "its ARR) or contracted (the average share lost) within 90 days at the "
                     "book's last 8 quarter ends; the band holds 8 of 10 of %1 simulated "
                     "quarters. What happened counts the same accounts.")
            .arg(forecast::kSimulationRuns),
    };
    for (const QString& note : notes)
        drawParagraph(canvas, note, font);
}

} // namespace tenure::ui
