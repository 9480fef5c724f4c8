#pragma once

#include "signalrows.h"

#include <cstdint>
#include <span>

namespace tenure::store {
class Connection;
}

namespace tenure::import {

// A batch of typed signal rows of one kind and, for each, its account.
struct SignalsToInsert
{
    std::span<const SignalRow* const> rows;
    std::span<const std::int64_t> accountIds; // one per row

    std::size_t size() const { return rows.size(); }
};

// The virtual table `tenure_signal_batch(?)` (see batchtable.h) lists a batch
// of signal rows: account_id, then v0, v1, … holding each row's values in the
// order of its kind's columns (SignalTable::columns), NULL past the last.
inline constexpr const char* kSignalsToInsertPointer = "tenure::import::SignalsToInsert";
inline constexpr std::size_t kSignalBatchValueColumns = 8;

void registerSignalBatchTable(store::Connection& connection);

} // namespace tenure::import
