#include "reasonlift.h"

#include <cmath>

namespace tenure::health {

ReasonLift reasonLift(const QString& code, int fired, int firedChurned, int quiet, int quietChurned)
{
    ReasonLift result{code, fired, firedChurned, quiet, quietChurned, {}, {}, {}};
    if (fired == 0 || quiet == 0 || quietChurned == 0)
        return result;
    const double a = firedChurned, n1 = fired, c = quietChurned, n0 = quiet;
    result.lift = (a / n1) / (c / n0);
    if (firedChurned == 0)
        return result;
    const double z = 1.959964; // the normal's 97.5th percentile
    const double se = std::sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
    result.low = std::exp(std::log(*result.lift) - z * se);
    result.high = std::exp(std::log(*result.lift) + z * se);
    return result;
}

} // namespace tenure::health
