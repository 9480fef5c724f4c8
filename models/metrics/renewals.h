#pragma once

#include "mrrhistory.h"
#include "retention.h"

#include <cstdint>
#include <optional>
#include <span>

namespace tenure::metrics {

// The renewal-based variant of retention (docs/metrics.md §3, the source
// documents' own wording): over the contracts up for renewal in a period,
//   NRR = (renewed value + expansion) / value up for renewal,
//   GRR = renewed value / value up for renewal,
//   logo retention = renewed logos / logos up for renewal.
//
// A contract's renewal dates are the anniversaries, one term apart, of the
// start of its continuous run of periods; the term is the billing interval of
// the period running before the renewal (12 months for annual plans, 1 for
// monthly). A contract is up for renewal in a period when a renewal date falls
// in it; its value is its MRR in the month before that renewal, and what was
// kept is its MRR at the period's last month.
struct RenewalFigures
{
    int logosUp = 0;
    int logosRenewed = 0;
    std::int64_t valueUp = 0;
    std::int64_t renewedValue = 0; // Σ min(after, before)
    std::int64_t expansion = 0;    // Σ max(0, after - before)

    double nrr() const;
    double grr() const;
    double logoRetention() const;
};

// The first renewal date of the account's contract in [from, to], if any.
std::optional<QDate> renewalIn(const MrrHistory& history, int account, const QDate& from,
                               const QDate& to);

RenewalFigures renewalRetention(const MrrHistory& history, std::span<const int> accounts,
                                const Period& period);

} // namespace tenure::metrics
