#pragma once

// The report's tables, built in three files besides reporttables.cpp.
#include "reporttables.h"

namespace tenure::report {

// Survival, cohorts, health distribution and the two-by-two (shapetables.cpp).
std::vector<ReportTable> shapeTables(const QuarterlyReport& report, const QLocale& locale,
                                     bool brief);
// The quarter's forecast beside what happened, and the next quarter's (forecasttable.cpp).
ReportTable forecastTable(const QuarterlyReport& report, const QLocale& locale);
// Churned, contracted and at-risk accounts (reportaccounttables.cpp).
std::vector<ReportTable> accountTables(const QuarterlyReport& report, const QLocale& locale,
                                       int listLimit);

} // namespace tenure::report
