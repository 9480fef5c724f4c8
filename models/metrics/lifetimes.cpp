#include "lifetimes.h"

namespace tenure::metrics {

std::vector<AccountLifetime> accountLifetimes(const MrrHistory& history,
                                              std::span<const int> accounts)
{
    std::vector<AccountLifetime> lifetimes;
    for (const int account : accounts) {
        AccountLifetime life;
        life.account = account;
        for (Month month = history.firstMonth(); month <= history.lastMonth(); month = month + 1) {
            const bool active = history.mrr(account, month) > 0;
            if (!life.firstActive.isValid()) {
                if (active)
                    life.firstActive = month;
            } else if (!active) {
                life.firstChurn = month;
                break;
            }
        }
        if (!life.firstActive.isValid())
            continue;
        const Month end = life.firstChurn ? *life.firstChurn - 1 : history.lastMonth();
        life.durationMonths = end - life.firstActive + 1;
        lifetimes.push_back(life);
    }
    return lifetimes;
}

std::vector<SurvivalObservation> survivalObservations(std::span<const AccountLifetime> lifetimes)
{
    std::vector<SurvivalObservation> observations;
    observations.reserve(lifetimes.size());
    for (const AccountLifetime& life : lifetimes)
        observations.push_back({static_cast<double>(life.durationMonths), life.churned()});
    return observations;
}

} // namespace tenure::metrics
