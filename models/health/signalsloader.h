#pragma once

#include "accountsignals.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

// How far back the detectors look at weekly usage; older weeks are not loaded.
inline constexpr int kUsageWindowDays = 182;

// Reads every account's signals as known on `asOf`, one query per table.
// Throws metrics::MissingRate when an MRR cannot be converted.
std::vector<AccountSignals> loadSignals(store::Connection& connection, const QDate& asOf);

// The signals of one account, exactly as loadSignals reads them for it, through
// the account's indexes instead of the whole book; nullopt when there is no
// such account. Throws as loadSignals does.
std::optional<AccountSignals> loadAccountSignals(store::Connection& connection,
                                                 std::int64_t accountId, const QDate& asOf);

} // namespace tenure::health
