#pragma once

#include "accountsignals.h"
#include "thresholds.h"

#include <QDate>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

// How far back usage is read, in days before the as-of date: the farthest day
// an active-users figure is taken for (the usage trend's window, or the
// danger zone's lookback), and the four weeks that figure averages. Older
// weeks are not loaded: nothing reads them.
int usageWindowDays(const Thresholds& thresholds);

// How far back survey answers are read: a year, for the latest NPS and CSAT
// that score, or the negative-feedback detector's lookback if longer.
int surveyWindowDays(const Thresholds& thresholds);

// Reads every account's signals as known on `asOf`, one query per table, the
// usage and survey answers as far back as the book's thresholds need
// (usageWindowDays, surveyWindowDays).
// Throws metrics::MissingRate when an MRR cannot be converted.
std::vector<AccountSignals> loadSignals(store::Connection& connection, const QDate& asOf);

// The signals of the accounts with these ids (an id without an account is
// skipped), exactly as loadSignals reads them, each through the account's
// indexes: for a sample of a large book, at a small share of its cost.
// Throws as loadSignals does.
std::vector<AccountSignals> loadSignalsOf(store::Connection& connection, const QDate& asOf,
                                          std::vector<std::int64_t> accountIds);

// Every account's row, billing and usage as loadSignals reads them (all that
// the book's danger zone needs), and the other signals (contacts, tickets,
// surveys, requests, goals, events, last action) only for the accounts in
// `detailed`, each through its indexes: enough to judge a few accounts
// against the whole book, for much less reading than loadSignals when they
// are few. The other accounts' other signals stay empty. `detailed` is asked
// for the accounts once the book-wide part is read, so that a caller can work
// them out meanwhile. Throws as loadSignals does.
std::vector<AccountSignals>
loadSignalsDetailing(store::Connection& connection, const QDate& asOf,
                     const std::function<std::vector<std::int64_t>()>& detailed);

// The signals of one account, exactly as loadSignals reads them for it, through
// the account's indexes instead of the whole book; nullopt when there is no
// such account. Throws as loadSignals does.
std::optional<AccountSignals> loadAccountSignals(store::Connection& connection,
                                                 std::int64_t accountId, const QDate& asOf);

} // namespace tenure::health
