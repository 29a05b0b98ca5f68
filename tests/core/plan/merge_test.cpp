// The three-way view of a sync conflict between two plan versions made from the same base: the
// nurse's parts survive where only she changed them, the server's where only it did, and a
// part both changed differently is left for her to choose.
#include "core/plan/merge.h"
#include "core/triage/case_json.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::plan;
using triage::BandRule;

namespace
{

PlanVersion base()
{
    PlanVersion v;
    v.rules = { BandRule { "59408-5", 92.0, 89.0, std::nullopt, std::nullopt } };
    v.content = standardContent();
    v.content.goals = { { "Gå til butikken selv", {} } };
    return v;
}

PartChange changeOf(const std::vector<PartMerge> &parts, ChangeArea area)
{
    for (const auto &p : parts)
        if (p.area == area)
            return p.change;
    FAIL("area missing");
    return PartChange::Neither;
}

} // namespace

TEST_CASE("each side's own changes are kept and only a part changed differently on both sides "
          "is a conflict",
    "[plan][merge]")
{
    const auto b = base();
    auto mine = b;
    mine.rules = { BandRule { "59408-5", 90.0, 87.0, std::nullopt, std::nullopt } };
    mine.content.goals.push_back({ "Være med på barnebarnets konfirmasjon", {} });
    auto theirs = b;
    theirs.content.actions(Zone::Yellow).patient = "Ring tjenesten før klokka 12.";
    theirs.content.goals.push_back({ "Sykle igjen", {} });
    theirs.content.trialWeeks = 4;
    mine.content.trialWeeks = 4;

    const auto parts = threeWay(b, mine, theirs);
    CHECK(parts.size() == allChangeAreas().size());
    CHECK(changeOf(parts, ChangeArea::Limit) == PartChange::Mine);
    CHECK(changeOf(parts, ChangeArea::ZoneAction) == PartChange::Theirs);
    CHECK(changeOf(parts, ChangeArea::Goal) == PartChange::Conflict);
    CHECK(changeOf(parts, ChangeArea::TrialPeriod) == PartChange::BothAlike);
    CHECK(changeOf(parts, ChangeArea::Medicine) == PartChange::Neither);

    auto choices = obviousChoices(parts);
    CHECK(choices == Choices { { ChangeArea::Limit, Keep::Mine } });

    SECTION("choosing the server's goals keeps their goals and my limits")
    {
        const auto merged = combine(b, mine, theirs, choices);
        CHECK(triage::rulesToJson(merged.rules) == triage::rulesToJson(mine.rules));
        CHECK(merged.content.goals == theirs.content.goals);
        CHECK(merged.content.actions(Zone::Yellow).patient == "Ring tjenesten før klokka 12.");
        CHECK(merged.content.trialWeeks == 4);
    }
    SECTION("choosing my goals keeps mine and still the server's zone actions")
    {
        choices[ChangeArea::Goal] = Keep::Mine;
        const auto merged = combine(b, mine, theirs, choices);
        CHECK(merged.content.goals == mine.content.goals);
        // Nothing of the server's own change is lost in the parts not taken from mine.
        CHECK(merged.content.zones == theirs.content.zones);
    }
    SECTION("keeping both sides' goals adds mine to theirs once, in order")
    {
        REQUIRE(canKeepBoth(ChangeArea::Goal));
        choices[ChangeArea::Goal] = Keep::Both;
        const auto merged = combine(b, mine, theirs, choices);
        REQUIRE(merged.content.goals.size() == 3);
        CHECK(merged.content.goals[0].text == "Gå til butikken selv");
        CHECK(merged.content.goals[1].text == "Sykle igjen");
        CHECK(merged.content.goals[2].text == "Være med på barnebarnets konfirmasjon");
    }
}

TEST_CASE("keeping both sides of a list honours what the nurse removed", "[plan][merge]")
{
    auto b = base();
    b.content.measures = { { MeasureArea::Activity, "Gå tur hver dag" },
        { MeasureArea::Food, "Spise fem små måltider" } };
    auto mine = b;
    mine.content.measures.erase(mine.content.measures.begin()); // no more daily walks
    mine.content.measures.push_back({ MeasureArea::Activity, "Sykle inne 10 minutter" });
    auto theirs = b;
    theirs.content.measures.push_back({ MeasureArea::Social, "Dagsenter på tirsdager" });
    const auto parts = threeWay(b, mine, theirs);
    CHECK(changeOf(parts, ChangeArea::Measure) == PartChange::Conflict);
    const auto merged = combine(b, mine, theirs, { { ChangeArea::Measure, Keep::Both } });
    const std::vector<Measure> expected { { MeasureArea::Food, "Spise fem små måltider" },
        { MeasureArea::Social, "Dagsenter på tirsdager" },
        { MeasureArea::Activity, "Sykle inne 10 minutter" } };
    CHECK(merged.content.measures == expected);
    // Both makes no sense for a limit: it is the one side or the other.
    CHECK_FALSE(canKeepBoth(ChangeArea::Limit));
}

TEST_CASE("a version unchanged from its base has nothing of its own to keep", "[plan][merge]")
{
    const auto b = base();
    auto theirs = b;
    theirs.content.evaluationNotes = "Evaluert i møte.";
    const auto parts = threeWay(b, b, theirs);
    CHECK(obviousChoices(parts).empty());
    CHECK(changeOf(parts, ChangeArea::Evaluation) == PartChange::Theirs);
    CHECK(combine(b, b, theirs, {}).content == theirs.content);
}
