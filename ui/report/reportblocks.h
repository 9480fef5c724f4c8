#pragma once

#include "report/reporttables.h"

#include <QFont>
#include <QString>

#include <functional>

class QPainter;

namespace tenure::ui {

class ReportCanvas;

// The building blocks of the printed report, each placed whole on a page.
void drawHeading(ReportCanvas& canvas, const QString& text, double followingHeight);
void drawParagraph(ReportCanvas& canvas, const QString& text, const QFont& font);
// A table whose rows are never split across pages; its header row is
// repeated at the top of every page it continues on.
void drawTable(ReportCanvas& canvas, const report::ReportTable& table);
// A chart of `height` drawn by `paint` into its rectangle (vectors on the device).
void drawChart(ReportCanvas& canvas, double height,
               const std::function<void(QPainter&, const QRectF&)>& paint);

// The height a heading takes, for keeping it with what follows.
double headingHeight(const ReportCanvas& canvas);

} // namespace tenure::ui
