#include "reportcharts.h"

#include "report/reporttables.h"
#include "retention/chartpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ReportCharts)
};

const QColor kAxis(0x90, 0xa4, 0xae);
const QColor kLabel(0x45, 0x5a, 0x64);

QFont chartFont(double points)
{
    QFont font;
    font.setPointSizeF(points);
    return font;
}

// Plot area inside `rect`, leaving room for labels left and below.
QRectF plotArea(const QRectF& rect, double mm)
{
    return rect.adjusted(mm * 18, mm * 3, -mm * 2, -mm * 7);
}

void axisLabel(QPainter& p, const QRectF& rect, int align, const QString& text)
{
    p.setPen(kLabel);
    p.drawText(rect, align, text);
}

// A row of colour swatches with their names, from `origin` rightwards.
void drawLegend(QPainter& p, QPointF origin, double mm,
                std::initializer_list<std::pair<QColor, QString>> items)
{
    const QFontMetricsF metrics(p.font(), p.device());
    for (const auto& [color, name] : items) {
        p.fillRect(QRectF(origin.x(), origin.y() + mm * 0.5, mm * 3, mm * 2.5), color);
        const double width = metrics.horizontalAdvance(name);
        axisLabel(p, QRectF(origin.x() + mm * 4, origin.y(), width + mm, mm * 3.5),
                  Qt::AlignLeft | Qt::AlignVCenter, name);
        origin.rx() += width + mm * 8;
    }
}

} // namespace

void paintMovementsChart(QPainter& p, const QRectF& rect, double mm,
                         const report::QuarterlyReport& report, const QLocale& locale)
{
    const auto& months = report.movements;
    if (months.empty()) {
        p.setFont(chartFont(8));
        axisLabel(p, rect, Qt::AlignCenter,
                  Messages::tr("The book has no billing data yet for these months."));
        return;
    }
    std::int64_t up = 1, down = 1;
    for (const auto& m : months) {
        up = std::max(up, m.newMrr + m.expansionMrr + m.reactivationMrr);
        down = std::max(down, m.contractionMrr + m.churnMrr);
    }
    p.setFont(chartFont(6.5));
    drawLegend(p, rect.topLeft() + QPointF(mm * 18, 0), mm,
               {{chartcolor::New, Messages::tr("New")},
                {chartcolor::Expansion, Messages::tr("Expansion")},
                {chartcolor::Reactivation, Messages::tr("Reactivation")},
                {chartcolor::Contraction, Messages::tr("Contraction")},
                {chartcolor::Churn, Messages::tr("Churn")},
                {chartcolor::Net, Messages::tr("Net change (line)")}});
    const QRectF plot = plotArea(rect.adjusted(0, mm * 5, 0, 0), mm);
    const double scale = plot.height() / double(up + down);
    const double zero = plot.top() + double(up) * scale;
    p.setFont(chartFont(6.5));
    p.setPen(QPen(kAxis, mm * 0.2));
    p.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero));
    axisLabel(p, QRectF(rect.left(), plot.top() - mm * 2, mm * 16, mm * 4),
              Qt::AlignRight | Qt::AlignVCenter, report::formatMrr(up, report, locale));
    axisLabel(p, QRectF(rect.left(), plot.bottom() - mm * 2, mm * 16, mm * 4),
              Qt::AlignRight | Qt::AlignVCenter, report::formatMrr(-down, report, locale));
    const double slot = plot.width() / double(months.size());
    QPainterPath net;
    for (std::size_t i = 0; i < months.size(); ++i) {
        const auto& m = months[i];
        const double x = plot.left() + slot * double(i) + slot * 0.2;
        double top = zero;
        for (const auto& [value, color] : {std::pair{m.newMrr, chartcolor::New},
                                           {m.expansionMrr, chartcolor::Expansion},
                                           {m.reactivationMrr, chartcolor::Reactivation}}) {
            top -= double(value) * scale;
            p.fillRect(QRectF(x, top, slot * 0.6, double(value) * scale), color);
        }
        double bottom = zero;
        for (const auto& [value, color] : {std::pair{m.contractionMrr, chartcolor::Contraction},
                                           {m.churnMrr, chartcolor::Churn}}) {
            p.fillRect(QRectF(x, bottom, slot * 0.6, double(value) * scale), color);
            bottom += double(value) * scale;
        }
        const QPointF point(x + slot * 0.3, zero - double(m.netMovement()) * scale);
        i == 0 ? net.moveTo(point) : net.lineTo(point);
        axisLabel(p, QRectF(plot.left() + slot * double(i), plot.bottom() + mm, slot, mm * 4),
                  Qt::AlignHCenter | Qt::AlignTop, m.month.toString());
    }
    p.setPen(QPen(chartcolor::Net, mm * 0.4));
    p.drawPath(net);
}

void paintSurvivalChart(QPainter& p, const QRectF& rect, double mm,
                        const report::QuarterlyReport& report, const QLocale& locale)
{
    const auto& steps = report.survival.steps;
    const QRectF plot = plotArea(rect.adjusted(0, 0, 0, -mm * 3), mm);
    const double maxTime = steps.empty() ? 1 : std::max(1.0, steps.back().time);
    const auto at = [&](double t, double s) {
        return QPointF(plot.left() + t / maxTime * plot.width(), plot.bottom() - s * plot.height());
    };
    p.setFont(chartFont(6.5));
    for (const double s : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        p.setPen(QPen(s == 0 ? kAxis : kAxis.lighter(140), mm * 0.15));
        p.drawLine(at(0, s), at(maxTime, s));
        axisLabel(p, QRectF(rect.left(), at(0, s).y() - mm * 2, mm * 16, mm * 4),
                  Qt::AlignRight | Qt::AlignVCenter, report::formatPercent(s, locale));
    }
    for (int t = 0; t <= int(maxTime); t += 6) {
        axisLabel(p, QRectF(at(t, 0).x() - mm * 5, plot.bottom() + mm, mm * 10, mm * 4),
                  Qt::AlignHCenter | Qt::AlignTop, locale.toString(t));
    }
    axisLabel(p, QRectF(plot.left(), rect.bottom() - mm * 3, plot.width(), mm * 3),
              Qt::AlignHCenter | Qt::AlignBottom,
              Messages::tr("Months since first payment; share of accounts still paying"));
    QPainterPath curve(at(0, 1));
    double previous = 1;
    for (const auto& step : steps) {
        curve.lineTo(at(step.time, previous));
        curve.lineTo(at(step.time, step.survival));
        previous = step.survival;
    }
    curve.lineTo(at(maxTime, previous));
    p.setPen(QPen(chartcolor::series(0), mm * 0.5));
    p.drawPath(curve);
}

void paintHealthChart(QPainter& p, const QRectF& rect, double mm,
                      const report::QuarterlyReport& report, const QLocale& locale)
{
    const QRectF plot = plotArea(rect, mm);
    const int most =
        std::max(1, *std::max_element(report.healthBuckets.begin(), report.healthBuckets.end()));
    const double slot = plot.width() / 10;
    p.setFont(chartFont(6.5));
    for (int b = 0; b < 10; ++b) {
        const int count = report.healthBuckets[std::size_t(b)];
        const double height = plot.height() * count / most;
        const QColor color = b * 10 < report::kAtRiskHealth ? chartcolor::Churn : chartcolor::New;
        p.fillRect(
            QRectF(plot.left() + slot * b + slot * 0.1, plot.bottom() - height, slot * 0.8, height),
            color);
        axisLabel(p, QRectF(plot.left() + slot * b, plot.bottom() - height - mm * 4, slot, mm * 4),
                  Qt::AlignHCenter | Qt::AlignBottom, locale.toString(count));
        axisLabel(p, QRectF(plot.left() + slot * b, plot.bottom() + mm, slot, mm * 4),
                  Qt::AlignHCenter | Qt::AlignTop,
                  QStringLiteral("%1–%2").arg(b * 10).arg(b * 10 + 10));
    }
    p.setPen(QPen(kAxis, mm * 0.2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void paintTwoByTwo(QPainter& p, const QRectF& rect, double mm,
                   const report::QuarterlyReport& report, const QLocale& locale)
{
    using health::Quadrant;
    const QRectF grid = rect.adjusted(mm * 18, mm * 2, -mm * 2, -mm * 7);
    const double w = grid.width() / 2, h = grid.height() / 2;
    // Outcome grows to the right, experience upwards (docs/domain.md).
    const struct
    {
        Quadrant quadrant;
        QPointF origin;
        QColor color;
    } cells[] = {{Quadrant::SilentRisk, grid.topLeft(), QColor(0xff, 0xe0, 0xb2)},
                 {Quadrant::Thriving, grid.topLeft() + QPointF(w, 0), QColor(0xc8, 0xe6, 0xc9)},
                 {Quadrant::Rescue, grid.topLeft() + QPointF(0, h), QColor(0xff, 0xcd, 0xd2)},
                 {Quadrant::Trapped, grid.topLeft() + QPointF(w, h), QColor(0xe3, 0xf2, 0xfd)}};
    for (const auto& cell : cells) {
        const QRectF box(cell.origin, QSizeF(w, h));
        p.fillRect(box.adjusted(mm * 0.5, mm * 0.5, -mm * 0.5, -mm * 0.5), cell.color);
        const auto index = std::size_t(cell.quadrant);
        p.setPen(kLabel);
        p.setFont(chartFont(8));
        p.drawText(box.adjusted(mm * 2, mm * 2, -mm * 2, -mm * 2), Qt::AlignLeft | Qt::AlignTop,
                   health::quadrantTitle(cell.quadrant));
        p.setFont(chartFont(11));
        p.drawText(box, Qt::AlignCenter,
                   QStringLiteral("%1\n%2").arg(
                       locale.toString(report.quadrantAccounts[index]),
                       report::formatMrr(report.quadrantMrr[index], report, locale)));
    }
    p.setFont(chartFont(6.5));
    axisLabel(p, QRectF(grid.left(), grid.bottom() + mm, grid.width(), mm * 4), Qt::AlignCenter,
              Messages::tr("Outcome →"));
    // The accounts no quadrant holds, under the chart's left half.
    const auto unknown = std::size_t(Quadrant::Unknown);
    axisLabel(p, QRectF(grid.left(), grid.bottom() + mm, w - mm * 10, mm * 4), Qt::AlignLeft,
              Messages::tr("%1: %2 · %3")
                  .arg(health::quadrantTitle(Quadrant::Unknown),
                       locale.toString(report.quadrantAccounts[unknown]),
                       report::formatMrr(report.quadrantMrr[unknown], report, locale)));
    p.save();
    p.translate(grid.left() - mm * 4, grid.center().y());
    p.rotate(-90);
    axisLabel(p, QRectF(-grid.height() / 2, -mm * 2, grid.height(), mm * 4), Qt::AlignCenter,
              Messages::tr("Experience →"));
    p.restore();
}

} // namespace tenure::ui
