#pragma once
// Deterministic randomness for the demo cohort. The standard library's distributions differ
// between implementations, so these are our own over xoshiro256** seeded by SplitMix64, using
// only integer arithmetic and IEEE addition and multiplication: the same seed gives the same
// cohort on every machine and compiler.

#include <cstdint>
#include <span>
#include <string_view>

namespace varde::demo
{

class Random
{
public:
    explicit Random(std::uint64_t seed);

    // An independent stream named by `label`. Each generator stage and each patient draws from
    // its own fork, so a stage added later does not shift the numbers of the others.
    Random fork(std::string_view label) const;

    std::uint64_t next();
    double uniform(); // [0, 1)
    double uniform(double low, double high); // [low, high)
    int integer(int low, int high); // [low, high], unbiased
    bool chance(double probability);
    // Irwin–Hall (sum of 12 uniforms − 6): close to normal within ±6 sd, and free of libm.
    double normal(double mean, double sd);

    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[std::size_t(integer(0, int(items.size()) - 1))];
    }

private:
    std::uint64_t m_seed;
    std::uint64_t m_state[4];
};

} // namespace varde::demo
