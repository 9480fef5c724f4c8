#pragma once

#include "cohorts.h"
#include "movements.h"
#include "periodmetrics.h"
#include "selection.h"
#include "survivalstrata.h"

#include <vector>

namespace tenure::metrics {

// What the Retention view asks for.
struct RetentionQuery
{
    Granularity granularity = Granularity::Quarter;
    RetentionMethod method = RetentionMethod::Cohort;
    AccountFilter filter;
    Stratification curvesBy = Stratification::None;
    int movementMonths = 24; // how many recent months of MRR movements
};

// Everything the Retention view shows, computed from the history in memory.
struct RetentionOverview
{
    std::vector<int> accounts; // the selection
    PeriodMetrics current;     // the last complete period
    PeriodMetrics previous;    // the one before it
    std::vector<SurvivalStratum> curves;
    std::vector<CohortRow> cohorts;
    std::vector<MonthMovements> movements;
};

RetentionOverview computeRetentionOverview(const MrrHistory& history, const RetentionQuery& query);

} // namespace tenure::metrics
