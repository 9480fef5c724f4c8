#include "cohorts.h"

#include <map>

namespace tenure::metrics {

double CohortRow::logoRetention(int age) const
{
    return size == 0 ? 0.0
                     : static_cast<double>(activeAccounts.at(static_cast<std::size_t>(age))) / size;
}

double CohortRow::revenueRetention(int age) const
{
    return startMrr == 0 ? 0.0
                         : static_cast<double>(mrr.at(static_cast<std::size_t>(age))) /
                               static_cast<double>(startMrr);
}

std::vector<CohortRow> cohortTable(const MrrHistory& history, std::span<const int> accounts)
{
    std::map<Month, CohortRow> rows;
    for (const AccountLifetime& life : accountLifetimes(history, accounts)) {
        CohortRow& row = rows[life.firstActive];
        if (row.size == 0) {
            row.cohort = life.firstActive;
            const auto ages = static_cast<std::size_t>(history.lastMonth() - life.firstActive + 1);
            row.activeAccounts.assign(ages, 0);
            row.mrr.assign(ages, 0);
        }
        ++row.size;
        row.members.push_back(life.account);
        row.startMrr += history.mrr(life.account, life.firstActive);
        for (std::size_t age = 0; age < row.mrr.size(); ++age) {
            const std::int64_t value =
                history.mrr(life.account, life.firstActive + static_cast<int>(age));
            row.mrr[age] += value;
            row.activeAccounts[age] += value > 0;
        }
    }
    std::vector<CohortRow> table;
    table.reserve(rows.size());
    for (auto& [month, row] : rows)
        table.push_back(std::move(row));
    return table;
}

} // namespace tenure::metrics
