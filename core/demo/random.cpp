#include "core/demo/random.h"

namespace varde::demo
{
namespace
{

std::uint64_t splitMix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

std::uint64_t fnv1a(std::string_view text)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

} // namespace

Random::Random(std::uint64_t seed)
    : m_seed(seed)
{
    std::uint64_t x = seed;
    for (auto &word : m_state)
        word = splitMix(x);
}

Random Random::fork(std::string_view label) const
{
    return Random(m_seed * 0x9E3779B97F4A7C15ULL ^ fnv1a(label));
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double Random::uniform() { return double(next() >> 11) * 0x1.0p-53; }

double Random::uniform(double low, double high) { return low + (high - low) * uniform(); }

int Random::integer(int low, int high)
{
    const std::uint64_t span = std::uint64_t(high - low) + 1;
    // Reject the top partial block so every value is equally likely.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t draw = next();
    while (draw >= limit)
        draw = next();
    return low + int(draw % span);
}

bool Random::chance(double probability) { return uniform() < probability; }

double Random::normal(double mean, double sd)
{
    double sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return mean + (sum - 6.0) * sd;
}

} // namespace varde::demo
