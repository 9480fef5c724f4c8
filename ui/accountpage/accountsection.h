#pragma once

#include "health/riskreason.h"

namespace tenure::ui {

// The account page's tabs, in order.
enum class AccountSection {
    Health,
    Usage,
    Billing,
    Tickets,
    Surveys,
    Contacts,
    Goals,
    Timeline,
    Work, // plays, tasks and the action log
};

// Where a reason's evidence is shown: its data's own tab (the action log for
// actions), the timeline for what only it lists (requests, events), and the health
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
    case EvidenceSource::Actions:
        return AccountSection::Work;
    case EvidenceSource::Requests:
    case EvidenceSource::Events:
        return AccountSection::Timeline;
    case EvidenceSource::Account:
        break;
    }
    return AccountSection::Health;
}

} // namespace tenure::ui
