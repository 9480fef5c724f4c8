#include "datathrough.h"

#include "store/bookdates.h"
#include "store/sqlite.h"

#include <algorithm>
#include <string>

namespace tenure::health {

namespace {

// The latest date of a record other than usage on or before `today`. Each
// max is taken over a bare column, which SQLite reads through an index where
// there is one.
QDate latestRecord(store::Connection& connection, const QDate& today)
{
    auto latest = connection.prepare("SELECT max(day) FROM ("
                                     " SELECT max(start_on) AS day FROM subscription_periods"
                                     "  WHERE start_on <= ?1"
                                     " UNION ALL SELECT max(end_on) FROM subscription_periods"
                                     "  WHERE end_on <= ?1"
                                     " UNION ALL SELECT max(canceled_on) FROM subscription_periods"
                                     "  WHERE canceled_on <= ?1"
                                     " UNION ALL SELECT max(opened_on) FROM tickets"
                                     "  WHERE opened_on <= ?1"
                                     " UNION ALL SELECT max(closed_on) FROM tickets"
                                     "  WHERE closed_on <= ?1"
                                     " UNION ALL SELECT max(responded_on) FROM survey_responses"
                                     "  WHERE responded_on <= ?1"
                                     " UNION ALL SELECT max(occurred_on) FROM actions"
                                     "  WHERE occurred_on <= ?1"
                                     " UNION ALL SELECT max(occurred_on) FROM account_events"
                                     "  WHERE occurred_on <= ?1)");
    latest.bind(1, today.toString(Qt::ISODate));
    if (!latest.step() || latest.isNull(0))
        return {};
    return store::parseIsoDate(latest.utf8Value(0));
}

} // namespace

std::vector<QDate> dataThrough(store::Connection& connection, const std::vector<QDate>& todays)
{
    std::vector<QDate> latest;
    if (todays.empty())
        return latest;
    for (const QDate& today : todays)
        latest.push_back(latestRecord(connection, today));
    // Usage moves a date past its other records' latest day only with a
    // period ending after that day, so starting at most six days before it:
    // only those are read, account by account through the usage's key, not
    // the millions of older weeks. A period lasts one day or seven, so it
    // ends on its start, or its start plus six: no date arithmetic per row.
    const QDate to = *std::max_element(todays.begin(), todays.end());
    QDate from = to;
    for (const QDate& day : latest)
        from = day.isValid() ? std::min(from, day.addDays(-6)) : QDate();
    std::string usageSql = "SELECT ";
    for (std::size_t i = 0; i < todays.size(); ++i) {
        const std::string day = std::to_string(2 * i + 3), weekStart = std::to_string(2 * i + 4);
        usageSql.append(i ? ", " : "")
            .append("max(CASE WHEN u.period_days = 1 AND u.period_start <= ?")
            .append(day)
            .append(" THEN u.period_start END), max(CASE WHEN u.period_days = 7 AND "
                    "u.period_start <= ?")
            .append(weekStart)
            .append(" THEN u.period_start END)");
    }
    // CROSS JOIN keeps the accounts outside, so each one's recent usage is sought.
    usageSql += " FROM accounts a CROSS JOIN usage u ON u.account_id = a.id"
                " AND u.period_start > ?1 AND u.period_start <= ?2";
    auto usage = connection.prepare(usageSql);
    usage.bind(1, from.isValid() ? from.toString(Qt::ISODate)
                                 : QStringLiteral("") /* before every date */);
    usage.bind(2, to.toString(Qt::ISODate));
    for (std::size_t i = 0; i < todays.size(); ++i) {
        usage.bind(static_cast<int>(2 * i + 3), todays[i].toString(Qt::ISODate));
        usage.bind(static_cast<int>(2 * i + 4), todays[i].addDays(-6).toString(Qt::ISODate));
    }
    usage.step();
    for (std::size_t i = 0; i < todays.size(); ++i) {
        const int column = static_cast<int>(2 * i);
        const QDate daily = store::parseIsoDate(usage.utf8Value(column));
        const QDate weekStart = store::parseIsoDate(usage.utf8Value(column + 1));
        latest[i] =
            std::max({latest[i], daily, weekStart.isValid() ? weekStart.addDays(6) : QDate()});
    }
    return latest;
}

QDate dataThrough(store::Connection& connection, const QDate& today)
{
    return dataThrough(connection, std::vector<QDate>{today}).front();
}

} // namespace tenure::health
