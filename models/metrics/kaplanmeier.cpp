#include "kaplanmeier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tenure::metrics {

namespace {

constexpr double kZ95 = 1.959963984540054;

} // namespace

SurvivalCurve kaplanMeier(std::span<const SurvivalObservation> observations)
{
    std::vector<SurvivalObservation> sorted(observations.begin(), observations.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.time < b.time; });

    SurvivalCurve curve;
    double survival = 1;
    double greenwood = 0; // running sum of d / (n (n - d))
    int atRisk = static_cast<int>(sorted.size());
    for (std::size_t i = 0; i < sorted.size();) {
        SurvivalStep step;
        step.time = sorted[i].time;
        step.atRisk = atRisk;
        for (; i < sorted.size() && sorted[i].time == step.time; ++i)
            ++(sorted[i].event ? step.events : step.censored);

        if (step.events > 0) {
            const double n = atRisk;
            const double d = step.events;
            survival *= 1 - d / n;
            greenwood += n > d ? d / (n * (n - d)) : std::numeric_limits<double>::infinity();
        }
        step.survival = survival;
        if (survival > 0 && std::isfinite(greenwood)) {
            const double spread = kZ95 * std::sqrt(greenwood);
            step.lower = survival * std::exp(-spread);
            step.upper = std::min(1.0, survival * std::exp(spread));
        } else {
            step.lower = step.upper = std::numeric_limits<double>::quiet_NaN();
        }
        if (!curve.median && survival <= 0.5)
            curve.median = step.time;
        atRisk -= step.events + step.censored;
        curve.steps.push_back(step);
    }
    return curve;
}

double SurvivalCurve::survivalAt(double time) const
{
    double result = 1;
    for (const SurvivalStep& step : steps) {
        if (step.time > time)
            break;
        result = step.survival;
    }
    return result;
}

int SurvivalCurve::observations() const
{
    return steps.empty() ? 0 : steps.front().atRisk;
}

} // namespace tenure::metrics
