// Detectors of the relationship: sponsor change, no proactive contact, and
// events on the customer's side.
#include "detectors.h"

#include <QCoreApplication>

#include <algorithm>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::Detectors)
};

bool isSponsor(const ContactSignal& contact)
{
    return contact.role == QLatin1String("champion") ||
           contact.role == QLatin1String("executive_sponsor");
}

QString roleName(const QString& role)
{
    if (role == QLatin1String("champion"))
        return Messages::tr("Champion");
    if (role == QLatin1String("executive_sponsor"))
        return Messages::tr("Executive sponsor");
    return role;
}

bool isActive(const ContactSignal& contact, const QDate& asOf, int goneDarkDays)
{
    return !contact.leftOn.isValid() && contact.lastActive.isValid() &&
           contact.lastActive.daysTo(asOf) <= goneDarkDays;
}

int silentDaysAllowed(const QString& segment, const Thresholds& limits)
{
    if (segment.contains(QLatin1String("high"), Qt::CaseInsensitive))
        return limits.silentDaysHighTouch;
    if (segment.contains(QLatin1String("tech"), Qt::CaseInsensitive))
        return limits.silentDaysTechTouch;
    return limits.silentDaysLowTouch;
}

double eventSeverity(const QString& kind)
{
    if (kind == QLatin1String("closing"))
        return 1.0;
    if (kind == QLatin1String("acquired") || kind == QLatin1String("merged"))
        return 0.8;
    if (kind == QLatin1String("restructured"))
        return 0.6;
    if (kind == QLatin1String("leadership_change"))
        return 0.5;
    return 0; // funding and other events are news, not risk
}

QString eventName(const QString& kind)
{
    if (kind == QLatin1String("closing"))
        return Messages::tr("Closing down");
    if (kind == QLatin1String("acquired"))
        return Messages::tr("Acquired");
    if (kind == QLatin1String("merged"))
        return Messages::tr("Merged");
    if (kind == QLatin1String("restructured"))
        return Messages::tr("Restructured");
    return Messages::tr("Leadership change");
}

} // namespace

std::optional<RiskReason> detectSponsorChange(const AccountSignals& account,
                                              const DetectionContext& context)
{
    const Thresholds& limits = context.thresholds;
    const auto& contacts = account.contacts;
    const bool sponsorRemains = std::any_of(contacts.begin(), contacts.end(), [&](const auto& c) {
        return isSponsor(c) && isActive(c, context.asOf, limits.goneDarkDays);
    });
    if (sponsorRemains)
        return std::nullopt;

    const ContactSignal* left = nullptr;
    const ContactSignal* dark = nullptr;
    for (const ContactSignal& contact : contacts) {
        if (!isSponsor(contact))
            continue;
        if (contact.leftOn.isValid() &&
            contact.leftOn.daysTo(context.asOf) <= limits.sponsorLookbackDays) {
            if (!left || contact.leftOn > left->leftOn)
                left = &contact;
        } else if (!contact.leftOn.isValid()) {
            dark = &contact;
        }
    }
    if (left) {
        return RiskReason{
            reason::SponsorChange, 0.8,
            Messages::tr("%1 %2 left on %3; no other sponsor")
                .arg(roleName(left->role), left->name, left->leftOn.toString(Qt::ISODate)),
            EvidenceSource::Contacts};
    }
    if (dark) {
        const QString since =
            dark->lastActive.isValid()
                ? Messages::tr("last active %1 days ago").arg(dark->lastActive.daysTo(context.asOf))
                : Messages::tr("never active");
        return RiskReason{reason::SponsorChange, 0.5,
                          Messages::tr("%1 %2 has gone dark (%3); no other sponsor")
                              .arg(roleName(dark->role), dark->name, since),
                          EvidenceSource::Contacts};
    }
    return std::nullopt;
}

std::optional<RiskReason> detectNoProactiveContact(const AccountSignals& account,
                                                   const DetectionContext& context)
{
    if (!account.contactHistoryKnown)
        return std::nullopt; // no activity history in the book: silence is unknown, not risk
    const int allowed = silentDaysAllowed(account.segment, context.thresholds);
    const ActionSignal* last = account.lastAction ? &*account.lastAction : nullptr;
    const QDate since = last ? last->occurredOn : account.createdOn;
    if (!since.isValid())
        return std::nullopt;
    const auto silent = since.daysTo(context.asOf);
    if (silent <= allowed)
        return std::nullopt;
    const QString evidence =
        last ? Messages::tr("No CSM contact for %1 days (last: %2 on %3)")
                   .arg(silent)
                   .arg(last->kind, last->occurredOn.toString(Qt::ISODate))
             : Messages::tr("No CSM contact logged since the account started %1 days ago")
                   .arg(silent);
    return RiskReason{reason::NoProactiveContact,
                      std::min(1.0, 0.3 + 0.5 * (silent - allowed) / static_cast<double>(allowed)),
                      evidence, EvidenceSource::Actions};
}

std::optional<RiskReason> detectCustomerEvent(const AccountSignals& account,
                                              const DetectionContext& context)
{
    const EventSignal* worst = nullptr;
    for (const EventSignal& event : account.events) {
        if (event.occurredOn.daysTo(context.asOf) > context.thresholds.eventLookbackDays)
            continue;
        if (eventSeverity(event.kind) > 0 &&
            (!worst || eventSeverity(event.kind) >= eventSeverity(worst->kind)))
            worst = &event;
    }
    if (!worst)
        return std::nullopt;
    QString evidence = Messages::tr("%1 on %2")
                           .arg(eventName(worst->kind), worst->occurredOn.toString(Qt::ISODate));
    if (!worst->description.isEmpty())
        evidence += QStringLiteral(": ") + worst->description;
    return RiskReason{reason::CustomerEvent, eventSeverity(worst->kind), evidence,
                      EvidenceSource::Events};
}

} // namespace tenure::health
