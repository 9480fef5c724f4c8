#include "losssimulation.h"

#include "core/alongside.h"

#include <algorithm>
#include <cmath>
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

// SplitMix64: one addition and three mixes a draw, several times faster than
// a Mersenne twister, and each run's stream starts from its own number, so
// runs can be drawn on two threads and still give the same totals.
class RunGenerator
{
public:
    RunGenerator(std::uint64_t seed, std::size_t run)
        : m_state(seed ^ (static_cast<std::uint64_t>(run) * 0xD1B54A32D192ED03ULL))
    {
    }

    // 53 random bits to [0, 1).
    double uniform()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        return static_cast<double>(z >> 11) * 0x1.0p-53;
    }

private:
    std::uint64_t m_state;
};

// The total loss of each run in [first, last).
void drawRuns(std::span<const LossChance> accounts, std::uint64_t seed, std::span<double> totals,
              std::size_t first)
{
    for (std::size_t i = 0; i < totals.size(); ++i) {
        RunGenerator generator(seed, first + i);
        double total = 0;
        for (const LossChance& account : accounts) {
            const double draw = generator.uniform();
            if (draw < account.churnProbability)
                total += account.churnLoss;
            else if (draw < account.churnProbability + account.contractionProbability)
                total += account.contractionLoss;
        }
        totals[i] = total;
    }
}

} // namespace

LossBand simulateLosses(std::span<const LossChance> accounts, int runs, std::uint64_t seed)
{
    if (runs <= 0)
        return {};
    std::vector<double> totals(static_cast<std::size_t>(runs));
    const std::span<double> all(totals);
    const std::size_t half = all.size() / 2;
    runAlongside([&] { drawRuns(accounts, seed, all.subspan(half), half); },
                 [&] { drawRuns(accounts, seed, all.first(half), 0); });
    double sum = 0;
    for (const double total : totals)
        sum += total;
    std::sort(totals.begin(), totals.end());
    return {sum / runs, percentile(totals, 0.10), percentile(totals, 0.90)};
}

} // namespace tenure::forecast
