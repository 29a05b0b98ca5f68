#include "core/trend/reduction.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

using namespace varde;
using namespace varde::trend;
using triage::Level;

namespace
{

constexpr std::int64_t minute = 60'000;

// A wavy series with a little deterministic noise, one point a minute from t = 0.
std::vector<TrendPoint> wave(std::size_t n)
{
    std::vector<TrendPoint> points(n);
    std::uint32_t state = 12345;
    for (std::size_t i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        const double noise = static_cast<double>(state >> 8) / double(1u << 24) - 0.5;
        points[i].atMillis = static_cast<std::int64_t>(i) * minute;
        points[i].value = 90 + 4 * std::sin(static_cast<double>(i) / 500.0) + noise;
        points[i].measurementId = "m" + std::to_string(i);
    }
    return points;
}

bool sortedUnique(const std::vector<std::size_t> &indices)
{
    return std::adjacent_find(indices.begin(), indices.end(), [](std::size_t a, std::size_t b) {
        return a >= b;
    }) == indices.end();
}

bool has(const std::vector<std::size_t> &indices, std::size_t i)
{
    return std::binary_search(indices.begin(), indices.end(), i);
}

std::size_t argMin(const std::vector<TrendPoint> &p, std::size_t from, std::size_t to)
{
    std::size_t best = from;
    for (std::size_t i = from; i < to; ++i)
        if (p[i].value < p[best].value)
            best = i;
    return best;
}

std::size_t argMax(const std::vector<TrendPoint> &p, std::size_t from, std::size_t to)
{
    std::size_t best = from;
    for (std::size_t i = from; i < to; ++i)
        if (p[i].value > p[best].value)
            best = i;
    return best;
}

} // namespace

TEST_CASE("One column keeps the extremes, the ends and every non-green point", "[trend][reduction]")
{
    auto points = wave(2000);
    // Out-of-band points with unremarkable values, so that only their zone can keep them.
    for (std::size_t i : { 17u, 400u, 401u, 1234u, 1998u }) {
        points[i].zone = i % 2 ? Level::Red : Level::Yellow;
        points[i].value = 90;
    }
    points[999].zone = Level::Suspect;
    const auto globalMin = argMin(points, 0, points.size());
    const auto globalMax = argMax(points, 0, points.size());

    const auto kept = reduceForPixels(points, 0, points.back().atMillis, 1);

    REQUIRE(sortedUnique(kept));
    CHECK(has(kept, 0));
    CHECK(has(kept, points.size() - 1));
    CHECK(has(kept, globalMin));
    CHECK(has(kept, globalMax));
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].zone != Level::Green)
            CHECK(has(kept, i));
    // the range's ends, the column's min and max, and the six non-green points
    CHECK(kept.size() <= 4 + 6);
}

TEST_CASE("100 000 points into 800 columns keep at most two a column plus the non-green",
    "[trend][reduction]")
{
    auto points = wave(100'000);
    std::size_t nonGreen = 0;
    for (std::size_t i = 0; i < points.size(); i += 997) {
        points[i].zone = Level::Yellow;
        ++nonGreen;
    }
    for (std::size_t i = 13; i < points.size(); i += 4999) {
        points[i].zone = Level::Red;
        ++nonGreen;
    }
    const std::int64_t from = 0, to = points.back().atMillis;
    constexpr int columns = 800;

    const auto kept = reduceForPixels(points, from, to, columns);

    REQUIRE(sortedUnique(kept));
    CHECK(kept.size() <= 2 * columns + nonGreen + 2);
    CHECK(kept.size() >= columns); // every column has points and keeps at least one
    CHECK(has(kept, argMin(points, 0, points.size())));
    CHECK(has(kept, argMax(points, 0, points.size())));
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].zone != Level::Green)
            REQUIRE(has(kept, i));

    // Each column's own minimum and maximum are drawn, so no spike is lost at any zoom.
    std::size_t start = 0;
    while (start < points.size()) {
        const auto column = (points[start].atMillis - from) * columns / (to - from + 1);
        std::size_t end = start;
        while (end < points.size()
            && (points[end].atMillis - from) * columns / (to - from + 1) == column)
            ++end;
        REQUIRE(has(kept, argMin(points, start, end)));
        REQUIRE(has(kept, argMax(points, start, end)));
        start = end;
    }
}

TEST_CASE("Points outside the range are left out", "[trend][reduction]")
{
    const auto points = wave(1000);
    const std::int64_t from = 100 * minute + 30'000, to = 700 * minute; // 101 … 700 inside
    auto outside = points;
    outside[5].zone = Level::Red; // before the range: not drawn, however red
    outside[900].zone = Level::Yellow;

    for (int columns : { 0, 1, 50, 10'000 }) {
        const auto kept = reduceForPixels(outside, from, to, columns);
        INFO("columns " << columns);
        REQUIRE(!kept.empty());
        REQUIRE(sortedUnique(kept));
        CHECK(kept.front() == 101);
        CHECK(kept.back() == 700);
        CHECK_FALSE(has(kept, 5));
        CHECK_FALSE(has(kept, 900));
        CHECK(has(kept, argMin(points, 101, 701)));
        CHECK(has(kept, argMax(points, 101, 701)));
    }
}

TEST_CASE("Zero or negative columns keep every point in range", "[trend][reduction]")
{
    const auto points = wave(500);
    for (int columns : { 0, -1 }) {
        const auto kept = reduceForPixels(points, 10 * minute, 19 * minute, columns);
        REQUIRE(kept.size() == 10);
        for (std::size_t i = 0; i < kept.size(); ++i)
            CHECK(kept[i] == 10 + i);
    }
    CHECK(reduceForPixels(points, 0, points.back().atMillis, 0).size() == points.size());
}

TEST_CASE("More columns than points keeps every point", "[trend][reduction]")
{
    const auto points = wave(300);
    CHECK(reduceForPixels(points, 0, points.back().atMillis, 4000).size() == points.size());
}

TEST_CASE("Empty input, empty range and extreme ranges", "[trend][reduction]")
{
    const auto points = wave(100);
    CHECK(reduceForPixels({}, 0, 1000, 10).empty());
    CHECK(reduceForPixels(points, 500, 400, 10).empty()); // to before from
    CHECK(reduceForPixels(points, 30'000, 50'000, 10).empty()); // between two points
    CHECK(reduceForPixels(points, 200 * minute, 300 * minute, 10).empty()); // after the series

    // One instant: the point there, once.
    const auto single = reduceForPixels(points, 42 * minute, 42 * minute, 800);
    REQUIRE(single.size() == 1);
    CHECK(single.front() == 42);

    // The whole int64 range does not overflow the column arithmetic.
    const auto all = reduceForPixels(points, std::numeric_limits<std::int64_t>::min(),
        std::numeric_limits<std::int64_t>::max(), 800);
    REQUIRE(sortedUnique(all));
    CHECK(all.front() == 0);
    CHECK(all.back() == points.size() - 1);
    CHECK(has(all, argMin(points, 0, points.size())));
    CHECK(has(all, argMax(points, 0, points.size())));
}

TEST_CASE(
    "Equal times and equal values keep the range's first and last point", "[trend][reduction]")
{
    std::vector<TrendPoint> points(50);
    for (auto &p : points) {
        p.atMillis = 1000;
        p.value = 5;
    }
    const auto kept = reduceForPixels(points, 0, 2000, 1);
    REQUIRE(kept.size() == 2);
    CHECK(kept.front() == 0);
    CHECK(kept.back() == 49);
}
