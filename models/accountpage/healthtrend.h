#pragma once

#include "health/bookhealth.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <unordered_map>

namespace tenure::store {
class Connection;
}

namespace tenure::account {

// A trend compares today's health with the health this many days earlier.
inline constexpr int kTrendDays = 30;

// The overall health on `day` of every account paying then, by account id:
// read from the snapshot stored for that day (or up to a week before it)
// when there is one, else recomputed from the data known on `day`.
std::unordered_map<std::int64_t, double> healthOn(store::Connection& connection, const QDate& day,
                                                  const health::HealthConfig& config);

// healthOn(connection, day, config) of the one account `accountId` (nullopt
// where that map has no entry), reading only that account's data when no
// snapshot stands in for the day.
std::optional<double> healthOfAccountOn(store::Connection& connection, std::int64_t accountId,
                                        const QDate& day, const health::HealthConfig& config);

} // namespace tenure::account
