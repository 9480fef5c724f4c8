#include "losssimulation.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace tenure::forecast {

namespace {

// The nearest-rank percentile of sorted values.
double percentile(const std::vector<double>& sorted, double share)
{
    const auto rank =
        static_cast<std::size_t>(std::ceil(share * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

LossBand simulateLosses(std::span<const LossChance> accounts, int runs, std::uint64_t seed)
{
    if (runs <= 0)
        return {};
    std::mt19937_64 generator(seed);
    // 53 random bits to [0, 1): the same on every standard library.
    const auto uniform = [&generator] {
        return static_cast<double>(generator() >> 11) * 0x1.0p-53;
    };
    std::vector<double> totals(static_cast<std::size_t>(runs));
    double sum = 0;
    for (double& total : totals) {
        total = 0;
        for (const LossChance& account : accounts) {
            const double draw = uniform();
            if (draw < account.churnProbability)
                total += account.churnLoss;
            else if (draw < account.churnProbability + account.contractionProbability)
                total += account.contractionLoss;
        }
        sum += total;
    }
    std::sort(totals.begin(), totals.end());
    return {sum / runs, percentile(totals, 0.10), percentile(totals, 0.90)};
}

} // namespace tenure::forecast
