#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>

namespace tenure::demo {

// A small seeded generator (xoshiro256**, seeded through splitmix64) with its
// own distributions. std:: distributions are not used on purpose: their
// results differ between standard libraries, and the demo book must be the
// same byte for byte wherever it is generated. Nothing here calls exp, log or
// cos either, whose last bits may differ between C libraries.
class Random
{
public:
    explicit Random(std::uint64_t seed);
    // An independent stream for `key` (an account, a purpose), so that adding a
    // draw in one place does not shift every number generated after it.
    static Random forKey(std::uint64_t seed, std::uint64_t key, std::uint64_t purpose = 0);

    std::uint64_t next();
    double uniform();                        // [0, 1)
    double uniform(double low, double high); // [low, high)
    int between(int low, int high);          // inclusive at both ends
    bool chance(double probability);
    // Approximately standard normal: the sum of twelve uniforms, minus six.
    double normal();
    double normal(double mean, double deviation) { return mean + deviation * normal(); }
    // Poisson counts; binomial approximation for small means, normal for large.
    int poisson(double mean);
    // An index drawn with the given non-negative weights.
    int weighted(std::span<const double> weights);
    // One element of a non-empty array, list or span.
    template <typename Items> const auto& pick(const Items& items)
    {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(std::size(items)) - 1))];
    }

private:
    std::uint64_t m_state[4];
};

} // namespace tenure::demo
