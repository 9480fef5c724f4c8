#pragma once

#include <cstdint>
#include <span>

namespace tenure::forecast {

// One account's possible losses over the quarter: all of `churnLoss` with
// `churnProbability`, else `contractionLoss` with `contractionProbability`.
struct LossChance
{
    double churnLoss = 0;
    double churnProbability = 0;
    double contractionLoss = 0;
    double contractionProbability = 0;

    double expected() const
    {
        return churnLoss * churnProbability + contractionLoss * contractionProbability;
    }
};

// The simulated total loss: its mean and the 10th and 90th percentiles, the
// 80% band.
struct LossBand
{
    double mean = 0;
    double low = 0;
    double high = 0;
};

inline constexpr int kSimulationRuns = 4000;
inline constexpr std::uint64_t kSimulationSeed = 20261207;

// Draws every account independently in each of `runs` quarters, from a
// seeded generator: the same accounts always give the same band.
LossBand simulateLosses(std::span<const LossChance> accounts, int runs = kSimulationRuns,
                        std::uint64_t seed = kSimulationSeed);

} // namespace tenure::forecast
