#pragma once

#include "accountlist.h"

#include <unordered_map>

namespace tenure::store {
class Connection;
}

namespace tenure::accounts {

// The health columns of one account in the list.
struct HealthCells
{
    std::optional<double> health;
    double coverage = 0;
    health::Quadrant quadrant = health::Quadrant::Unknown;
    QString topReason;
    QStringList reasons; // every fired reason's code, most severe first
};

// By account id; paying accounts only.
using HealthColumns = std::unordered_map<std::int64_t, HealthCells>;

// Health, quadrant and top reason of every paying account on `asOf`. The
// long part of the list's load: it reads every signal of the book.
HealthColumns loadHealthColumns(store::Connection& connection, const QDate& asOf);
// A health figure of each account, by id.
using HealthById = std::unordered_map<std::int64_t, double>;
// The health of every account the columns score: all the trend needs of them,
// so that the columns themselves can be handed on while it is computed.
HealthById scoredHealth(const HealthColumns& columns);
// Each account's change from its health account::kTrendDays before `asOf` to
// `now`; only accounts scored on both days.
HealthById healthChanges(const HealthById& now, store::Connection& connection, const QDate& asOf);

// Copies the cells into the list's rows; rows without cells are cleared, and
// so is every row's change until applyHealthChanges.
void applyHealth(AccountList& list, const HealthColumns& columns);
// Sets each row's change; rows without one are cleared.
void applyHealthChanges(AccountList& list, const HealthById& changes);

} // namespace tenure::accounts
