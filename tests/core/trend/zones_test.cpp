#include "core/trend/zones.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <sstream>
#include <vector>

using namespace varde;
using namespace varde::trend;
using domain::KindId;
using triage::BandRule;
using triage::Level;
using triage::RuleSet;

namespace
{

constexpr std::int64_t day = 86'400'000;
constexpr std::int64_t t0 = 1'774'000'000'000; // March 2026

std::optional<double> none() { return std::nullopt; }

BandRule band(std::string code,
    std::optional<double> yellowBelow,
    std::optional<double> redBelow,
    std::optional<double> yellowAbove = std::nullopt,
    std::optional<double> redAbove = std::nullopt)
{
    return BandRule { std::move(code), yellowBelow, redBelow, yellowAbove, redAbove };
}

RuleSet plan(std::string version, std::vector<triage::Rule> rules)
{
    RuleSet set;
    set.versionId = std::move(version);
    set.rules = std::move(rules);
    return set;
}

ZoneBand expected(std::int64_t from, std::int64_t to, double low, double high, Level level)
{
    return ZoneBand { from, to, low, high, level };
}

std::string describe(const ZoneBand &b)
{
    std::ostringstream out;
    out << "{" << b.fromMillis << ".." << b.toMillis << " [" << b.low << ", " << b.high << "] "
        << triage::levelKey(b.level) << "}";
    return out.str();
}

} // namespace

namespace Catch
{
template <> struct StringMaker<ZoneBand> {
    static std::string convert(const ZoneBand &b) { return describe(b); }
};
template <> struct StringMaker<Level> {
    static std::string convert(Level level) { return std::string(triage::levelKey(level)); }
};
} // namespace Catch

namespace varde::trend
{
bool operator==(const ZoneBand &a, const ZoneBand &b)
{
    return a.fromMillis == b.fromMillis && a.toMillis == b.toMillis && a.low == Approx(b.low)
        && a.high == Approx(b.high) && a.level == b.level;
}
} // namespace varde::trend

TEST_CASE("An SpO2 plan gives red, yellow and green stretches", "[trend][zones]")
{
    const auto rules = plan("v1", { band("59408-5", 92, 89) });
    const std::vector<PlanPeriod> periods { { t0 - 100 * day, std::nullopt, &rules } };

    const auto bands = zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 50, 100);

    const std::vector<ZoneBand> want {
        expected(t0, t0 + 30 * day, 50, 89, Level::Red),
        expected(t0, t0 + 30 * day, 89, 92, Level::Yellow),
        expected(t0, t0 + 30 * day, 92, 100, Level::Green),
    };
    CHECK(bands == want);
}

TEST_CASE("A plan change in the range splits the bands at the change", "[trend][zones]")
{
    const auto before = plan("v1", { band("59408-5", 92, 89) });
    const auto after = plan("v2", { band("59408-5", 90, 86) });
    const std::int64_t change = t0 + 10 * day;
    const std::vector<PlanPeriod> periods {
        { t0 - 100 * day, change, &before },
        { change, std::nullopt, &after },
    };

    const auto bands = zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 50, 100);

    // Old data keeps its old limits; the new ones apply from the change on.
    const std::vector<ZoneBand> want {
        expected(t0, change, 50, 89, Level::Red),
        expected(t0, change, 89, 92, Level::Yellow),
        expected(t0, change, 92, 100, Level::Green),
        expected(change, t0 + 30 * day, 50, 86, Level::Red),
        expected(change, t0 + 30 * day, 86, 90, Level::Yellow),
        expected(change, t0 + 30 * day, 90, 100, Level::Green),
    };
    CHECK(bands == want);
}

TEST_CASE("A plan change that keeps this kind's limits draws no seam", "[trend][zones]")
{
    const auto before = plan("v1", { band("59408-5", 92, 89), band("8867-4", 50, 40) });
    const auto after = plan("v2", { band("59408-5", 92, 89), band("8867-4", 55, 40) });
    const std::int64_t change = t0 + 10 * day;
    const std::vector<PlanPeriod> periods {
        { t0 - 100 * day, change, &before },
        { change, std::nullopt, &after },
    };

    const auto spo2 = zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 50, 100);
    REQUIRE(spo2.size() == 3);
    for (const auto &b : spo2) {
        CHECK(b.fromMillis == t0);
        CHECK(b.toMillis == t0 + 30 * day);
    }
    CHECK(zoneBands(periods, KindId::Pulse, t0, t0 + 30 * day, 20, 250).size() == 6);
}

TEST_CASE("A rule on any code of the kind counts, an unknown code does not", "[trend][zones]")
{
    const auto rules = plan("v1", { band("2708-6", 92, 89), band("x-local-1", 99, 98) });
    const std::vector<PlanPeriod> periods { { t0, std::nullopt, &rules } };

    const auto bands = zoneBands(periods, KindId::OxygenSaturation, t0, t0 + day, 50, 100);

    REQUIRE(bands.size() == 3);
    CHECK(bands[0] == expected(t0, t0 + day, 50, 89, Level::Red));
    CHECK(bands[1] == expected(t0, t0 + day, 89, 92, Level::Yellow));
    CHECK(bands[2] == expected(t0, t0 + day, 92, 100, Level::Green));
    CHECK(zoneOf(rules, KindId::OxygenSaturation, 88) == Level::Red);
    CHECK(zoneOf(rules, KindId::OxygenSaturation, 97) == Level::Green);
}

TEST_CASE("A period without band rules for the kind gives no bands", "[trend][zones]")
{
    const auto other = plan("v1",
        { band("8867-4", 50, 40, 110, 130), triage::BaselineRule { "29463-7", 80, 2, 3, {}, {} },
            triage::ChangeRule { "29463-7", 72, 2, 3, {}, {} } });
    const auto spo2 = plan("v2", { band("59408-5", 92, 89) });
    const std::int64_t change = t0 + 10 * day;

    SECTION("no band rule of the kind")
    {
        const std::vector<PlanPeriod> periods { { t0, std::nullopt, &other } };
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0, t0 + day, 50, 100).empty());
        CHECK(zoneBands(periods, KindId::Weight, t0, t0 + day, 20, 350).empty());
    }
    SECTION("no rules at all")
    {
        const std::vector<PlanPeriod> periods { { t0, std::nullopt, nullptr } };
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0, t0 + day, 50, 100).empty());
    }
    SECTION("only the period that has them")
    {
        const std::vector<PlanPeriod> periods {
            { t0 - day, change, &other },
            { change, std::nullopt, &spo2 },
        };
        const auto bands = zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 50, 100);
        REQUIRE(bands.size() == 3);
        for (const auto &b : bands) {
            CHECK(b.fromMillis == change);
            CHECK(b.toMillis == t0 + 30 * day);
        }
    }
    SECTION("no periods") { CHECK(zoneBands({}, KindId::Pulse, t0, t0 + day, 20, 250).empty()); }
}

TEST_CASE("Pulse limits on both sides give five stretches", "[trend][zones]")
{
    const auto rules = plan("v1", { band("8867-4", 50, 40, 110, 130) });
    const std::vector<PlanPeriod> periods { { t0, std::nullopt, &rules } };

    const auto bands = zoneBands(periods, KindId::Pulse, t0, t0 + day, 20, 250);

    const std::vector<ZoneBand> want {
        expected(t0, t0 + day, 20, 40, Level::Red),
        expected(t0, t0 + day, 40, 50, Level::Yellow),
        expected(t0, t0 + day, 50, 110, Level::Green),
        expected(t0, t0 + day, 110, 130, Level::Yellow),
        expected(t0, t0 + day, 130, 250, Level::Red),
    };
    CHECK(bands == want);
}

TEST_CASE("Missing limits drop their stretch", "[trend][zones]")
{
    const std::vector<std::pair<BandRule, std::vector<ZoneBand>>> cases {
        { band("8867-4", none(), none(), 110, 130),
            { expected(t0, t0 + day, 20, 110, Level::Green),
                expected(t0, t0 + day, 110, 130, Level::Yellow),
                expected(t0, t0 + day, 130, 250, Level::Red) } },
        { band("8867-4", none(), 40, none(), 130),
            { expected(t0, t0 + day, 20, 40, Level::Red),
                expected(t0, t0 + day, 40, 130, Level::Green),
                expected(t0, t0 + day, 130, 250, Level::Red) } },
        { band("8867-4", 50, none(), 110, none()),
            { expected(t0, t0 + day, 20, 50, Level::Yellow),
                expected(t0, t0 + day, 50, 110, Level::Green),
                expected(t0, t0 + day, 110, 250, Level::Yellow) } },
        { band("8867-4", none(), none(), none(), none()),
            { expected(t0, t0 + day, 20, 250, Level::Green) } },
    };
    for (const auto &[rule, want] : cases) {
        const auto rules = plan("v1", { rule });
        const std::vector<PlanPeriod> periods { { t0, std::nullopt, &rules } };
        CHECK(zoneBands(periods, KindId::Pulse, t0, t0 + day, 20, 250) == want);
    }
}

TEST_CASE("Bands are clipped to the display range and the time range", "[trend][zones]")
{
    const auto rules = plan("v1", { band("59408-5", 92, 89) });
    const std::vector<PlanPeriod> periods { { t0 + 5 * day, t0 + 8 * day, &rules } };

    SECTION("value axis starting inside the yellow stretch")
    {
        const auto bands = zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 90, 98);
        const std::vector<ZoneBand> want {
            expected(t0 + 5 * day, t0 + 8 * day, 90, 92, Level::Yellow),
            expected(t0 + 5 * day, t0 + 8 * day, 92, 98, Level::Green),
        };
        CHECK(bands == want);
    }
    SECTION("value axis entirely green")
    {
        const auto bands = zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 93, 99);
        REQUIRE(bands.size() == 1);
        CHECK(bands[0] == expected(t0 + 5 * day, t0 + 8 * day, 93, 99, Level::Green));
    }
    SECTION("time range cutting the period")
    {
        const auto bands
            = zoneBands(periods, KindId::OxygenSaturation, t0 + 6 * day, t0 + 7 * day, 50, 100);
        REQUIRE(bands.size() == 3);
        for (const auto &b : bands) {
            CHECK(b.fromMillis == t0 + 6 * day);
            CHECK(b.toMillis == t0 + 7 * day);
        }
    }
    SECTION("period outside the time range")
    {
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 4 * day, 50, 100).empty());
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0 + 9 * day, t0 + 30 * day, 50, 100)
                  .empty());
        // touching only at one instant
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0 + 8 * day, t0 + 30 * day, 50, 100)
                  .empty());
    }
    SECTION("empty ranges")
    {
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0 + 7 * day, t0 + 6 * day, 50, 100)
                  .empty());
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 100, 50).empty());
        CHECK(zoneBands(periods, KindId::OxygenSaturation, t0, t0 + 30 * day, 90, 90).empty());
    }
}

TEST_CASE(
    "Several band rules for one kind: the most restrictive limit on each side", "[trend][zones]")
{
    const auto rules = plan("v1",
        { band("8867-4", 50, 40, 120, 140), band("149530", 45, 42, 110, 150),
            band("147842", none(), none(), none(), 130) });
    const std::vector<PlanPeriod> periods { { t0, std::nullopt, &rules } };

    const std::vector<ZoneBand> want {
        expected(t0, t0 + day, 20, 42, Level::Red),
        expected(t0, t0 + day, 42, 50, Level::Yellow),
        expected(t0, t0 + day, 50, 110, Level::Green),
        expected(t0, t0 + day, 110, 130, Level::Yellow),
        expected(t0, t0 + day, 130, 250, Level::Red),
    };
    CHECK(zoneBands(periods, KindId::Pulse, t0, t0 + day, 20, 250) == want);
    CHECK(zoneOf(rules, KindId::Pulse, 41) == Level::Red);
    CHECK(zoneOf(rules, KindId::Pulse, 48) == Level::Yellow);
    CHECK(zoneOf(rules, KindId::Pulse, 115) == Level::Yellow);
    CHECK(zoneOf(rules, KindId::Pulse, 135) == Level::Red);
}

TEST_CASE("Crossed limits still follow triage: red wins, no green", "[trend][zones]")
{
    // yellow_below above yellow_above: every value is at least yellow.
    const auto rules = plan("v1", { band("8867-4", 100, 40, 80, 130) });
    const std::vector<PlanPeriod> periods { { t0, std::nullopt, &rules } };
    const std::vector<ZoneBand> want {
        expected(t0, t0 + day, 20, 40, Level::Red),
        expected(t0, t0 + day, 40, 130, Level::Yellow),
        expected(t0, t0 + day, 130, 250, Level::Red),
    };
    CHECK(zoneBands(periods, KindId::Pulse, t0, t0 + day, 20, 250) == want);
}

TEST_CASE("zoneOf judges one value with strict limits, as triage", "[trend][zones]")
{
    const auto rules = plan("v1", { band("59408-5", 92, 89) });
    const auto [value, level] = GENERATE(table<double, Level>({
        { 88.9, Level::Red },
        { 89.0, Level::Yellow },
        { 89.0 - 1e-10, Level::Yellow }, // inside the tolerance
        { 89.0 - 1e-6, Level::Red },
        { 91.9, Level::Yellow },
        { 92.0, Level::Green },
        { 100.0, Level::Green },
        { 50.0, Level::Red },
        { 49.9, Level::Suspect },
        { 41.0, Level::Suspect },
        { 100.5, Level::Suspect },
    }));
    INFO("value " << value);
    CHECK(zoneOf(rules, KindId::OxygenSaturation, value) == level);
}

TEST_CASE("zoneOf without a band rule for the kind is green when plausible", "[trend][zones]")
{
    const auto rules = plan("v1", { band("59408-5", 92, 89) });
    CHECK(zoneOf(rules, KindId::Pulse, 30) == Level::Green);
    CHECK(zoneOf(rules, KindId::Pulse, 300) == Level::Suspect);
    CHECK(zoneOf(RuleSet {}, KindId::Weight, 81.3) == Level::Green);
}

TEST_CASE("Every plausible value lies in a band of its own zone", "[trend][zones]")
{
    const auto rules = plan("v1", { band("8867-4", 50, 40, 110, 130) });
    const std::vector<PlanPeriod> periods { { t0, std::nullopt, &rules } };
    const auto bands = zoneBands(periods, KindId::Pulse, t0, t0 + day, 20, 250);
    for (double v = 20.25; v < 250; v += 0.5) {
        const auto in = std::find_if(bands.begin(), bands.end(),
            [v](const ZoneBand &b) { return b.low <= v && v <= b.high; });
        INFO("value " << v);
        REQUIRE(in != bands.end());
        CHECK(in->level == zoneOf(rules, KindId::Pulse, v));
    }
}
