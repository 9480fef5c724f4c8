#pragma once

#include <optional>
#include <span>
#include <vector>

namespace tenure::metrics {

struct SurvivalObservation
{
    double time;
    bool event; // false: censored at `time`
};

// One distinct observed time of a Kaplan-Meier curve.
struct SurvivalStep
{
    double time = 0;
    int atRisk = 0;   // observations with time >= this time
    int events = 0;   // events at this time
    int censored = 0; // censored at this time (still at risk at it)
    double survival = 1;
    // 95% band, Greenwood variance on the log scale, upper capped at 1 (R
    // survival's default conf.type = "log"); NaN where survival is 0.
    double lower = 1;
    double upper = 1;
};

struct SurvivalCurve
{
    std::vector<SurvivalStep> steps;
    // The first time with survival <= 0.5; none while the curve stays above.
    std::optional<double> median;

    // S(t): the survival of the last step at or before t (1 before the first).
    double survivalAt(double time) const;
    int observations() const;
};

SurvivalCurve kaplanMeier(std::span<const SurvivalObservation> observations);

} // namespace tenure::metrics
