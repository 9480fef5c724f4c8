#include "quadrantlegend.h"

#include "dotsprites.h"
#include "metrics/currency.h"
#include "quadrantchart.h"

#include <QLinearGradient>
#include <QPainter>

#include <cmath>

namespace tenure::ui {

namespace {

// Radii as QuadrantChart draws them (2.5 px at nothing, 12 px at the largest ARR).
double radiusFor(double share)
{
    return 2.5 + 9.5 * std::sqrt(share);
}

} // namespace

void paintLegend(QPainter& painter, const QRectF& area, std::int64_t maxArr,
                 const QString& currency, int trailQuarters)
{
    const QFontMetrics fm(painter.font());
    const double line = fm.height();
    QFont bold = painter.font();
    bold.setBold(true);
    const QFont normal = painter.font();
    const QColor ink = painter.pen().color();
    double y = area.top();

    painter.setFont(bold);
    painter.drawText(QPointF(area.left(), y + fm.ascent()), QuadrantChart::tr("Colour: health"));
    painter.setFont(normal);
    y += line + 4;
    QLinearGradient ramp(area.left(), 0, area.left() + 120, 0);
    for (const double at : {0.0, 0.5, 1.0})
        ramp.setColorAt(at, healthColor(at * 100));
    painter.fillRect(QRectF(area.left(), y, 120, 10), ramp);
    y += 12;
    painter.drawText(QRectF(area.left() - 10, y, 20, line), Qt::AlignCenter, QStringLiteral("0"));
    painter.drawText(QRectF(area.left() + 50, y, 20, line), Qt::AlignCenter, QStringLiteral("50"));
    painter.drawText(QRectF(area.left() + 105, y, 30, line), Qt::AlignCenter,
                     QStringLiteral("100"));
    y += line + 14;

    painter.setFont(bold);
    painter.drawText(QPointF(area.left(), y + fm.ascent()), QuadrantChart::tr("Size: ARR"));
    painter.setFont(normal);
    y += line + 6;
    if (maxArr > 0) {
        const QLocale locale;
        for (const double share : {1.0, 0.25, 0.01}) {
            const double r = radiusFor(share);
            painter.setPen(QPen(ink, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(area.left() + 12, y + 12), r, r);
            const auto arr =
                static_cast<std::int64_t>(std::llround(static_cast<double>(maxArr) * share));
            painter.drawText(QRectF(area.left() + 30, y + 12 - line / 2, area.width() - 30, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics::formatMoney(arr, currency, locale));
            y += 28;
        }
    }
    y += 10;

    if (trailQuarters > 0) {
        painter.setFont(bold);
        painter.drawText(QPointF(area.left(), y + fm.ascent()), QuadrantChart::tr("Trail"));
        painter.setFont(normal);
        y += line + 2;
        painter.drawText(QRectF(area.left(), y, area.width(), line * 4), Qt::TextWordWrap,
                         QuadrantChart::tr("Point at an account to see where it stood at the end "
                                           "of each of the last %n quarter(s).",
                                           nullptr, trailQuarters));
    }
}

} // namespace tenure::ui
