#pragma once

#include "health/healthscore.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::accounts {

// One line of the account list, kept compact: the repeated strings (owner,
// segment, plan, status) share their data with every other row's copy.
struct AccountRow
{
    std::int64_t id = 0;
    QString name;
    QString owner;
    QString segment;
    QString plan;
    QString status;
    std::int64_t mrrMinor = 0; // on the as-of date, in the base currency
    QDate start;               // the first subscription period's start
    QDate renewal;
    bool mrrUnknown = false; // a period's currency had no rate: MRR left out, not guessed
    // Health columns, filled after the list by addHealth(); empty for accounts
    // that are not paying.
    bool scored = false; // paying, so health was evaluated (it may still have no data)
    std::optional<double> health;
    double coverage = 0;                // health::HealthScore::coverage
    std::optional<double> healthChange; // against account::kTrendDays earlier
    health::Quadrant quadrant = health::Quadrant::Unknown;
    QString topReason;   // the most severe reason's code
    QStringList reasons; // every fired reason's code, most severe first
    // ARR weighted by risk, (100 - health) / 100: what the risk × ARR sort uses.
    std::optional<double> arrAtRisk() const
    {
        if (!health || mrrUnknown)
            return std::nullopt;
        return static_cast<double>(mrrMinor) * 12 * (100 - *health) / 100;
    }
};

struct AccountList
{
    QDate asOf;
    QString baseCurrency;
    std::vector<AccountRow> rows; // by name, case-insensitively
    QStringList owners;           // distinct, sorted, without empty values
    QStringList segments;
};

// Reads every account in one pass over accounts and subscription periods.
AccountList loadAccountList(store::Connection& connection, const QDate& asOf);

} // namespace tenure::accounts
