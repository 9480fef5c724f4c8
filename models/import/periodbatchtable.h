#pragma once

#include "typedrows.h"

#include <cstdint>
#include <span>

namespace tenure::store {
class Connection;
}

namespace tenure::import {

// A batch of typed periods and, for each, the account it was matched to.
struct PeriodsToInsert
{
    std::span<const PeriodRow> rows;
    const TextArena* text = nullptr;
    std::span<const std::int64_t> accountIds; // one per row

    std::size_t size() const { return rows.size(); }
};

// The virtual table `tenure_period_batch(?)` (see batchtable.h) lists a batch
// of periods as the book stores them. Columns: external_id, start_on,
// account_id, plan, end_on, amount_minor, interval_unit, interval_count,
// quantity, discount_minor, currency, mrr_minor, source_status, canceled_on;
// empty optional text reads as NULL.
inline constexpr const char* kPeriodsToInsertPointer = "tenure::import::PeriodsToInsert";

void registerPeriodBatchTable(store::Connection& connection);

} // namespace tenure::import
