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
        columns.emplace(account.id, HealthCells{account.score.overall,
                                                account.score.coverage,
                                                {},
                                                account.quadrant,
                                                reasons.value(0),
                                                reasons});
    }
    return columns;
}

void addHealthTrend(HealthColumns& columns, store::Connection& connection, const QDate& asOf)
{
    const auto config = health::loadHealthConfig(connection);
    const auto before = account::healthOn(connection, asOf.addDays(-account::kTrendDays), config);
    for (auto& [id, cells] : columns) {
        const auto earlier = before.find(id);
        if (cells.health && earlier != before.end())
            cells.change = *cells.health - earlier->second;
    }
}

void applyHealth(AccountList& list, const HealthColumns& columns)
{
    for (AccountRow& row : list.rows) {
        const auto found = columns.find(row.id);
        const HealthCells cells = found != columns.end() ? found->second : HealthCells{};
        row.scored = found != columns.end();
        row.health = cells.health;
        row.coverage = cells.coverage;
        row.healthChange = cells.change;
        row.quadrant = cells.quadrant;
        row.topReason = cells.topReason;
        row.reasons = cells.reasons;
    }
}

} // namespace tenure::accounts
