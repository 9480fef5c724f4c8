#pragma once

#include "health/riskreason.h"

namespace tenure::ui {

// The account page's tabs, in order.
enum class AccountSection { Health, Usage, Billing, Tickets, Surveys, Contacts, Goals, Timeline };

// Where a reason's evidence is shown: its data's own tab, the timeline for
// what only the timeline lists (actions, requests, events), and the health
// breakdown for facts of the account itself (onboarding, renewal).
inline AccountSection sectionFor(health::EvidenceSource source)
{
    using health::EvidenceSource;
    switch (source) {
    case EvidenceSource::Usage:
        return AccountSection::Usage;
    case EvidenceSource::Contacts:
        return AccountSection::Contacts;
    case EvidenceSource::Tickets:
        return AccountSection::Tickets;
    case EvidenceSource::Surveys:
        return AccountSection::Surveys;
    case EvidenceSource::Goals:
        return AccountSection::Goals;
    case EvidenceSource::Billing:
        return AccountSection::Billing;
    case EvidenceSource::Requests:
    case EvidenceSource::Events:
    case EvidenceSource::Actions:
        return AccountSection::Timeline;
    case EvidenceSource::Account:
        break;
    }
    return AccountSection::Health;
}

} // namespace tenure::ui
