#include "usagestats.h"

namespace tenure::health {

std::optional<double> recentActiveUsers(const AccountSignals& account, const QDate& end)
{
    const QDate from = end.addDays(-kActiveUsersSpanDays);
    double sum = 0;
    int weeks = 0;
    for (const UsageWeek& week : account.usage) {
        if (week.start > from && week.start <= end) {
            sum += week.activeUsers;
            ++weeks;
        }
    }
    if (weeks == 0)
        return std::nullopt;
    return sum / weeks;
}

std::optional<UsageTrend> usageTrend(const AccountSignals& account, const QDate& asOf,
                                     int windowDays)
{
    const auto recent = recentActiveUsers(account, asOf);
    const auto earlier = recentActiveUsers(account, asOf.addDays(-windowDays));
    if (!recent || !earlier)
        return std::nullopt;
    return UsageTrend{*earlier, *recent};
}

std::optional<double> licenceUtilisation(const AccountSignals& account, const QDate& asOf)
{
    const auto active = recentActiveUsers(account, asOf);
    if (!active || account.seats <= 0)
        return std::nullopt;
    return *active / account.seats;
}

} // namespace tenure::health
