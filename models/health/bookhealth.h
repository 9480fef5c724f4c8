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

namespace tenure {
class JsonText;
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
// The same, letting go of each account's signals once it is scored, so that
// the whole book's signals and its scores are not held at once.
BookHealth evaluateBook(std::vector<AccountSignals>&& accounts, const QDate& asOf,
                        const HealthConfig& config);

// Scores a book a part at a time, each account judged against the whole
// book's danger zone, for a caller that writes the scores out as they come
// (`tenure health --json`) and so never holds a large book's at once.
class BookScorer
{
public:
    BookScorer(std::span<const AccountSignals> book, const QDate& asOf, const HealthConfig& config);

    const DangerZone& dangerZone() const { return m_dangerZone; }
    // The paying accounts of `part`, in their order; every account's signals
    // in `part` are let go of once it is scored.
    std::vector<AccountHealth> score(std::span<AccountSignals> part) const;

private:
    QDate m_asOf;
    HealthConfig m_config;
    DangerZone m_dangerZone;
};

// The documented JSON of `tenure health --json`, into the object `json` has
// open: the account's id, name, health, coverage, outcome, experience,
// relationship, quadrant, inputs (by key) and reasons (code, severity,
// evidence). A score without data is null.
void writeJsonFields(JsonText& json, const AccountHealth& account);

} // namespace tenure::health
