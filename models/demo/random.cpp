#include "random.h"

#include <algorithm>
#include <cmath>

namespace tenure::demo {

namespace {

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

Random::Random(std::uint64_t seed)
{
    for (std::uint64_t& word : m_state)
        word = splitmix64(seed);
}

Random Random::forKey(std::uint64_t seed, std::uint64_t key, std::uint64_t purpose)
{
    std::uint64_t mixer = seed;
    const std::uint64_t a = splitmix64(mixer);
    mixer ^= key * 0xD1B54A32D192ED03ULL;
    const std::uint64_t b = splitmix64(mixer);
    mixer ^= purpose * 0x8CB92BA72F3D8DD7ULL;
    return Random(a ^ rotateLeft(b, 17) ^ splitmix64(mixer));
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double Random::uniform()
{
    // The top 53 bits fill a double's mantissa exactly.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int Random::between(int low, int high)
{
    if (high <= low)
        return low;
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<int>(next() % span);
}

bool Random::chance(double probability)
{
    return uniform() < probability;
}

double Random::normal()
{
    double sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return sum - 6.0;
}

int Random::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 40)
        return std::max(0, static_cast<int>(std::lround(normal(mean, std::sqrt(mean)))));
    // Binomial(n, mean / n) tends to Poisson(mean) as n grows; 8 * mean + 16
    // trials are close enough for synthetic data.
    const int trials = static_cast<int>(mean * 8) + 16;
    const double p = mean / trials;
    int count = 0;
    for (int i = 0; i < trials; ++i)
        count += uniform() < p ? 1 : 0;
    return count;
}

int Random::weighted(std::span<const double> weights)
{
    double total = 0;
    for (double weight : weights)
        total += weight;
    double point = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (point < weights[i])
            return static_cast<int>(i);
        point -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

} // namespace tenure::demo
