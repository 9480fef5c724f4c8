#include "accountpagetables.h"
#include "cellformat.h"

#include <QCoreApplication>

namespace tenure::account {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::account::AccountTables)
};

QString npsCategory(int score)
{
    return score >= 9   ? Messages::tr("Promoter")
           : score >= 7 ? Messages::tr("Passive")
                        : Messages::tr("Detractor");
}

QString goalStatusName(const QString& status)
{
    if (status == QLatin1String("achieved"))
        return Messages::tr("Achieved");
    if (status == QLatin1String("missed"))
        return Messages::tr("Missed");
    if (status == QLatin1String("dropped"))
        return Messages::tr("Dropped");
    return Messages::tr("Open");
}

Cell optionalNumber(const std::optional<double>& value, const QLocale& locale)
{
    return value ? format::number(*value, 0, locale) : format::text({});
}

} // namespace

QString contactRoleName(const QString& role)
{
    if (role == QLatin1String("buyer"))
        return Messages::tr("Buyer");
    if (role == QLatin1String("executive_sponsor"))
        return Messages::tr("Executive sponsor");
    if (role == QLatin1String("champion"))
        return Messages::tr("Champion");
    if (role == QLatin1String("admin"))
        return Messages::tr("Admin");
    if (role == QLatin1String("power_user"))
        return Messages::tr("Power user");
    if (role == QLatin1String("it"))
        return Messages::tr("IT");
    return Messages::tr("User");
}

QString contactStatusName(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Active:
        return Messages::tr("Active");
    case ContactStatus::GoneDark:
        return Messages::tr("Gone dark");
    case ContactStatus::Left:
        return Messages::tr("Left");
    }
    return {};
}

CellTable ticketsTable(const AccountDetail& detail, const QLocale& locale)
{
    CellTable table{{Messages::tr("Ticket"), Messages::tr("Opened"), Messages::tr("Closed"),
                     Messages::tr("Days open"), Messages::tr("Priority"), Messages::tr("Type"),
                     Messages::tr("Escalated"), Messages::tr("Subject")},
                    {3},
                    {}};
    for (const TicketRow& ticket : detail.tickets) {
        const QDate end = ticket.closed.isValid() ? ticket.closed : detail.asOf;
        Cell closed = format::date(ticket.closed, locale);
        if (!ticket.closed.isValid())
            closed.text = Messages::tr("open");
        table.rows.push_back({{format::text(ticket.reference), format::date(ticket.opened, locale),
                               closed, format::number(ticket.opened.daysTo(end), 0, locale),
                               format::text(ticket.priority), format::text(ticket.type),
                               format::text(ticket.escalated ? Messages::tr("yes") : QString()),
                               format::text(ticket.subject, ticket.subject)},
                              {},
                              false});
    }
    return table;
}

CellTable surveysTable(const AccountDetail& detail, const QLocale& locale)
{
    CellTable table{{Messages::tr("Date"), Messages::tr("Survey"), Messages::tr("Score"),
                     Messages::tr("Category"), Messages::tr("From"), Messages::tr("Comment")},
                    {2},
                    {}};
    for (const SurveyRow& survey : detail.surveys) {
        const bool nps = survey.kind == QLatin1String("nps");
        table.rows.push_back(
            {{format::date(survey.respondedOn, locale),
              format::text(nps ? Messages::tr("NPS") : Messages::tr("CSAT")),
              format::number(survey.score, 0, locale),
              format::text(nps ? npsCategory(survey.score)
                               : Messages::tr("%1 of 5").arg(survey.score)),
              format::text(survey.contactName), format::text(survey.comment, survey.comment)},
             {},
             false});
    }
    return table;
}

CellTable contactsTable(const AccountDetail& detail, const QLocale& locale)
{
    CellTable table{{Messages::tr("Name"), Messages::tr("Title"), Messages::tr("Role"),
                     Messages::tr("Status"), Messages::tr("Last active"), Messages::tr("Left on")},
                    {},
                    {}};
    for (const ContactRow& contact : detail.contacts) {
        Cell status = format::text(contactStatusName(contact.status));
        status.sortValue = static_cast<int>(contact.status);
        table.rows.push_back(
            {{format::text(contact.name), format::text(contact.title),
              format::text(contactRoleName(contact.role)), status,
              format::date(contact.lastActive, locale), format::date(contact.leftOn, locale)},
             static_cast<int>(contact.status),
             false});
    }
    return table;
}

CellTable goalsTable(const AccountDetail& detail, const QLocale& locale)
{
    CellTable table{{Messages::tr("Goal"), Messages::tr("Metric"), Messages::tr("Target"),
                     Messages::tr("Achieved"), Messages::tr("Due"), Messages::tr("Status")},
                    {2, 3},
                    {}};
    for (const GoalRow& goal : detail.goals) {
        table.rows.push_back(
            {{format::text(goal.title, goal.title), format::text(goal.metric),
              optionalNumber(goal.target, locale), optionalNumber(goal.achieved, locale),
              format::date(goal.due, locale), format::text(goalStatusName(goal.status))},
             goal.status,
             false});
    }
    return table;
}

} // namespace tenure::account
