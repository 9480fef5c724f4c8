#include "retentionoverview.h"

#include <algorithm>

namespace tenure::metrics {

namespace {

// The last period of `granularity` that has ended by the as-of month (the
// as-of month itself is still running).
Period lastCompletePeriod(const MrrHistory& history, Granularity granularity, int offset)
{
    const Month last = history.lastMonth() - 1;
    auto periods = periodsBetween(history.firstMonth(), last, granularity,
                                  history.conventions().fiscalYearStartMonth);
    std::erase_if(periods, [&](const Period& p) { return p.last > last; });
    if (periods.size() <= static_cast<std::size_t>(offset))
        return {history.firstMonth(), history.firstMonth(), {}};
    return periods[periods.size() - 1 - static_cast<std::size_t>(offset)];
}

PeriodMetrics metricsFor(const MrrHistory& history, const std::vector<int>& accounts,
                         const Period& period, RetentionMethod method, Granularity granularity)
{
    const auto rows =
        periodMetrics(history, accounts, period.first, period.last, granularity, method);
    return rows.empty() ? PeriodMetrics{} : rows.front();
}

} // namespace

RetentionOverview computeRetentionOverview(const MrrHistory& history, const RetentionQuery& query)
{
    RetentionOverview overview;
    overview.accounts = selectAccounts(history, query.filter);
    overview.current =
        metricsFor(history, overview.accounts, lastCompletePeriod(history, query.granularity, 0),
                   query.method, query.granularity);
    overview.previous =
        metricsFor(history, overview.accounts, lastCompletePeriod(history, query.granularity, 1),
                   query.method, query.granularity);
    overview.curves = survivalByStratum(history, overview.accounts, query.curvesBy);
    overview.cohorts = cohortTable(history, overview.accounts);
    const Month to = history.lastMonth();
    const Month from = std::max(history.firstMonth(), to - (query.movementMonths - 1));
    overview.movements = monthlyMovements(history, overview.accounts, from, to);
    return overview;
}

} // namespace tenure::metrics
