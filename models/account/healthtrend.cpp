#include "healthtrend.h"

#include "health/signalsloader.h"
#include "health/snapshots.h"

namespace tenure::account {

namespace {

// A snapshot older than this before the wanted day is too stale to stand in for it.
constexpr int kSnapshotSlackDays = 7;

} // namespace

std::unordered_map<std::int64_t, double> healthOn(store::Connection& connection, const QDate& day,
                                                  const health::HealthConfig& config)
{
    std::unordered_map<std::int64_t, double> health;
    const auto snapshots = health::loadSnapshots(connection, day);
    if (!snapshots.empty() && snapshots.front().asOf >= day.addDays(-kSnapshotSlackDays)) {
        for (const health::HealthSnapshot& snapshot : snapshots) {
            if (snapshot.overall)
                health.emplace(snapshot.accountId, *snapshot.overall);
        }
        return health;
    }
    const auto accounts = health::loadSignals(connection, day);
    for (const health::AccountSignals& account : accounts) {
        if (!account.isPaying())
            continue;
        const auto score =
            health::scoreAccount(account, day, config.thresholds, config.weights).overall;
        if (score)
            health.emplace(account.id, *score);
    }
    return health;
}

} // namespace tenure::account
