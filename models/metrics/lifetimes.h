#pragma once

#include "kaplanmeier.h"
#include "mrrhistory.h"

#include <optional>
#include <span>
#include <vector>

namespace tenure::metrics {

// An account's life as the survival curve and the cohort table see it.
struct AccountLifetime
{
    int account = 0;
    Month firstActive;               // F: the first month with MRR > 0
    std::optional<Month> firstChurn; // the first month with MRR = 0 after being active
    // Months from F to the last active month before the first churn, inclusive
    // (L - F + 1); or to the as-of month when it has not churned (A - F + 1).
    int durationMonths = 0;
    bool churned() const { return firstChurn.has_value(); }
};

// Accounts never active up to the as-of month are left out.
std::vector<AccountLifetime> accountLifetimes(const MrrHistory& history,
                                              std::span<const int> accounts);

// docs/metrics.md §5: event at the churn, censored at the as-of month.
std::vector<SurvivalObservation> survivalObservations(std::span<const AccountLifetime> lifetimes);

} // namespace tenure::metrics
