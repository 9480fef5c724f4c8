#pragma once

#include "kaplanmeier.h"
#include "mrrhistory.h"

#include <QJsonArray>
#include <QString>

#include <span>
#include <vector>

namespace tenure::metrics {

enum class Stratification { None, Segment, Plan, Owner, SignupCohort };

struct SurvivalStratum
{
    QString name; // "All accounts", a segment, plan or owner, or a signup quarter ("2024Q1")
    SurvivalCurve curve;
};

// Kaplan-Meier curves of account lifetimes in months (docs/metrics.md §5),
// one per stratum, ordered by name; accounts without a value form "(none)".
std::vector<SurvivalStratum> survivalByStratum(const MrrHistory& history,
                                               std::span<const int> accounts,
                                               Stratification stratification);

// The documented JSON form of `tenure survival --json`: per stratum its name,
// median (null when the curve stays above one half) and a table of
// t, at_risk, events, censored, survival, lower, upper.
QJsonArray toJson(std::span<const SurvivalStratum> strata);

} // namespace tenure::metrics
