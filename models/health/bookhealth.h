#pragma once

#include "accountsignals.h"
#include "dangerzone.h"
#include "healthscore.h"
#include "riskreason.h"
#include "thresholds.h"

#include <QJsonArray>

#include <span>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

struct AccountHealth
{
    std::int64_t id = 0;
    QString name;
    QString segment;
    QString owner;
    std::int64_t mrr = 0; // on the as-of date, base-currency minor units
    HealthScore score;    // numbers only (Wording::NumbersOnly): no inputs' details
    Quadrant quadrant = Quadrant::Unknown;
    std::vector<RiskReason> reasons; // most severe first
};

// Health and risk reasons of every paying account on one date.
struct BookHealth
{
    QDate asOf;
    DangerZone dangerZone;
    std::vector<AccountHealth> accounts;
};

// The book's settings for health: thresholds and weights (health_config).
struct HealthConfig
{
    Thresholds thresholds;
    HealthWeights weights;
};
HealthConfig loadHealthConfig(store::Connection& connection);
void saveHealthConfig(store::Connection& connection, const HealthConfig& config);

BookHealth evaluateBook(std::span<const AccountSignals> accounts, const QDate& asOf,
                        const HealthConfig& config);

// The documented JSON of `tenure health --json`: per account id, name,
// health, coverage, outcome, experience, relationship, inputs (by key),
// quadrant and reasons (code, severity, evidence). A score without data is null.
QJsonArray toJson(std::span<const AccountHealth> accounts);
QJsonObject toJson(const AccountHealth& account);

} // namespace tenure::health
