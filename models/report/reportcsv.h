#pragma once

#include "reporttables.h"

#include <QString>
#include <QStringList>

#include <span>

namespace tenure::report {

// Writes each table as UTF-8 CSV into `folder`, named PREFIX-KEY.csv, with
// every cell defused against spreadsheet formula injection (csvField).
// Returns the files written; on failure, empty with `error` set.
QStringList writeTablesAsCsv(std::span<const ReportTable> tables, const QString& folder,
                             const QString& prefix, QString* error);

} // namespace tenure::report
