#include "listhealth.h"

#include "accountpage/healthtrend.h"
#include "health/signalsloader.h"

namespace tenure::accounts {

HealthColumns loadHealthColumns(store::Connection& connection, const QDate& asOf)
{
    const auto config = health::loadHealthConfig(connection);
    const auto book = health::evaluateBook(health::loadSignals(connection, asOf), asOf, config);
    HealthColumns columns;
    columns.reserve(book.accounts.size());
    for (const health::AccountHealth& account : book.accounts) {
        QStringList reasons;
        for (const health::RiskReason& reason : account.reasons)
            reasons.append(reason.code);
        columns.emplace(account.id, HealthCells{account.score.overall, account.score.coverage,
                                                account.quadrant, reasons.value(0), reasons});
    }
    return columns;
}

HealthById scoredHealth(const HealthColumns& columns)
{
    HealthById scored;
    scored.reserve(columns.size());
    for (const auto& [id, cells] : columns) {
        if (cells.health)
            scored.emplace(id, *cells.health);
    }
    return scored;
}

HealthById healthChanges(const HealthById& now, store::Connection& connection, const QDate& asOf)
{
    const auto config = health::loadHealthConfig(connection);
    const auto before = account::healthOn(connection, asOf.addDays(-account::kTrendDays), config);
    HealthById changes;
    for (const auto& [id, health] : now) {
        if (const auto earlier = before.find(id); earlier != before.end())
            changes.emplace(id, health - earlier->second);
    }
    return changes;
}

void applyHealth(AccountList& list, const HealthColumns& columns)
{
    for (AccountRow& row : list.rows) {
        const auto found = columns.find(row.id);
        const HealthCells cells = found != columns.end() ? found->second : HealthCells{};
        row.scored = found != columns.end();
        row.health = cells.health;
        row.coverage = cells.coverage;
        row.healthChange.reset();
        row.quadrant = cells.quadrant;
        row.topReason = cells.topReason;
        row.reasons = cells.reasons;
    }
}

void applyHealthChanges(AccountList& list, const HealthById& changes)
{
    for (AccountRow& row : list.rows) {
        const auto found = changes.find(row.id);
        row.healthChange =
            found != changes.end() ? std::optional<double>(found->second) : std::nullopt;
    }
}

} // namespace tenure::accounts
