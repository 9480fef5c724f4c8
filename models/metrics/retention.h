#pragma once

#include "mrrhistory.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tenure::metrics {

enum class Granularity { Month, Quarter, Year };

// A reporting period: its first and last month.
struct Period
{
    Month first;
    Month last;
    QString label; // "2024-03", "2024Q1", "2024"; fiscal quarters carry an "FY" prefix
};

// The periods that overlap [from, to], aligned to calendar (or fiscal, when
// fiscalYearStartMonth is not 1) boundaries.
std::vector<Period> periodsBetween(Month from, Month to, Granularity granularity,
                                   int fiscalYearStartMonth = 1);

// Retention of the accounts paying in the month before a period, at its last
// month (docs/metrics.md §3, the cohort method). Accounts acquired during the
// period are left out.
struct RetentionFigures
{
    Month startMonth;             // S: the month before the period
    Month endMonth;               // E: the period's last month
    std::int64_t startMrr = 0;    // Σ MRR(S) over the cohort
    std::int64_t retainedMrr = 0; // Σ MRR(E) over the cohort (net)
    std::int64_t grossMrr = 0;    // Σ min(MRR(E), MRR(S)) over the cohort
    int customersStart = 0;       // |cohort|
    int customersRetained = 0;    // cohort members still paying at E

    // NaN when the cohort is empty.
    double nrr() const;
    double grr() const;
    double logoRetention() const;
    double customerChurn() const { return 1 - logoRetention(); }
};

RetentionFigures cohortRetention(const MrrHistory& history, std::span<const int> accounts,
                                 const Period& period);

} // namespace tenure::metrics
