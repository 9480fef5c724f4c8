#include "datathrough.h"

#include "store/bookdates.h"
#include "store/sqlite.h"

namespace tenure::health {

QDate dataThrough(store::Connection& connection, const QDate& today)
{
    auto latest = connection.prepare(
        "SELECT max(day) FROM ("
        " SELECT start_on AS day FROM subscription_periods"
        " UNION ALL SELECT end_on FROM subscription_periods"
        " UNION ALL SELECT canceled_on FROM subscription_periods"
        " UNION ALL SELECT date(period_start, '+' || (period_days - 1) || ' days') FROM usage"
        " UNION ALL SELECT opened_on FROM tickets"
        " UNION ALL SELECT closed_on FROM tickets"
        " UNION ALL SELECT responded_on FROM survey_responses"
        " UNION ALL SELECT occurred_on FROM actions"
        " UNION ALL SELECT occurred_on FROM account_events"
        ") WHERE day <= ?");
    latest.bind(1, today.toString(Qt::ISODate));
    if (!latest.step() || latest.isNull(0))
        return {};
    return store::parseIsoDate(latest.utf8Value(0));
}

} // namespace tenure::health
