// Replay: the findings a rule set would have raised on the patient's own recent days.
#include "core/plan/replay.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::plan;

namespace
{

const time::Instant now
    = time::fromOslo(std::chrono::year { 2026 } / 3 / 30, std::chrono::hours { 12 });

triage::Observation spo2(int daysAgo, double value)
{
    triage::Observation o;
    o.id = "m" + std::to_string(daysAgo);
    o.code = "59408-5";
    o.kind = domain::KindId::OxygenSaturation;
    o.value = value;
    o.time = time::fromOslo(std::chrono::sys_days { std::chrono::year { 2026 } / 3 / 30 }
            - std::chrono::days { daysAgo },
        std::chrono::hours { 8 });
    return o;
}

triage::RuleSet rules(double yellowBelow, double redBelow)
{
    return { "v", false,
        { triage::BandRule { "59408-5", yellowBelow, redBelow, std::nullopt, std::nullopt } } };
}

} // namespace

TEST_CASE("replay counts each rule set's findings in the period", "[plan][replay]")
{
    // 40 days at SpO2 93 with a dip to 90 ten days ago and to 86 fifty days ago.
    std::vector<triage::Observation> obs;
    for (int d = 0; d < 60; ++d)
        obs.push_back(spo2(d, d == 10 ? 90 : d == 50 ? 86 : 93));
    const auto active = replayRules(rules(92, 88), {}, obs, {}, now, 30);
    CHECK(active == ReplayCounts { 0, 1, 0, 0 }); // the dip to 90; 86 is before the period
    const auto strict = replayRules(rules(94, 91), {}, obs, {}, now, 30);
    CHECK(strict.yellow == 29); // every other day of the 30 at 93 is now yellow …
    CHECK(strict.red == 1); // … and the dip to 90 red
    const auto ninety = replayRules(rules(92, 88), {}, obs, {}, now, 90);
    CHECK(ninety == ReplayCounts { 1, 1, 0, 0 });
}

TEST_CASE("replay counts missing measurements day by day from the schedule", "[plan][replay]")
{
    // Measured every day except 3, 4 and 5 days ago; due by 11:00 every day.
    std::vector<triage::Observation> obs;
    for (int d = 0; d < 20; ++d)
        if (d < 3 || d > 5)
            obs.push_back(spo2(d, 95));
    const std::vector<ScheduleItem> schedule { { "spo2", domain::everyDay, 11 * 60 } };
    const auto counts = replayRules(rules(92, 88), schedule, obs, {}, now, 14);
    CHECK(counts.missing == 3);
    CHECK(counts.yellow == 0);
    // Measuring began 9 days ago: the 21 days before are not counted as missing.
    std::vector<triage::Observation> recent(obs.begin(), obs.begin() + 7); // days 0–2, 6–9
    CHECK(replayRules(rules(92, 88), schedule, recent, {}, now, 30).missing == 3);
    // Without the schedule nothing is expected, so nothing is missing.
    CHECK(replayRules(rules(92, 88), {}, obs, {}, now, 14).missing == 0);
}

TEST_CASE("implausible values count as suspect", "[plan][replay]")
{
    std::vector<triage::Observation> obs { spo2(2, 95), spo2(1, 30), spo2(0, 95) };
    CHECK(replayRules(rules(92, 88), {}, obs, {}, now, 30) == ReplayCounts { 0, 0, 1, 0 });
}
