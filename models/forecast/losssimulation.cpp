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

// SplitMix64: one addition and three mixes for 64 random bits, several times
// faster than a Mersenne twister, and each run's stream starts from its own
// number, so runs can be drawn on two threads and still give the same totals.
class RunGenerator
{
public:
    RunGenerator(std::uint64_t seed, std::size_t run)
        : m_state(seed ^ (static_cast<std::uint64_t>(run) * 0xD1B54A32D192ED03ULL))
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

// An account's chances as bounds on a uniform 32-bit draw: churned below
// `churnBelow`, else contracted below `lossBelow`. A probability is then
// exact to 2^-32, and one 64-bit draw serves two accounts.
struct Drawable
{
    std::uint64_t churnBelow = 0;
    std::uint64_t lossBelow = 0;
    double churnLoss = 0;
    double contractionLoss = 0;
};

std::uint64_t bound(double probability)
{
    constexpr double kScale = 4294967296.0; // 2^32
    return static_cast<std::uint64_t>(std::clamp(probability, 0.0, 1.0) * kScale);
}

// The accounts that can lose something; the others add nothing to any run.
std::vector<Drawable> drawable(std::span<const LossChance> accounts)
{
    std::vector<Drawable> result;
    result.reserve(accounts.size());
    for (const LossChance& account : accounts) {
        const std::uint64_t churnBelow = bound(account.churnProbability);
        const std::uint64_t lossBelow =
            bound(account.churnProbability + account.contractionProbability);
        if (lossBelow > 0 && (account.churnLoss != 0 || account.contractionLoss != 0))
            result.push_back({churnBelow, lossBelow, account.churnLoss, account.contractionLoss});
    }
    return result;
}

double lossOf(const Drawable& account, std::uint64_t draw)
{
    if (draw < account.churnBelow)
        return account.churnLoss;
    return draw < account.lossBelow ? account.contractionLoss : 0.0;
}

// The total loss of each run in [first, first + totals.size()).
void drawRuns(std::span<const Drawable> accounts, std::uint64_t seed, std::span<double> totals,
              std::size_t first)
{
    const std::size_t pairs = accounts.size() / 2;
    for (std::size_t i = 0; i < totals.size(); ++i) {
        RunGenerator generator(seed, first + i);
        double total = 0;
        for (std::size_t pair = 0; pair < pairs; ++pair) {
            const std::uint64_t draw = generator.next();
            total += lossOf(accounts[2 * pair], draw & 0xFFFFFFFFU);
            total += lossOf(accounts[2 * pair + 1], draw >> 32);
        }
        if (accounts.size() % 2)
            total += lossOf(accounts.back(), generator.next() >> 32);
        totals[i] = total;
    }
}

} // namespace

LossBand simulateLosses(std::span<const LossChance> accounts, int runs, std::uint64_t seed)
{
    if (runs <= 0)
        return {};
    const std::vector<Drawable> chances = drawable(accounts);
    std::vector<double> totals(static_cast<std::size_t>(runs));
    const std::span<double> all(totals);
    const std::size_t half = all.size() / 2;
    runAlongside([&] { drawRuns(chances, seed, all.subspan(half), half); },
                 [&] { drawRuns(chances, seed, all.first(half), 0); });
    double sum = 0;
    for (const double total : totals)
        sum += total;
    std::sort(totals.begin(), totals.end());
    return {sum / runs, percentile(totals, 0.10), percentile(totals, 0.90)};
}

} // namespace tenure::forecast
