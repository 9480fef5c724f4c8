#pragma once

#include "accountsignals.h"

#include <optional>

namespace tenure::health {

// The span an active-users figure averages: the four weeks that end on a day.
inline constexpr int kActiveUsersSpanDays = 28;

// Mean weekly active users over the four weeks that end on `end`; none
// without any usage week in that span.
std::optional<double> recentActiveUsers(const AccountSignals& account, const QDate& end);

// Weekly active users now against `windowDays` earlier.
struct UsageTrend
{
    double earlier = 0;
    double recent = 0;
    // Negative when usage fell: -46 means it fell by 46%.
    double changePercent() const { return earlier > 0 ? (recent - earlier) / earlier * 100 : 0; }
};
std::optional<UsageTrend> usageTrend(const AccountSignals& account, const QDate& asOf,
                                     int windowDays);

// Active users per licence purchased, over the last four weeks.
std::optional<double> licenceUtilisation(const AccountSignals& account, const QDate& asOf);

} // namespace tenure::health
