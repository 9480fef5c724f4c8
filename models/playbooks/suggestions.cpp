#include "suggestions.h"

#include "health/bookhealth.h"
#include "health/riskreason.h"

#include <QCoreApplication>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::Suggestion)
};

// Whether `day` arrived within the lifecycle window ending on `asOf`.
bool arrived(const QDate& day, const QDate& asOf)
{
    return day.isValid() && day <= asOf && day.daysTo(asOf) < kLifecycleWindowDays;
}

// Why a lifecycle play applies now; empty when it does not.
QString lifecycleWhy(const QString& moment, const AccountMoment& account, const QDate& asOf)
{
    if (moment == lifecycle::AfterOnboarding && arrived(account.goLiveOn.addDays(30), asOf))
        return Messages::tr("Went live on %1, 30 days ago.")
            .arg(account.goLiveOn.toString(Qt::ISODate));
    if (moment == lifecycle::BeforeRenewal && account.renewalOn.isValid() &&
        arrived(account.renewalOn.addDays(-60), asOf))
        return Messages::tr("Renews on %1, in %2 days.")
            .arg(account.renewalOn.toString(Qt::ISODate))
            .arg(asOf.daysTo(account.renewalOn));
    if (moment == lifecycle::PowerUserInactive) {
        for (const QDate& lastActive : account.powerUsersLastActive) {
            if (lastActive.isValid() && lastActive.daysTo(asOf) >= 14)
                return Messages::tr("A power user has not logged in since %1.")
                    .arg(lastActive.toString(Qt::ISODate));
        }
    }
    return {};
}

QString whyFor(const Playbook& playbook, const AccountMoment& account, const QDate& asOf)
{
    switch (playbook.trigger) {
    case TriggerKind::RiskReason: {
        const qsizetype fired = account.firedReasons.indexOf(playbook.triggerValue);
        if (fired < 0)
            return {};
        const QString evidence = account.firedEvidence.value(fired);
        const QString title = health::reasonTitle(playbook.triggerValue);
        return evidence.isEmpty()
                   ? Messages::tr("Risk reason: %1.").arg(title)
                   : Messages::tr("%1: %2", "a risk reason and its evidence").arg(title, evidence);
    }
    case TriggerKind::QuadrantChange:
        return account.previousQuadrant && *account.previousQuadrant != account.quadrant &&
                       health::quadrantCode(account.quadrant) == playbook.triggerValue
                   ? Messages::tr("Moved from %1 to %2.")
                         .arg(health::quadrantTitle(*account.previousQuadrant),
                              health::quadrantTitle(account.quadrant))
                   : QString();
    case TriggerKind::Lifecycle:
        return lifecycleWhy(playbook.triggerValue, account, asOf);
    case TriggerKind::Manual:
        break;
    }
    return {};
}

} // namespace

AccountMoment momentOf(const health::AccountSignals& signals, const health::AccountHealth& health)
{
    AccountMoment moment;
    moment.segment = signals.segment;
    for (const health::RiskReason& reason : health.reasons) {
        moment.firedReasons.append(reason.code);
        moment.firedEvidence.append(reason.evidence);
    }
    moment.quadrant = health.quadrant;
    moment.goLiveOn = signals.goLiveOn;
    moment.renewalOn = signals.renewalOn;
    for (const health::ContactSignal& contact : signals.contacts) {
        if (contact.role == QLatin1String("power_user") && !contact.leftOn.isValid())
            moment.powerUsersLastActive.push_back(contact.lastActive);
    }
    return moment;
}

std::vector<Suggestion> suggestPlays(const std::vector<Playbook>& library,
                                     const AccountMoment& moment, const QDate& asOf)
{
    std::vector<Suggestion> reasonPlays;
    std::vector<Suggestion> others;
    for (const Playbook& playbook : library) {
        if (playbook.oneToMany || !playbook.appliesToSegment(moment.segment) ||
            moment.runningPlaybooks.contains(playbook.code))
            continue;
        const QString why = whyFor(playbook, moment, asOf);
        if (why.isEmpty())
            continue;
        auto& into = playbook.trigger == TriggerKind::RiskReason ? reasonPlays : others;
        into.push_back({playbook.code, why});
    }
    std::stable_sort(reasonPlays.begin(), reasonPlays.end(), [&](const auto& a, const auto& b) {
        const auto reasonOf = [&](const Suggestion& s) {
            for (const Playbook& playbook : library) {
                if (playbook.code == s.playbookCode)
                    return moment.firedReasons.indexOf(playbook.triggerValue);
            }
            return qsizetype{-1};
        };
        return reasonOf(a) < reasonOf(b);
    });
    reasonPlays.insert(reasonPlays.end(), others.begin(), others.end());
    return reasonPlays;
}

} // namespace tenure::playbooks
