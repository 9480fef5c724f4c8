#pragma once

#include "quarterlyreport.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace tenure::report {

// One table of the report as people read it: formatted, translated cells.
// The printed report and the CSV export show the same tables.
struct ReportTable
{
    QString key;   // stable, for file names: "kpis", "churned", ...
    QString title; // translated
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric; // per column: right-aligned numbers
    QString note;        // said under the table, e.g. that rows were left out
};

// Every table of the report in reading order. With `listLimit` >= 0 (print),
// lists of accounts keep their first `listLimit` rows (the largest), each
// account its newest actions, and the retention curve selected months, each
// table saying so; -1 keeps every row (CSV).
std::vector<ReportTable> reportTables(const QuarterlyReport& report, const QLocale& locale,
                                      int listLimit = -1);

// Formatting shared by the tables and the printed KPI summary.
QString formatPercent(double fraction, const QLocale& locale);
QString formatMrr(std::int64_t minor, const QuarterlyReport& report, const QLocale& locale);
// "Whole book", "Segment High touch", "Owner Dana", or both.
QString describeScope(const ReportScope& scope);

} // namespace tenure::report
