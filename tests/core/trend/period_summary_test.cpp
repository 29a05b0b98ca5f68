#include "core/trend/period_summary.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

using namespace varde;
using namespace varde::trend;
using domain::KindId;
using triage::Level;

namespace
{

constexpr std::int64_t hour = 3'600'000;
constexpr std::int64_t day = 24 * hour;
constexpr std::int64_t from = 1'770'000'000'000;
constexpr std::int64_t to = from + 30 * day;

domain::Measurement measured(KindId kind, double value, std::int64_t at)
{
    domain::Measurement m;
    m.meta.id = "m-" + std::to_string(at) + "-" + std::to_string(value);
    m.patientId = "p1";
    m.kind = kind;
    m.code = std::string(domain::kindInfo(kind).primaryCode);
    m.value = value;
    m.unit = std::string(domain::kindInfo(kind).canonicalUnit);
    m.canonicalValue = value;
    m.measuredAtMillis = at;
    return m;
}

HandledFinding finding(std::string id,
    Level level,
    std::int64_t at,
    std::vector<std::string> actions = {},
    std::vector<std::string> notes = {})
{
    HandledFinding f;
    f.findingId = std::move(id);
    f.level = level;
    f.atMillis = at;
    f.text = "grense";
    f.actions = std::move(actions);
    f.notes = std::move(notes);
    return f;
}

const KindSummary *find(const PeriodSummary &s, KindId kind)
{
    for (const auto &k : s.kinds)
        if (k.kind == kind)
            return &k;
    return nullptr;
}

} // namespace

TEST_CASE(
    "Per kind: latest, min, max and mean over the period's plausible values", "[trend][summary]")
{
    const std::vector<domain::Measurement> ms {
        // weight first in the input: the summary is still in catalogue order
        measured(KindId::Weight, 81.5, from + 2 * day),
        measured(KindId::Weight, 80.0, from + 1 * day),
        measured(KindId::OxygenSaturation, 95, from + 3 * day),
        measured(KindId::OxygenSaturation, 97, from + 10 * day), // the newest in the period
        measured(KindId::OxygenSaturation, 92, from + 5 * day),
        measured(KindId::OxygenSaturation, 41, from + 20 * day), // implausible: left out
        measured(KindId::OxygenSaturation, 101, from + 21 * day), // implausible: left out
        measured(KindId::OxygenSaturation, 80, from - 1), // before the period
        measured(KindId::OxygenSaturation, 99, to + 1), // after the period
        measured(KindId::Pulse, 300, from + day), // only implausible pulse values
        measured(KindId::Glucose, 6.2, to), // on the edges: inside
        measured(KindId::Glucose, 5.0, from),
    };

    const auto s = summarize(ms, {}, from, to);

    CHECK(s.fromMillis == from);
    CHECK(s.toMillis == to);
    REQUIRE(s.kinds.size() == 3);
    CHECK(s.kinds[0].kind == KindId::OxygenSaturation);
    CHECK(s.kinds[1].kind == KindId::Weight);
    CHECK(s.kinds[2].kind == KindId::Glucose);
    CHECK(find(s, KindId::Pulse) == nullptr);

    const auto &spo2 = s.kinds[0];
    CHECK(spo2.count == 3);
    CHECK(spo2.min == 92);
    CHECK(spo2.max == 97);
    CHECK(spo2.mean == Approx(94.666666667));
    CHECK(spo2.latest == 97);
    CHECK(spo2.latestAtMillis == from + 10 * day);

    const auto &weight = s.kinds[1];
    CHECK(weight.count == 2);
    CHECK(weight.min == 80.0);
    CHECK(weight.max == 81.5);
    CHECK(weight.mean == Approx(80.75));
    CHECK(weight.latest == 81.5);
    CHECK(weight.latestAtMillis == from + 2 * day);

    const auto &glucose = s.kinds[2];
    CHECK(glucose.count == 2);
    CHECK(glucose.latest == Approx(6.2));
    CHECK(glucose.latestAtMillis == to);
    CHECK(glucose.mean == Approx(5.6));
}

TEST_CASE("The canonical value is summarised, not the value as sent", "[trend][summary]")
{
    auto m = measured(KindId::Weight, 180, from + day);
    m.unit = "[lb_av]";
    m.canonicalValue = 81.646626;
    const std::vector<domain::Measurement> ms { m };
    const auto s = summarize(ms, {}, from, to);
    REQUIRE(s.kinds.size() == 1);
    CHECK(s.kinds[0].latest == Approx(81.646626));
    CHECK(s.kinds[0].max == Approx(81.646626));
}

TEST_CASE("Findings: red and yellow counted, how each was handled", "[trend][summary]")
{
    const std::vector<HandledFinding> fs {
        finding("f1", Level::Red, from + day, { "called_patient", "contacted_gp" }, { "ok" }),
        finding("f2", Level::Yellow, from + 2 * day), // not acknowledged
        finding("f3", Level::Yellow, from + 3 * day, { "advised_per_plan" }),
        // acknowledged twice with the same action: one finding handled that way
        finding("f4", Level::Red, from + 4 * day, { "called_patient", "called_patient" }),
        finding("f5", Level::Yellow, to), // on the edge: inside, not acknowledged
        finding("f6", Level::Suspect, from + 5 * day), // other levels are not counted
        finding("f7", Level::Missing, from + 6 * day, { "no_action_needed" }),
        finding("f8", Level::Red, from - 1, { "sent_plo" }), // before the period
        finding("f9", Level::Yellow, to + 1), // after it
    };

    const auto s = summarize({}, fs, from, to);

    CHECK(s.kinds.empty());
    CHECK(s.red == 2);
    CHECK(s.yellow == 3);
    CHECK(s.unacknowledged == 2);
    const std::map<std::string, int> actions {
        { "advised_per_plan", 1 },
        { "called_patient", 2 },
        { "contacted_gp", 1 },
    };
    CHECK(s.actions == actions);
}

TEST_CASE("An empty period summarises to nothing", "[trend][summary]")
{
    const std::vector<domain::Measurement> ms { measured(KindId::Pulse, 70, from - day) };
    const std::vector<HandledFinding> fs { finding("f1", Level::Red, to + day) };
    const auto s = summarize(ms, fs, from, to);
    CHECK(s.kinds.empty());
    CHECK(s.red == 0);
    CHECK(s.yellow == 0);
    CHECK(s.unacknowledged == 0);
    CHECK(s.actions.empty());
}

TEST_CASE(
    "Of two values at the same instant the later in the input is the latest", "[trend][summary]")
{
    const std::vector<domain::Measurement> ms {
        measured(KindId::Pulse, 70, from + day),
        measured(KindId::Pulse, 72, from + day),
        measured(KindId::Pulse, 60, from + hour),
    };
    const auto s = summarize(ms, {}, from, to);
    REQUIRE(s.kinds.size() == 1);
    CHECK(s.kinds[0].latest == 72);
    CHECK(s.kinds[0].min == 60);
}
