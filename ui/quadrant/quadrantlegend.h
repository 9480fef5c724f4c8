#pragma once

#include <QRectF>
#include <QString>

#include <cstdint>

class QPainter;

namespace tenure::ui {

// The key beside the two-by-two: health as colour, ARR as size, the trail.
// `maxArr` is the largest dot's ARR (minor units of `currency`).
void paintLegend(QPainter& painter, const QRectF& area, std::int64_t maxArr,
                 const QString& currency, int trailQuarters);

} // namespace tenure::ui
