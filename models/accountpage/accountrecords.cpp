#include "accountrecords.h"

#include "metrics/month.h"
#include "store/bookdates.h"
#include "store/sqlite.h"

#include <algorithm>

namespace tenure::account::detail {

namespace {

store::Statement query(store::Connection& db, const char* sql, std::int64_t id, const QDate& asOf)
{
    auto rows = db.prepare(sql);
    rows.bind(1, id).bind(2, asOf.toString(Qt::ISODate));
    return rows;
}

std::optional<double> optionalDouble(const store::Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.doubleValue(column));
}

} // namespace

std::vector<TicketRow> readTickets(store::Connection& db, std::int64_t id, const QDate& asOf)
{
    std::vector<TicketRow> tickets;
    auto rows = query(db,
                      "SELECT id, external_id, subject, priority, type, opened_on, closed_on, "
                      "escalated FROM tickets WHERE account_id = ?1 AND opened_on <= ?2 "
                      "ORDER BY opened_on DESC, id DESC",
                      id, asOf);
    while (rows.step()) {
        const QString reference =
            rows.isNull(1) ? QStringLiteral("#%1").arg(rows.intValue(0)) : rows.textValue(1);
        tickets.push_back({reference, rows.textValue(2), rows.textValue(3), rows.textValue(4),
                           store::dateAt(rows, 5), store::knownBy(store::dateAt(rows, 6), asOf),
                           rows.intValue(7) != 0});
    }
    return tickets;
}

std::vector<SurveyRow> readSurveys(store::Connection& db, std::int64_t id, const QDate& asOf)
{
    std::vector<SurveyRow> surveys;
    auto rows = query(db,
                      "SELECT s.responded_on, s.kind, s.score, s.comment, c.name "
                      "FROM survey_responses s LEFT JOIN contacts c ON c.id = s.contact_id "
                      "WHERE s.account_id = ?1 AND s.responded_on <= ?2 "
                      "ORDER BY s.responded_on DESC, s.id DESC",
                      id, asOf);
    while (rows.step()) {
        surveys.push_back({store::dateAt(rows, 0), rows.textValue(1),
                           static_cast<int>(rows.intValue(2)), rows.textValue(3),
                           rows.textValue(4)});
    }
    return surveys;
}

std::vector<ContactRow> readContacts(store::Connection& db, std::int64_t id, const QDate& asOf,
                                     const health::Thresholds& thresholds)
{
    std::vector<ContactRow> contacts;
    auto rows = query(db,
                      "SELECT name, title, role, last_active_on, left_on FROM contacts "
                      "WHERE account_id = ?1 AND (created_on IS NULL OR created_on <= ?2)",
                      id, asOf);
    while (rows.step()) {
        ContactRow contact{rows.textValue(0),
                           rows.textValue(1),
                           rows.textValue(2),
                           std::min(store::dateAt(rows, 3), asOf),
                           store::knownBy(store::dateAt(rows, 4), asOf),
                           ContactStatus::Active};
        if (contact.leftOn.isValid())
            contact.status = ContactStatus::Left;
        else if (!contact.lastActive.isValid() ||
                 contact.lastActive.daysTo(asOf) > thresholds.goneDarkDays)
            contact.status = ContactStatus::GoneDark;
        contacts.push_back(std::move(contact));
    }
    std::sort(contacts.begin(), contacts.end(), [](const ContactRow& a, const ContactRow& b) {
        if (a.status != b.status)
            return a.status < b.status;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return contacts;
}

std::vector<GoalRow> readGoals(store::Connection& db, std::int64_t id, const QDate& asOf)
{
    std::vector<GoalRow> goals;
    auto rows = query(db,
                      "SELECT title, metric, target, achieved, due_on, achieved_on, status "
                      "FROM goals WHERE account_id = ?1 ORDER BY due_on IS NULL, due_on, id",
                      id, asOf);
    while (rows.step()) {
        GoalRow goal{rows.textValue(0),       rows.textValue(1),
                     optionalDouble(rows, 2), {},
                     store::dateAt(rows, 4),  {}};
        const QDate achievedOn = store::dateAt(rows, 5);
        const QString status = rows.textValue(6);
        const bool overdue = goal.due.isValid() && goal.due < asOf;
        // The stored status is today's; on an earlier as-of date an achievement
        // dated later had not happened, and a goal not yet due was not missed.
        if (achievedOn.isValid())
            goal.status = achievedOn <= asOf ? QStringLiteral("achieved")
                          : overdue          ? QStringLiteral("missed")
                                             : QStringLiteral("open");
        else if (status == QLatin1String("achieved") || status == QLatin1String("dropped"))
            goal.status = status;
        else
            goal.status = overdue ? QStringLiteral("missed") : QStringLiteral("open");
        if (!achievedOn.isValid() || achievedOn <= asOf)
            goal.achieved = optionalDouble(rows, 3);
        goals.push_back(std::move(goal));
    }
    return goals;
}

std::vector<UsagePoint> readUsage(store::Connection& db, std::int64_t id, const QDate& asOf)
{
    std::vector<UsagePoint> weeks;
    auto rows = query(db,
                      "SELECT period_start, period_days, active_users FROM usage "
                      "WHERE account_id = ?1 AND period_start <= ?2 AND period_start > ?3 "
                      "ORDER BY period_start",
                      id, asOf);
    rows.bind(3, asOf.addYears(-1).toString(Qt::ISODate));
    while (rows.step()) {
        // Daily rows fold into their Monday-based week, as the health signals do.
        const QDate day = store::dateAt(rows, 0);
        const QDate week = rows.intValue(1) == 7 ? day : day.addDays(1 - day.dayOfWeek());
        if (weeks.empty() || weeks.back().week != week)
            weeks.push_back({week, 0});
        weeks.back().activeUsers =
            std::max(weeks.back().activeUsers, static_cast<int>(rows.intValue(2)));
    }
    return weeks;
}

} // namespace tenure::account::detail
