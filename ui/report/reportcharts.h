#pragma once

#include "report/quarterlyreport.h"

#include <QLocale>
#include <QRectF>

class QPainter;

namespace tenure::ui {

// The report's charts, painted as vectors straight onto the page. `mm` is
// the device's dots per millimetre, for pens and gaps.
void paintMovementsChart(QPainter& p, const QRectF& rect, double mm,
                         const report::QuarterlyReport& report, const QLocale& locale);
void paintSurvivalChart(QPainter& p, const QRectF& rect, double mm,
                        const report::QuarterlyReport& report, const QLocale& locale);
void paintHealthChart(QPainter& p, const QRectF& rect, double mm,
                      const report::QuarterlyReport& report, const QLocale& locale);
void paintTwoByTwo(QPainter& p, const QRectF& rect, double mm,
                   const report::QuarterlyReport& report, const QLocale& locale);

} // namespace tenure::ui
