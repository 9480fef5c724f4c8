#pragma once

#include "report/quarterlyreport.h"

#include <QString>

namespace tenure {
class AtomicFile;
}

namespace tenure::ui {

// Paints the report as a PDF into `file` (opened, not yet committed) and
// prepares it (checked whole and synced), so that the caller can commit it
// together with other files. Returns the number of pages; 0 with `error` set,
// the temporary file removed.
int paintReportPdf(const report::QuarterlyReport& report, AtomicFile& file, const QString& title,
                   QString* error);

// Saves the quarterly report as a PDF at `path`, all or nothing: painted into
// a temporary file beside it (AtomicFile), checked to be a whole PDF, synced
// and then renamed over `path`. Returns the number of pages; 0 with `error`
// set (in words, "the disk is full" when it is) and no file left behind.
int saveReportPdf(const report::QuarterlyReport& report, const QString& path, const QString& title,
                  QString* error);

} // namespace tenure::ui
