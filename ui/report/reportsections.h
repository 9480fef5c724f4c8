#pragma once

// The parts of the printed report that are not tables: the title block, the
// KPI cards and the methodology note.
#include "report/quarterlyreport.h"

#include <QLocale>

namespace tenure::ui {

class ReportCanvas;

void drawTitleBlock(ReportCanvas& canvas, const report::QuarterlyReport& report,
                    const QLocale& locale);
void drawKpiCards(ReportCanvas& canvas, const report::QuarterlyReport& report,
                  const QLocale& locale);
void drawMethodology(ReportCanvas& canvas, const report::QuarterlyReport& report,
                     const QLocale& locale);

} // namespace tenure::ui
