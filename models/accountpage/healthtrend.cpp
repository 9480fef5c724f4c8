#include "healthtrend.h"

#include "health/signalsloader.h"
#include "health/snapshots.h"

namespace tenure::account {

namespace {

// A snapshot older than this before the wanted day is too stale to stand in for it.
constexpr int kSnapshotSlackDays = 7;

// The snapshots stored for `day`, or up to a week before it; empty when there are none.
std::vector<health::HealthSnapshot> snapshotsFor(store::Connection& connection, const QDate& day)
{
    auto snapshots = health::loadSnapshots(connection, day);
    if (!snapshots.empty() && snapshots.front().asOf >= day.addDays(-kSnapshotSlackDays))
        return snapshots;
    return {};
}

std::optional<double> scoreOn(const health::AccountSignals& account, const QDate& day,
                              const health::HealthConfig& config)
{
    if (!account.isPaying())
        return std::nullopt;
    return health::scoreAccount(account, day, config.thresholds, config.weights,
                                health::Wording::NumbersOnly)
        .overall;
}

} // namespace

std::unordered_map<std::int64_t, double> healthOn(store::Connection& connection, const QDate& day,
                                                  const health::HealthConfig& config)
{
    std::unordered_map<std::int64_t, double> health;
    const auto snapshots = snapshotsFor(connection, day);
    if (!snapshots.empty()) {
        for (const health::HealthSnapshot& snapshot : snapshots) {
            if (snapshot.overall)
                health.emplace(snapshot.accountId, *snapshot.overall);
        }
        return health;
    }
    const auto accounts = health::loadSignals(connection, day);
    for (const health::AccountSignals& account : accounts) {
        if (const auto score = scoreOn(account, day, config))
            health.emplace(account.id, *score);
    }
    return health;
}

std::optional<double> healthOfAccountOn(store::Connection& connection, std::int64_t accountId,
                                        const QDate& day, const health::HealthConfig& config)
{
    const auto snapshots = snapshotsFor(connection, day);
    if (!snapshots.empty()) {
        // healthOn keeps the first snapshot with an overall health per account.
        for (const health::HealthSnapshot& snapshot : snapshots) {
            if (snapshot.accountId == accountId && snapshot.overall)
                return *snapshot.overall;
        }
        return std::nullopt;
    }
    const auto account = health::loadAccountSignals(connection, accountId, day);
    return account ? scoreOn(*account, day, config) : std::nullopt;
}

} // namespace tenure::account
