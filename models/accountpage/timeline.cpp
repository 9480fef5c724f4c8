#include "accountrecords.h"
#include "metrics/currency.h"
#include "metrics/movements.h"
#include "store/bookdates.h"
#include "store/sqlite.h"

#include <QCoreApplication>

#include <algorithm>

namespace tenure::account::detail {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::account::Timeline)
};

QString movementTitle(metrics::MovementKind kind)
{
    switch (kind) {
    case metrics::MovementKind::New:
        return Messages::tr("New subscription");
    case metrics::MovementKind::Reactivation:
        return Messages::tr("Reactivated");
    case metrics::MovementKind::Expansion:
        return Messages::tr("Expansion");
    case metrics::MovementKind::Contraction:
        return Messages::tr("Contraction");
    case metrics::MovementKind::Churn:
        return Messages::tr("Churned");
    case metrics::MovementKind::None:
        break;
    }
    return {};
}

// One entry per month whose MRR moved, dated at the month's end (or the as-of
// date for the current month), where the metrics measure it.
void addBillingMovements(const AccountDetail& detail, std::vector<TimelineEntry>& timeline)
{
    const QLocale locale;
    metrics::Month lastPaid;
    std::int64_t before = 0;
    for (const MrrPoint& point : detail.mrrHistory) {
        const bool activeEarlier = metrics::returnIsReactivation(
            lastPaid, point.month, detail.conventions.reactivationWindowMonths);
        const auto kind = metrics::classify(before, point.mrr, activeEarlier);
        if (kind != metrics::MovementKind::None) {
            const QString format = QStringLiteral("%1 → %2");
            timeline.push_back(
                {std::min(point.month.lastDay(), detail.asOf), TimelineKind::Billing,
                 movementTitle(kind),
                 Messages::tr("MRR %1").arg(
                     format.arg(metrics::formatMoney(before, detail.facts.currency, locale),
                                metrics::formatMoney(point.mrr, detail.facts.currency, locale)))});
        }
        if (point.mrr > 0)
            lastPaid = point.month;
        before = point.mrr;
    }
}

void addTable(store::Connection& db, const AccountDetail& detail, const char* sql,
              TimelineKind kind, std::vector<TimelineEntry>& timeline,
              QString (*title)(const store::Statement&))
{
    auto rows = db.prepare(sql);
    rows.bind(1, detail.facts.id).bind(2, detail.asOf.toString(Qt::ISODate));
    while (rows.step())
        timeline.push_back({store::dateAt(rows, 0), kind, title(rows), rows.textValue(2)});
}

} // namespace

std::vector<TimelineEntry> buildTimeline(store::Connection& db, const AccountDetail& detail)
{
    std::vector<TimelineEntry> timeline;
    addTable(db, detail,
             "SELECT occurred_on, kind, summary || coalesce(' — ' || outcome, '') FROM actions "
             "WHERE account_id = ?1 AND occurred_on <= ?2",
             TimelineKind::Action, timeline, [](const store::Statement& row) {
                 return Messages::tr("CSM %1").arg(row.textValue(1));
             });
    addTable(db, detail,
             "SELECT requested_on, kind, title FROM feature_requests "
             "WHERE account_id = ?1 AND requested_on <= ?2",
             TimelineKind::Request, timeline, [](const store::Statement& row) {
                 return Messages::tr("Request (%1)").arg(row.textValue(1));
             });
    addTable(db, detail,
             "SELECT occurred_on, kind, description FROM account_events "
             "WHERE account_id = ?1 AND occurred_on <= ?2",
             TimelineKind::Event, timeline, [](const store::Statement& row) {
                 return Messages::tr("Customer event: %1").arg(row.textValue(1));
             });
    for (const TicketRow& ticket : detail.tickets) {
        // Closed before opened: on a same-day ticket, newest first after the sort.
        if (ticket.closed.isValid())
            timeline.push_back({ticket.closed, TimelineKind::Ticket,
                                Messages::tr("Ticket %1 closed").arg(ticket.reference),
                                ticket.subject});
        timeline.push_back({ticket.opened, TimelineKind::Ticket,
                            Messages::tr("Ticket %1 opened").arg(ticket.reference),
                            ticket.subject});
    }
    for (const SurveyRow& survey : detail.surveys) {
        const QString who =
            survey.contactName.isEmpty() ? Messages::tr("a contact") : survey.contactName;
        timeline.push_back(
            {survey.respondedOn, TimelineKind::Survey,
             Messages::tr("%1 %2 from %3").arg(survey.kind.toUpper()).arg(survey.score).arg(who),
             survey.comment});
    }
    addBillingMovements(detail, timeline);
    // Newest first; on one day, in the order added (stable).
    std::stable_sort(
        timeline.begin(), timeline.end(),
        [](const TimelineEntry& a, const TimelineEntry& b) { return a.date > b.date; });
    return timeline;
}

} // namespace tenure::account::detail
