#pragma once

#include <QString>
#include <QStringList>

namespace tenure::health {

// The stable codes of the churn causes in docs/domain.md, one detector each.
namespace reason {
inline const QString NoValue = QStringLiteral("no_value");
inline const QString StalledOnboarding = QStringLiteral("stalled_onboarding");
inline const QString SponsorChange = QStringLiteral("sponsor_change");
inline const QString LowAdoption = QStringLiteral("low_adoption");
inline const QString ProductGap = QStringLiteral("product_gap");
inline const QString SupportProblems = QStringLiteral("support_problems");
inline const QString NegativeFeedback = QStringLiteral("negative_feedback");
inline const QString NoProactiveContact = QStringLiteral("no_proactive_contact");
inline const QString CustomerEvent = QStringLiteral("customer_event");
inline const QString Contraction = QStringLiteral("contraction");
inline const QString RenewalRisk = QStringLiteral("renewal_risk");
} // namespace reason

// Where the evidence of a reason lives, so a view can lead to the data behind it.
enum class EvidenceSource {
    Usage,
    Contacts,
    Tickets,
    Surveys,
    Requests,
    Goals,
    Events,
    Actions,
    Billing,
    Account
};

// A detector that fired: how bad it is, and why, in plain words with the numbers.
struct RiskReason
{
    QString code;
    double severity = 0; // 0 (barely) to 1 (as bad as it gets)
    QString evidence;
    EvidenceSource source = EvidenceSource::Account;
};

// A short, translated title for a reason code ("Sponsor change").
QString reasonTitle(const QString& code);
QStringList allReasonCodes();

} // namespace tenure::health
