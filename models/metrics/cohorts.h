#pragma once

#include "lifetimes.h"
#include "mrrhistory.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tenure::metrics {

// One signup cohort (accounts whose first active month is `cohort`) and its
// retention at each age k = 0, 1, 2, ... months (docs/metrics.md §4). A
// returning customer stays in its original cohort. Ages past the as-of month
// have no cell: the vectors stop there.
struct CohortRow
{
    Month cohort;
    int size = 0;
    std::int64_t startMrr = 0;
    std::vector<int> activeAccounts; // at age k
    std::vector<std::int64_t> mrr;   // Σ MRR at age k
    std::vector<int> members;        // account indices, for drill-down

    double logoRetention(int age) const;
    double revenueRetention(int age) const;
};

std::vector<CohortRow> cohortTable(const MrrHistory& history, std::span<const int> accounts);

} // namespace tenure::metrics
