#include "riskreason.h"

#include <QCoreApplication>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::RiskReason)
};

} // namespace

QString reasonTitle(const QString& code)
{
    if (code == reason::NoValue)
        return Messages::tr("Value not realised");
    if (code == reason::StalledOnboarding)
        return Messages::tr("Stalled onboarding");
    if (code == reason::SponsorChange)
        return Messages::tr("Sponsor change");
    if (code == reason::LowAdoption)
        return Messages::tr("Low adoption");
    if (code == reason::ProductGap)
        return Messages::tr("Product gap");
    if (code == reason::SupportProblems)
        return Messages::tr("Support problems");
    if (code == reason::NegativeFeedback)
        return Messages::tr("Negative feedback");
    if (code == reason::NoProactiveContact)
        return Messages::tr("No proactive contact");
    if (code == reason::CustomerEvent)
        return Messages::tr("Customer-side event");
    if (code == reason::Contraction)
        return Messages::tr("Contraction");
    if (code == reason::RenewalRisk)
        return Messages::tr("Renewal at risk");
    return code;
}

QStringList allReasonCodes()
{
    return {reason::NoValue,          reason::StalledOnboarding,  reason::SponsorChange,
            reason::LowAdoption,      reason::ProductGap,         reason::SupportProblems,
            reason::NegativeFeedback, reason::NoProactiveContact, reason::CustomerEvent,
            reason::Contraction,      reason::RenewalRisk};
}

} // namespace tenure::health
