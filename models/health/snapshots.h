#pragma once

#include "bookhealth.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

// A stored day of health for one account: its scores, each input's value and
// the reasons that fired, so a later day can say which signal moved.
struct HealthSnapshot
{
    std::int64_t accountId = 0;
    QDate asOf;
    std::optional<double> overall;
    std::optional<double> outcome;
    std::optional<double> experience;
    std::map<QString, double> inputs;      // input key -> value, for inputs with data
    std::map<QString, RiskReason> reasons; // code -> reason
};

HealthSnapshot snapshotOf(const AccountHealth& account, const QDate& asOf);

// Replaces the stored day `book.asOf` with `book`, in one transaction.
void saveSnapshots(store::Connection& connection, const BookHealth& book);
// The stored day, or the latest stored day before it; empty when none.
std::vector<HealthSnapshot> loadSnapshots(store::Connection& connection, const QDate& onOrBefore);
// The days stored, oldest first.
std::vector<QDate> snapshotDates(store::Connection& connection);

// What changed for one account between two snapshots.
struct HealthChange
{
    std::int64_t accountId = 0;
    double healthDelta = 0;
    QStringList newReasons;      // fired now, not before
    QStringList resolvedReasons; // fired before, not now
    // The score input (goals, adoption, nps, ...) that moved most, and by how much.
    QString biggestMover;
    double biggestMove = 0;
};

std::vector<HealthChange> compareSnapshots(const std::vector<HealthSnapshot>& before,
                                           const std::vector<HealthSnapshot>& after);

} // namespace tenure::health
