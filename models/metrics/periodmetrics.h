#pragma once

#include "conventions.h"
#include "mrrhistory.h"
#include "retention.h"

#include <QJsonArray>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tenure::metrics {

// One line of `tenure metrics`: a period's MRR bridge and its retention.
struct PeriodMetrics
{
    Period period;
    QString group;             // the segment, owner or plan; empty for the whole book
    std::int64_t startMrr = 0; // MRR of the month before the period
    std::int64_t newMrr = 0;
    std::int64_t expansionMrr = 0;
    std::int64_t contractionMrr = 0;
    std::int64_t churnMrr = 0;
    std::int64_t reactivationMrr = 0;
    std::int64_t endMrr = 0; // MRR of the period's last month (or the as-of month)
    double nrr = 0;
    double grr = 0;
    double logoRetention = 0;
    int customersStart = 0;
    int customersEnd = 0;
};

// The metrics of every period overlapping [from, to] over the selected
// accounts; quarters and years follow the history's fiscal year.
std::vector<PeriodMetrics> periodMetrics(const MrrHistory& history, std::span<const int> accounts,
                                         Month from, Month to, Granularity granularity,
                                         RetentionMethod method, const QString& group = {});

// The documented JSON form (README, `tenure metrics --json`): money in major
// units of the base currency, ratios as fractions, null where undefined.
// `groupKey` names the group's key ("segment", "owner", "plan"), or is empty.
QJsonArray toJson(std::span<const PeriodMetrics> rows, const QString& baseCurrency,
                  const QString& groupKey);

} // namespace tenure::metrics
