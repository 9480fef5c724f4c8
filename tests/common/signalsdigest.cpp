#include "signalsdigest.h"

#include <QStringList>

namespace tenure::test {

QString digest(const health::AccountSignals& a)
{
    const auto day = [](const QDate& date) {
        return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
    };
    QStringList parts{QString::number(a.id),
                      a.name,
                      a.segment,
                      a.owner,
                      QString::number(a.seats),
                      day(a.createdOn),
                      day(a.onboardingTargetOn),
                      day(a.goLiveOn),
                      day(a.renewalOn),
                      a.currency,
                      QString::number(a.mrrNow),
                      QString::number(a.mrr90DaysAgo)};
    for (const auto& w : a.usage)
        parts << QStringLiteral("u %1 %2 %3 %4")
                     .arg(day(w.start))
                     .arg(w.activeUsers)
                     .arg(w.sessions)
                     .arg(w.keyEvents);
    for (const auto& c : a.contacts)
        parts << QStringLiteral("c ") + c.name + u' ' + c.role + u' ' + day(c.lastActive) + u' ' +
                     day(c.leftOn);
    for (const auto& t : a.tickets)
        parts << QStringLiteral("t ") + day(t.opened) + u' ' + day(t.closed) + u' ' + t.priority +
                     u' ' + t.type + (t.escalated ? u'!' : u'.');
    if (a.hadTicket)
        parts << QStringLiteral("t ever");
    for (const auto& r : a.surveys)
        parts << QStringLiteral("s ") + day(r.respondedOn) + u' ' + r.kind + u' ' +
                     QString::number(r.score) + u' ' + r.comment + u' ' + r.contactName;
    for (const auto& r : a.requests)
        parts << QStringLiteral("r ") + day(r.requestedOn) + u' ' + r.kind + u' ' + r.title;
    for (const auto& g : a.goals)
        parts << QStringLiteral("g %1 %2 %3 %4 %5")
                     .arg(g.title)
                     .arg(g.target)
                     .arg(g.achieved)
                     .arg(day(g.due), day(g.achievedOn));
    for (const auto& e : a.events)
        parts << QStringLiteral("e ") + day(e.occurredOn) + u' ' + e.kind + u' ' + e.description;
    if (const auto& x = a.lastAction)
        parts << QStringLiteral("x ") + day(x->occurredOn) + u' ' + x->kind;
    if (!a.contactHistoryKnown)
        parts << QStringLiteral("x unknown");
    return parts.join(u'|');
}

} // namespace tenure::test
