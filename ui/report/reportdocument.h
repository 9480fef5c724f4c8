#pragma once

#include "report/quarterlyreport.h"

#include <QLocale>

class QPagedPaintDevice;

namespace tenure::ui {

// How many rows of each list of accounts the printed report shows; the CSV
// export has them all.
inline constexpr int kPrintedListRows = 25;

// Paints the quarterly report on a printer or PDF writer with 15 mm margins:
// laid out once to count the pages, then painted with "Page N of M".
// Returns the number of pages, 0 when the device cannot be painted on.
int printReport(const report::QuarterlyReport& report, QPagedPaintDevice& device,
                const QLocale& locale = QLocale());

} // namespace tenure::ui
