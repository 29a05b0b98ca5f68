// Every clinical scenario in tests/data/triage through the engine (see scenario_support.h).
#include "scenario_support.h"

#include "core/triage/case_json.h"
#include "core/triage/triage_engine.h"

#include <catch2/catch.hpp>

using namespace varde;

TEST_CASE("Clinical triage scenarios give the expected status and reasons", "[triage][scenarios]")
{
    const auto all = scenarios::all();
    REQUIRE(all.size() >= 25);
    for (const auto &s : all) {
        CAPTURE(s.name);
        auto parsed = triage::parseTriageCase(s.json);
        if (!s.expected.error.empty()) {
            REQUIRE_FALSE(parsed);
            CAPTURE(parsed.error().detail);
            CHECK(parsed.error().detail.find(s.expected.error) != std::string::npos);
            continue;
        }
        REQUIRE(parsed);
        triage::TriageInput input;
        input.patientId = "case";
        input.rules = &parsed->rules;
        input.observations = parsed->observations;
        input.answers = parsed->answers;
        input.acknowledgedUntil = parsed->acknowledgedUntil;
        input.now = parsed->now;
        const auto json = triage::triageResultJson(triage::triage(input), parsed->now);
        CAPTURE(json);
        const auto actual = scenarios::parseResult(json);
        CHECK(actual.status == s.expected.status);
        CHECK(actual.reasons == s.expected.reasons);
        CHECK(scenarios::missingTexts(s.expected, actual).empty());
    }
}
