#pragma once

#include "mrrhistory.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tenure::metrics {

enum class MovementKind { None, New, Reactivation, Expansion, Contraction, Churn };

// What one account did in one month against the month before (docs/metrics.md §2).
struct AccountMovement
{
    int account = 0;
    MovementKind kind = MovementKind::None;
    std::int64_t before = 0; // MRR(M-1)
    std::int64_t after = 0;  // MRR(M)
    // The size of the movement, always >= 0: |after - before|.
    std::int64_t amount() const { return after > before ? after - before : before - after; }
};

// The month's MRR bridge. end = start + new + reactivation + expansion
// - contraction - churn holds exactly, for any selection of accounts.
struct MonthMovements
{
    Month month;
    std::int64_t startMrr = 0;
    std::int64_t newMrr = 0;
    std::int64_t reactivationMrr = 0;
    std::int64_t expansionMrr = 0;
    std::int64_t contractionMrr = 0;
    std::int64_t churnMrr = 0;
    std::int64_t endMrr = 0;
    int customersStart = 0;
    int customersEnd = 0;
    int newCustomers = 0;
    int reactivatedCustomers = 0;
    int churnedCustomers = 0;

    std::int64_t netMovement() const { return endMrr - startMrr; }
};

// `activeEarlier`: the account paid before, recently enough (within the
// book's reactivation window) for a return to count as a reactivation.
MovementKind classify(std::int64_t before, std::int64_t after, bool activeEarlier);

// Whether a return in `month` after last paying in `lastPaid` (invalid: never)
// is a reactivation under a window of `windowMonths` (0: no limit).
bool returnIsReactivation(Month lastPaid, Month month, int windowMonths);

// One row per month from `from` to `to` (inclusive) over the selected accounts.
std::vector<MonthMovements> monthlyMovements(const MrrHistory& history,
                                             std::span<const int> accounts, Month from, Month to);

// The accounts behind one month's figures: every selected account that moved.
std::vector<AccountMovement> accountMovements(const MrrHistory& history,
                                              std::span<const int> accounts, Month month);

} // namespace tenure::metrics
