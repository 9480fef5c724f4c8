#pragma once

#include <QString>

#include <optional>

namespace tenure::health {

// How much more often accounts churned where a reason fired than where it
// did not: the relative risk (a / n1) / (c / n0), with its 95% Katz interval
// exp(ln RR ± 1.96 √(1/a − 1/n1 + 1/c − 1/n0)).
struct ReasonLift
{
    QString code;
    int fired = 0;              // n1
    int firedChurned = 0;       // a
    int quiet = 0;              // n0: observations where it did not fire
    int quietChurned = 0;       // c
    std::optional<double> lift; // none when nothing churned where it did not fire
    std::optional<double> low;  // none when a or c is 0 (the log is undefined)
    std::optional<double> high;
};

ReasonLift reasonLift(const QString& code, int fired, int firedChurned, int quiet,
                      int quietChurned);

} // namespace tenure::health
