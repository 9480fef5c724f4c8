#include "dangerzone.h"

#include "usagestats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::DangerZone)
};

constexpr double kMinRateRatio = 1.5;
// Churn below the line must differ from churn above it by at least this many
// standard errors (a two-proportion z-test), so noise draws no line.
constexpr double kMinZ = 3;

double twoProportionZ(int events1, int total1, int events2, int total2)
{
    const double p1 = static_cast<double>(events1) / total1;
    const double p2 = static_cast<double>(events2) / total2;
    const double pooled = static_cast<double>(events1 + events2) / (total1 + total2);
    const double error = std::sqrt(pooled * (1 - pooled) * (1.0 / total1 + 1.0 / total2));
    return error > 0 ? (p1 - p2) / error : 0;
}

} // namespace

QString DangerZone::explanation() const
{
    if (utilisation <= 0)
        return Messages::tr("No danger zone yet: too few accounts report usage.");
    const auto percent = [](double value) {
        return QString::number(std::lround(value * 100));
    };
    if (!fitted) {
        return Messages::tr("Danger zone: below %1% of licences used, the bottom quartile of "
                            "the paying accounts (not enough churn history to fit it).")
            .arg(percent(utilisation));
    }
    return Messages::tr("Danger zone: below %1% of licences used, fitted from %2 accounts "
                        "followed for %3 days: %4% of those below it churned, %5% of those "
                        "above.")
        .arg(percent(utilisation))
        .arg(observations)
        .arg(kDangerZoneLookbackDays)
        .arg(percent(churnRateBelow), percent(churnRateAbove));
}

DangerZone fitDangerZone(std::vector<UtilisationOutcome> observations)
{
    DangerZone zone;
    const auto total = static_cast<int>(observations.size());
    const auto churned = static_cast<int>(std::count_if(observations.begin(), observations.end(),
                                                        [](const auto& o) { return o.churned; }));
    const int kept = total - churned;
    if (churned < kDangerZoneMinChurned || kept < kDangerZoneMinChurned)
        return zone;
    std::sort(observations.begin(), observations.end(),
              [](const auto& a, const auto& b) { return a.utilisation < b.utilisation; });

    // Walk the cuts upwards: every account before the cut is "below the line".
    int churnedBelow = 0;
    int below = 0;
    double bestScore = 0;
    for (std::size_t i = 0; i < observations.size(); ++i) {
        churnedBelow += observations[i].churned;
        ++below;
        const bool lastOfValue = i + 1 == observations.size() ||
                                 observations[i + 1].utilisation > observations[i].utilisation;
        if (!lastOfValue || below == total)
            continue;
        const double truePositives = static_cast<double>(churnedBelow) / churned;
        const double falsePositives = static_cast<double>(below - churnedBelow) / kept;
        const double rateBelow = static_cast<double>(churnedBelow) / below;
        const double rateAbove = static_cast<double>(churned - churnedBelow) / (total - below);
        const double score = truePositives - falsePositives;
        if (score > bestScore && rateBelow >= kMinRateRatio * rateAbove &&
            twoProportionZ(churnedBelow, below, churned - churnedBelow, total - below) >= kMinZ) {
            bestScore = score;
            // The line sits halfway to the next account, so the cut account is below it.
            zone.utilisation = (observations[i].utilisation + observations[i + 1].utilisation) / 2;
            zone.churnRateBelow = rateBelow;
            zone.churnRateAbove = rateAbove;
        }
    }
    if (bestScore > 0) {
        zone.fitted = true;
        zone.observations = total;
        zone.churned = churned;
    }
    return zone;
}

double bottomQuartileUtilisation(std::span<const AccountSignals> accounts, const QDate& asOf)
{
    std::vector<double> utilisation;
    for (const AccountSignals& account : accounts) {
        if (!account.isPaying())
            continue;
        if (const auto used = licenceUtilisation(account, asOf))
            utilisation.push_back(*used);
    }
    if (utilisation.size() < 8) // too few accounts for a quartile to mean anything
        return 0;
    const auto quartile = utilisation.begin() + static_cast<std::ptrdiff_t>(utilisation.size() / 4);
    std::nth_element(utilisation.begin(), quartile, utilisation.end());
    return *quartile;
}

DangerZone dangerZoneFor(std::span<const AccountSignals> accounts, const QDate& asOf)
{
    const QDate then = asOf.addDays(-kDangerZoneLookbackDays);
    std::vector<UtilisationOutcome> followed;
    for (const AccountSignals& account : accounts) {
        if (account.mrr90DaysAgo <= 0)
            continue;
        if (const auto used = licenceUtilisation(account, then))
            followed.push_back({*used, !account.isPaying()});
    }
    DangerZone zone = fitDangerZone(std::move(followed));
    if (!zone.fitted)
        zone.utilisation = bottomQuartileUtilisation(accounts, asOf);
    return zone;
}

} // namespace tenure::health
