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
};

// The eponymous virtual table `tenure_period_batch(?)` lists a batch of
// periods as the book stores them, so that one INSERT … SELECT writes the
// whole batch. Inserting row by row, SQLite opens and seeks the table's and
// each index's b-tree again for every row, which costs about as much as the
// insertion itself; one statement a batch does that once.
//
// The batch is bound to the parameter as a pointer of type
// kPeriodsToInsertPointer (sqlite3_bind_pointer): SQL text cannot forge it.
// Columns: external_id, start_on, account_id, plan, end_on, amount_minor,
// interval_unit, interval_count, quantity, discount_minor, currency,
// mrr_minor, source_status, canceled_on; empty optional text reads as NULL.
inline constexpr const char* kPeriodsToInsertPointer = "tenure::import::PeriodsToInsert";

// Makes tenure_period_batch available on the connection (again, harmlessly).
void registerPeriodBatchTable(store::Connection& connection);

} // namespace tenure::import
