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
    std::optional<double> change;
    health::Quadrant quadrant = health::Quadrant::Unknown;
    QString topReason;
    QStringList reasons; // every fired reason's code, most severe first
};

// By account id; paying accounts only.
using HealthColumns = std::unordered_map<std::int64_t, HealthCells>;

// Health, quadrant and top reason of every paying account on `asOf`. The
// long part of the list's load: it reads every signal of the book.
HealthColumns loadHealthColumns(store::Connection& connection, const QDate& asOf);
// Adds each account's change against its health account::kTrendDays earlier.
void addHealthTrend(HealthColumns& columns, store::Connection& connection, const QDate& asOf);

// Copies the cells into the list's rows; rows without cells are cleared.
void applyHealth(AccountList& list, const HealthColumns& columns);

} // namespace tenure::accounts
