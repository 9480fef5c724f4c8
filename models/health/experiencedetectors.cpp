// Detectors of the customer's experience: product gaps, support problems and
// negative feedback.
#include "detectors.h"

#include <QCoreApplication>

#include <algorithm>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::Detectors)
};

bool within(const QDate& date, const QDate& asOf, int days)
{
    return date.isValid() && date <= asOf && date.daysTo(asOf) <= days;
}

} // namespace

std::optional<RiskReason> detectProductGap(const AccountSignals& account,
                                           const DetectionContext& context)
{
    const Thresholds& limits = context.thresholds;
    std::vector<const RequestSignal*> recent;
    bool pricing = false;
    for (const RequestSignal& request : account.requests) {
        if (within(request.requestedOn, context.asOf, limits.requestLookbackDays)) {
            recent.push_back(&request);
            pricing = pricing || request.kind == QLatin1String("pricing");
        }
    }
    if (static_cast<int>(recent.size()) < limits.featureRequestsForGap && !pricing)
        return std::nullopt;
    const RequestSignal* latest = recent.back();
    return RiskReason{
        reason::ProductGap,
        std::min(1.0, 0.2 + 0.15 * static_cast<double>(recent.size()) + (pricing ? 0.2 : 0)),
        Messages::tr("%n request(s) in %1 days, latest \"%2\" (%3)", "",
                     static_cast<int>(recent.size()))
            .arg(limits.requestLookbackDays)
            .arg(latest->title, latest->requestedOn.toString(Qt::ISODate)),
        EvidenceSource::Requests};
}

std::optional<RiskReason> detectSupportProblems(const AccountSignals& account,
                                                const DetectionContext& context)
{
    const Thresholds& limits = context.thresholds;
    int old = 0;
    int escalated = 0;
    int bugs = 0;
    for (const TicketSignal& ticket : account.tickets) {
        const bool open = !ticket.closed.isValid();
        if (open && ticket.opened.daysTo(context.asOf) > limits.oldTicketDays)
            ++old;
        if (ticket.escalated && within(ticket.opened, context.asOf, kEscalationWindowDays))
            ++escalated;
        if (open && ticket.type == QLatin1String("bug"))
            ++bugs;
    }
    if (old < limits.oldTicketsForProblem && escalated < limits.escalationsForProblem)
        return std::nullopt;
    QString evidence =
        Messages::tr("%n ticket(s) open more than %1 days", "", old).arg(limits.oldTicketDays);
    if (escalated > 0)
        evidence += Messages::tr(", %n escalated in 90 days", "", escalated);
    if (bugs > 0)
        evidence += Messages::tr(", %n open bug(s)", "", bugs);
    return RiskReason{reason::SupportProblems, std::min(1.0, 0.15 * old + 0.2 * escalated),
                      evidence, EvidenceSource::Tickets};
}

std::optional<RiskReason> detectNegativeFeedback(const AccountSignals& account,
                                                 const DetectionContext& context)
{
    const Thresholds& limits = context.thresholds;
    // The latest answer speaks for the account: a detractor who has since
    // become a promoter is not a risk any more.
    const SurveySignal* latest = nullptr;
    for (const SurveySignal& survey : account.surveys) {
        if (within(survey.respondedOn, context.asOf, limits.feedbackLookbackDays))
            latest = &survey;
    }
    if (!latest)
        return std::nullopt;
    const bool nps = latest->kind == QLatin1String("nps");
    const bool negative =
        nps ? latest->score <= limits.detractorMaxNps : latest->score <= limits.poorMaxCsat;
    if (!negative)
        return std::nullopt;
    QString evidence = nps ? Messages::tr("NPS %1 (detractor)").arg(latest->score)
                           : Messages::tr("CSAT %1 of 5").arg(latest->score);
    if (!latest->contactName.isEmpty())
        evidence += Messages::tr(" from %1").arg(latest->contactName);
    evidence += Messages::tr(" on %1").arg(latest->respondedOn.toString(Qt::ISODate));
    if (!latest->comment.isEmpty())
        evidence += QStringLiteral(": \u201c%1\u201d").arg(latest->comment);
    const double severity = nps ? 1.0 - latest->score / 10.0 : 1.0 - (latest->score - 1) / 4.0;
    return RiskReason{reason::NegativeFeedback, std::clamp(severity, 0.3, 1.0), evidence,
                      EvidenceSource::Surveys};
}

} // namespace tenure::health
