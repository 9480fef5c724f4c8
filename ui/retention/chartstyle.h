#pragma once

class QChart;
class QChartView;
class QPalette;

namespace tenure::ui {

// Qt Charts paint a white card with black text whatever the palette. This
// gives a chart the palette's base, text, axis and grid colours, and moves
// lines and dots too close to the background to a readable shade of their
// colour. Call it once the chart has its series and axes.
void styleChart(QChart* chart, const QPalette& palette);

// Restyles the view's chart whenever the view's palette changes (the user
// switches between a light and a dark desktop).
void followPalette(QChartView* view);

} // namespace tenure::ui
