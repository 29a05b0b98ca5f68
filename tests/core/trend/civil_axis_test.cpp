#include "core/trend/civil_axis.h"

#include "core/time/civil_time.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace std::chrono;
using namespace varde;
using namespace varde::trend;

namespace
{

constexpr std::int64_t hourMs = 3'600'000;
constexpr std::int64_t dayMs = 24 * hourMs;

// An instant given in UTC, written out independently of the code under test.
std::int64_t utc(year_month_day date, int h = 0, int m = 0)
{
    return time::toEpochMillis(time::Instant { sys_days { date } + hours { h } + minutes { m } });
}

std::int64_t osloMidnight(year_month_day date)
{
    return time::toEpochMillis(time::osloStartOfDay(date));
}

std::vector<std::string> labels(const std::vector<AxisTick> &ticks)
{
    std::vector<std::string> out;
    for (const auto &t : ticks)
        out.push_back(t.label);
    return out;
}

// Ticks ascending, inside the range, at most maxTicks, each on an Oslo midnight.
void checkWellFormed(
    const std::vector<AxisTick> &ticks, std::int64_t from, std::int64_t to, int maxTicks)
{
    INFO("range " << from << " .. " << to << ", max " << maxTicks);
    REQUIRE(ticks.size() <= static_cast<std::size_t>(std::max(maxTicks, 0)));
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const auto at = ticks[i].atMillis;
        CHECK(at >= from);
        CHECK(at <= to);
        CHECK(osloMidnight(time::osloDate(time::fromEpochMillis(at))) == at);
        CHECK_FALSE(ticks[i].label.empty());
        if (i > 0)
            CHECK(ticks[i - 1].atMillis < at);
    }
}

} // namespace

TEST_CASE("Day ticks across the spring change sit on Oslo midnights, 23 hours apart",
    "[trend][axis][dst]")
{
    // Oslo midnights, independently: 28.03. is winter (+01), 30.03. is summer (+02).
    const auto d28 = utc(2026y / March / 27, 23);
    const auto d29 = utc(2026y / March / 28, 23);
    const auto d30 = utc(2026y / March / 29, 22);
    const auto from = d28;
    const auto to = utc(2026y / March / 30, 21, 59); // 30.03. 23:59 in Oslo

    const auto ticks = civilTicks(from, to, 10);

    REQUIRE(ticks.size() == 3);
    CHECK(ticks[0].atMillis == d28);
    CHECK(ticks[1].atMillis == d29);
    CHECK(ticks[2].atMillis == d30);
    CHECK(ticks[0].atMillis == osloMidnight(2026y / March / 28));
    CHECK(ticks[1].atMillis == osloMidnight(2026y / March / 29));
    CHECK(ticks[2].atMillis == osloMidnight(2026y / March / 30));
    CHECK(ticks[1].atMillis - ticks[0].atMillis == 24 * hourMs);
    CHECK(ticks[2].atMillis - ticks[1].atMillis == 23 * hourMs); // 29.03. is 23 hours long
    CHECK(labels(ticks) == std::vector<std::string> { "28.03.", "29.03.", "30.03." });
}

TEST_CASE("Day ticks across the autumn change sit on Oslo midnights, 25 hours apart",
    "[trend][axis][dst]")
{
    const auto d24 = utc(2026y / October / 23, 22);
    const auto d25 = utc(2026y / October / 24, 22);
    const auto d26 = utc(2026y / October / 25, 23);
    const auto from = d24 - hourMs; // 23:00 the dayMs before: the first midnight is inside
    const auto to = d26 + 12 * hourMs;

    const auto ticks = civilTicks(from, to, 10);

    REQUIRE(ticks.size() == 3);
    CHECK(ticks[0].atMillis == d24);
    CHECK(ticks[1].atMillis == d25);
    CHECK(ticks[2].atMillis == d26);
    CHECK(ticks[2].atMillis == osloMidnight(2026y / October / 26));
    CHECK(ticks[1].atMillis - ticks[0].atMillis == 24 * hourMs);
    CHECK(ticks[2].atMillis - ticks[1].atMillis == 25 * hourMs); // 25.10. is 25 hours long
    CHECK(labels(ticks) == std::vector<std::string> { "24.10.", "25.10.", "26.10." });
}

TEST_CASE("Ticks on the range's edges are kept, those outside are not", "[trend][axis]")
{
    const auto d1 = osloMidnight(2026y / June / 1);
    const auto d3 = osloMidnight(2026y / June / 3);
    CHECK(civilTicks(d1, d3, 10).size() == 3);
    CHECK(civilTicks(d1 + 1, d3, 10).size() == 2);
    CHECK(civilTicks(d1, d3 - 1, 10).size() == 2);
    CHECK(civilTicks(d1 + 1, d1 + dayMs - 1, 10).empty()); // no midnight inside one dayMs
    CHECK(labels(civilTicks(d1, d1, 10)) == std::vector<std::string> { "01.06." });
}

TEST_CASE("A 90-dayMs range with ten ticks uses 14-dayMs steps", "[trend][axis]")
{
    const auto from = osloMidnight(2026y / February / 1) + 9 * hourMs;
    const auto to = from + 90 * dayMs;

    const auto ticks = civilTicks(from, to, 10);

    checkWellFormed(ticks, from, to, 10);
    REQUIRE(ticks.size() >= 5);
    for (std::size_t i = 1; i < ticks.size(); ++i) {
        const auto a = sys_days { time::osloDate(time::fromEpochMillis(ticks[i - 1].atMillis)) };
        const auto b = sys_days { time::osloDate(time::fromEpochMillis(ticks[i].atMillis)) };
        CHECK((b - a).count() == 14);
    }
    for (const auto &t : ticks) {
        CHECK(t.label.size() == 6); // "dd.MM."
        // every other Monday: the same place in each week as panning moves the range
        CHECK(weekday { time::osloDate(time::fromEpochMillis(t.atMillis)) } == Monday);
    }
}

TEST_CASE("Weekly ticks fall on Mondays", "[trend][axis]")
{
    const auto from = osloMidnight(2026y / March / 1);
    const auto to = osloMidnight(2026y / April / 15);
    const auto ticks = civilTicks(from, to, 8);
    checkWellFormed(ticks, from, to, 8);
    REQUIRE(ticks.size() >= 6);
    CHECK(ticks.front().label == "02.03."); // the first Monday
    CHECK(ticks.front().atMillis == osloMidnight(2026y / March / 2));
    for (const auto &t : ticks)
        CHECK(weekday { time::osloDate(time::fromEpochMillis(t.atMillis)) } == Monday);
    // across the spring change: the week of 23.03.–30.03. is an hourMs short
    CHECK(ticks[4].label == "30.03.");
    CHECK(ticks[4].atMillis - ticks[3].atMillis == 7 * dayMs - hourMs);
}

TEST_CASE("Long ranges get month and year ticks with Norwegian labels", "[trend][axis]")
{
    const auto from = osloMidnight(2025y / March / 10);
    const auto to = osloMidnight(2028y / March / 10);

    SECTION("six-monthly with ten ticks")
    {
        const auto ticks = civilTicks(from, to, 10);
        checkWellFormed(ticks, from, to, 10);
        CHECK(labels(ticks)
            == std::vector<std::string> {
                "jul. 2025", "jan. 2026", "jul. 2026", "jan. 2027", "jul. 2027", "jan. 2028" });
        CHECK(ticks[0].atMillis == utc(2025y / June / 30, 22)); // summer time
        CHECK(ticks[1].atMillis == utc(2025y / December / 31, 23)); // winter time
    }
    SECTION("quarterly with twelve")
    {
        const auto ticks = civilTicks(from, to, 12);
        checkWellFormed(ticks, from, to, 12);
        REQUIRE(ticks.size() == 12);
        CHECK(ticks[0].label == "apr. 2025");
        CHECK(ticks[1].label == "jul. 2025");
        CHECK(ticks[2].label == "okt. 2025");
        CHECK(ticks[3].label == "jan. 2026");
    }
    SECTION("monthly with forty")
    {
        const auto ticks = civilTicks(from, to, 40);
        checkWellFormed(ticks, from, to, 40);
        REQUIRE(ticks.size() == 36);
        const std::vector<std::string> first12 { "apr. 2025", "mai 2025", "jun. 2025", "jul. 2025",
            "aug. 2025", "sep. 2025", "okt. 2025", "nov. 2025", "des. 2025", "jan. 2026",
            "feb. 2026", "mar. 2026" };
        const auto all = labels(ticks);
        CHECK(std::vector<std::string>(all.begin(), all.begin() + 12) == first12);
        for (const auto &t : ticks)
            CHECK(time::osloDate(time::fromEpochMillis(t.atMillis)).day() == day { 1 });
    }
    SECTION("yearly with four")
    {
        const auto ticks = civilTicks(from, to, 4);
        checkWellFormed(ticks, from, to, 4);
        CHECK(labels(ticks) == std::vector<std::string> { "2026", "2027", "2028" });
        CHECK(ticks[0].atMillis == utc(2025y / December / 31, 23));
    }
    SECTION("every other year with two")
    {
        const auto ticks = civilTicks(from, to, 2);
        checkWellFormed(ticks, from, to, 2);
        CHECK(labels(ticks) == std::vector<std::string> { "2026", "2028" });
    }
}

TEST_CASE("Never more ticks than asked for", "[trend][axis]")
{
    const auto base = osloMidnight(2024y / January / 1) + 7 * hourMs;
    for (const std::int64_t length :
        { std::int64_t(0), hourMs, dayMs, 3 * dayMs, 7 * dayMs, 30 * dayMs, 90 * dayMs, 365 * dayMs,
            3 * 365 * dayMs, 40 * 365 * dayMs, 400 * 365 * dayMs })
        for (int maxTicks = 1; maxTicks <= 20; ++maxTicks)
            checkWellFormed(
                civilTicks(base, base + length, maxTicks), base, base + length, maxTicks);
}

TEST_CASE("Degenerate and extreme ranges", "[trend][axis]")
{
    const auto d1 = osloMidnight(2026y / June / 1);
    CHECK(civilTicks(d1, d1 + 10 * dayMs, 0).empty());
    CHECK(civilTicks(d1, d1 + 10 * dayMs, -3).empty());
    CHECK(civilTicks(d1 + 10 * dayMs, d1, 10).empty());

    constexpr auto lowest = std::numeric_limits<std::int64_t>::min();
    constexpr auto highest = std::numeric_limits<std::int64_t>::max();
    const auto all = civilTicks(lowest, highest, 6);
    checkWellFormed(all, lowest, highest, 6);
    CHECK_FALSE(all.empty());
    checkWellFormed(civilTicks(lowest, d1, 3), lowest, d1, 3);
    checkWellFormed(civilTicks(d1, highest, 3), d1, highest, 3);
}
