// Detectors read from billing: contraction and a renewal at risk; and the
// list of every detector.
#include "detectors.h"
#include "metrics/currency.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::Detectors)
};

QString money(std::int64_t minor, const QString& currency)
{
    return metrics::formatMoney(minor, currency, QLocale());
}

} // namespace

std::optional<RiskReason> detectContraction(const AccountSignals& account,
                                            const DetectionContext& context)
{
    if (account.mrr90DaysAgo <= 0 || account.mrrNow <= 0 || account.mrrNow >= account.mrr90DaysAgo)
        return std::nullopt;
    const double fell = 100.0 * static_cast<double>(account.mrr90DaysAgo - account.mrrNow) /
                        static_cast<double>(account.mrr90DaysAgo);
    if (fell < context.thresholds.contractionPercent)
        return std::nullopt;
    return RiskReason{reason::Contraction, std::min(1.0, fell / 50.0),
                      Messages::tr("MRR fell %1% in 90 days (%2 → %3)")
                          .arg(std::lround(fell))
                          .arg(money(account.mrr90DaysAgo, account.currency),
                               money(account.mrrNow, account.currency)),
                      EvidenceSource::Billing};
}

std::optional<RiskReason> detectRenewalRisk(const AccountSignals& account,
                                            const DetectionContext& context,
                                            const std::vector<RiskReason>& otherReasons)
{
    if (!account.renewalOn.isValid() || account.renewalOn < context.asOf || otherReasons.empty())
        return std::nullopt;
    const auto days = context.asOf.daysTo(account.renewalOn);
    if (days > context.thresholds.renewalWindowDays)
        return std::nullopt;
    double worst = 0;
    for (const RiskReason& other : otherReasons)
        worst = std::max(worst, other.severity);
    // A renewal is at risk when something serious is open, not at every mild signal.
    if (worst < 0.5)
        return std::nullopt;
    const double closeness = 1.0 - static_cast<double>(days) / context.thresholds.renewalWindowDays;
    return RiskReason{reason::RenewalRisk, std::min(1.0, worst * (0.6 + 0.4 * closeness)),
                      Messages::tr("Renews in %1 days (%2) with %n risk reason(s) open", "",
                                   static_cast<int>(otherReasons.size()))
                          .arg(days)
                          .arg(account.renewalOn.toString(Qt::ISODate)),
                      EvidenceSource::Account};
}

std::vector<RiskReason> detectRiskReasons(const AccountSignals& account,
                                          const DetectionContext& context)
{
    using Detector = std::optional<RiskReason> (*)(const AccountSignals&, const DetectionContext&);
    static constexpr Detector detectors[] = {
        detectNoValue,       detectStalledOnboarding,  detectLowAdoption,
        detectSponsorChange, detectNoProactiveContact, detectCustomerEvent,
        detectProductGap,    detectSupportProblems,    detectNegativeFeedback,
        detectContraction};
    std::vector<RiskReason> reasons;
    for (const Detector detect : detectors) {
        if (auto found = detect(account, context))
            reasons.push_back(std::move(*found));
    }
    if (auto renewal = detectRenewalRisk(account, context, reasons))
        reasons.push_back(std::move(*renewal));
    std::stable_sort(reasons.begin(), reasons.end(), [](const RiskReason& a, const RiskReason& b) {
        return a.severity > b.severity;
    });
    return reasons;
}

} // namespace tenure::health
