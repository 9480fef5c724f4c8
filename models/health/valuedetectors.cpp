// Detectors of value and adoption: no value realised, stalled onboarding, low adoption.
#include "detectors.h"
#include "usagestats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::Detectors)
};

QString number(double value)
{
    return QString::number(value, 'f', value == std::round(value) ? 0 : 1);
}

// "52 → 28", or with as many decimals (up to two) as it takes for a change
// to show, and one at least for small numbers: "1.5 → 1.0", never "1 → 1".
QString fromTo(double before, double after)
{
    int decimals = std::min(before, after) < 10 ? 1 : 0;
    while (decimals < 2 &&
           QString::number(before, 'f', decimals) == QString::number(after, 'f', decimals) &&
           before != after)
        ++decimals;
    return QStringLiteral("%1 → %2").arg(QString::number(before, 'f', decimals),
                                         QString::number(after, 'f', decimals));
}

} // namespace

std::optional<RiskReason> detectNoValue(const AccountSignals& account,
                                        const DetectionContext& context)
{
    const GoalSignal* example = nullptr;
    int missed = 0;
    int due = 0;
    for (const GoalSignal& goal : account.goals) {
        if (!goal.due.isValid() || goal.due >= context.asOf || goal.due < context.asOf.addYears(-1))
            continue;
        ++due;
        if (!goal.achievedOn.isValid() && goal.achieved < goal.target) {
            ++missed;
            example = &goal;
        }
    }
    if (missed < std::max(1, context.thresholds.missedGoalsForNoValue))
        return std::nullopt;
    const auto trend = usageTrend(account, context.asOf, context.thresholds.usageDropWindowDays);
    const bool usageFalling =
        trend && trend->changePercent() <= -context.thresholds.usageDropPercent / 2;
    if (missed < 2 && !usageFalling)
        return std::nullopt;

    QString evidence = Messages::tr("%1 of %2 success-plan goals missed (\"%3\": %4 of %5 by %6)")
                           .arg(missed)
                           .arg(due)
                           .arg(example->title, number(example->achieved), number(example->target),
                                example->due.toString(Qt::ISODate));
    if (usageFalling)
        evidence += Messages::tr("; weekly active users down %1%")
                        .arg(std::lround(-trend->changePercent()));
    return RiskReason{reason::NoValue, std::min(1.0, 0.3 + 0.2 * missed + (usageFalling ? 0.2 : 0)),
                      evidence, EvidenceSource::Goals};
}

std::optional<RiskReason> detectStalledOnboarding(const AccountSignals& account,
                                                  const DetectionContext& context)
{
    if (account.goLiveOn.isValid() || !account.onboardingTargetOn.isValid())
        return std::nullopt;
    const auto late = account.onboardingTargetOn.daysTo(context.asOf);
    if (late <= context.thresholds.onboardingGraceDays)
        return std::nullopt;
    return RiskReason{reason::StalledOnboarding, std::min(1.0, 0.4 + late / 90.0),
                      Messages::tr("Not live %1 days after the onboarding target (%2)")
                          .arg(late)
                          .arg(account.onboardingTargetOn.toString(Qt::ISODate)),
                      EvidenceSource::Account};
}

std::optional<RiskReason> detectLowAdoption(const AccountSignals& account,
                                            const DetectionContext& context)
{
    // An account still onboarding uses little by design: its usage is judged
    // from go-live on, and a late go-live is stalled onboarding, not low adoption.
    if (account.onboardingTargetOn.isValid() && !account.goLiveOn.isValid())
        return std::nullopt;
    const Thresholds& limits = context.thresholds;
    QStringList evidence;
    double severity = 0;

    const auto trend = usageTrend(account, context.asOf, limits.usageDropWindowDays);
    if (trend && trend->changePercent() <= -limits.usageDropPercent) {
        evidence << Messages::tr("Weekly active users fell %1% in %2 days (%3)")
                        .arg(std::lround(-trend->changePercent()))
                        .arg(limits.usageDropWindowDays)
                        .arg(fromTo(trend->earlier, trend->recent));
        severity = std::max(severity, std::min(1.0, -trend->changePercent() / 100 + 0.2));
    }
    const auto utilisation = licenceUtilisation(account, context.asOf);
    // Below the danger-zone line alone is where a quarter of the book sits by
    // definition; it alerts when usage is also falling towards it.
    const bool falling = trend && trend->changePercent() <= -limits.usageDropPercent / 2;
    const double line = falling ? std::max(limits.minUtilisation, context.dangerZoneUtilisation)
                                : limits.minUtilisation;
    if (utilisation && *utilisation < line) {
        evidence << Messages::tr("Only %1 of %2 licences used")
                        .arg(std::lround(*utilisation * account.seats))
                        .arg(account.seats);
        if (*utilisation < context.dangerZoneUtilisation) {
            evidence.last() += Messages::tr(", below the danger zone (%1% against a line at %2%)")
                                   .arg(std::lround(*utilisation * 100))
                                   .arg(std::lround(context.dangerZoneUtilisation * 100));
        }
        severity = std::max(severity, std::min(1.0, 1 - *utilisation / line + 0.3));
    }
    if (evidence.isEmpty())
        return std::nullopt;
    return RiskReason{reason::LowAdoption, severity, evidence.join(QStringLiteral("; ")),
                      EvidenceSource::Usage};
}

} // namespace tenure::health
