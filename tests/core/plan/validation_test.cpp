// Validation of limits and content, as the editor shows it and submit enforces it.
#include "core/plan/validation.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::plan;
using triage::BandRule;

namespace
{

std::vector<Problem> check(std::vector<triage::Rule> rules, PlanContent content = {})
{
    return validatePlan(rules, content);
}

const Problem &only(const std::vector<Problem> &problems)
{
    REQUIRE(problems.size() == 1);
    return problems.front();
}

} // namespace

TEST_CASE("sensible limits and content have no problems", "[plan][validation]")
{
    PlanContent content = standardContent();
    content.goals.push_back({ "Gå på hytta i sommer", {} });
    content.schedule.push_back({ "spo2", domain::everyDay, 11 * 60 });
    content.schedule.push_back({ "question:feber", domain::mondayAndThursday, std::nullopt });
    CHECK(check({ BandRule { "59408-5", 92.0, 88.0, std::nullopt, std::nullopt },
                    BandRule { "8867-4", 50.0, 40.0, 100.0, 120.0 },
                    triage::ChangeRule { "29463-7", 72, 2.0, 3.0, std::nullopt, std::nullopt },
                    triage::MissingRule { "59408-5", "", 11 * 60, std::nullopt } },
        content)
              .empty());
}

TEST_CASE("red must lie beyond yellow, on both sides", "[plan][validation]")
{
    const auto low
        = only(check({ BandRule { "59408-5", 88.0, 92.0, std::nullopt, std::nullopt } }));
    CHECK(low.kind == ProblemKind::RedNotBeyondYellow);
    CHECK(low.field == "rules[0].red_below");
    CHECK(low.value == 92.0);
    CHECK(low.other == 88.0);
    CHECK(low.message == "SpO2: rød grense 92 må være lavere enn gul grense 88");

    const auto equal
        = only(check({ BandRule { "8867-4", std::nullopt, std::nullopt, 110.0, 110.0 } }));
    CHECK(equal.kind == ProblemKind::RedNotBeyondYellow);
    CHECK(equal.field == "rules[0].red_above");

    const auto change = only(
        check({ triage::ChangeRule { "29463-7", 72, 3.0, 2.0, std::nullopt, std::nullopt } }));
    CHECK(change.kind == ProblemKind::RedNotBeyondYellow);
}

TEST_CASE("limits outside what can be measured, and empty rules, are named", "[plan][validation]")
{
    const auto spo2
        = only(check({ BandRule { "59408-5", 92.0, 40.0, std::nullopt, std::nullopt } }));
    CHECK(spo2.kind == ProblemKind::OutsidePlausible);
    CHECK(spo2.field == "rules[0].red_below");

    CHECK(only(check({ BandRule {
                   "8867-4", std::nullopt, std::nullopt, std::nullopt, std::nullopt } }))
              .kind
        == ProblemKind::NoLimit);
    CHECK(only(check({ BandRule { "8867-4", 130.0, std::nullopt, 120.0, std::nullopt } })).kind
        == ProblemKind::LowNotBelowHigh);
    CHECK(only(check({ triage::ChangeRule { "29463-7", 0, 2.0, 3.0, std::nullopt, std::nullopt } }))
              .kind
        == ProblemKind::NotPositive);
    CHECK(only(check({ triage::MissingRule { "59408-5", "", 24 * 60, std::nullopt } })).kind
        == ProblemKind::BadDueTime);
    CHECK(only(check({ triage::AnswerRule { "feber", {}, {} } })).kind == ProblemKind::NoLimit);
}

TEST_CASE("the content's trial period, texts and schedule are checked", "[plan][validation]")
{
    PlanContent content;
    content.trialWeeks = 5;
    CHECK(only(check({}, content)).kind == ProblemKind::TrialWeeks);
    content.trialWeeks = 1;
    CHECK(only(check({}, content)).field == "content.trial_weeks");
    content.trialWeeks = 2;
    content.goals.push_back({ "", {} });
    CHECK(only(check({}, content)).kind == ProblemKind::EmptyText);
    content.goals.clear();
    content.schedule.push_back({ "blodsukker", domain::everyDay, std::nullopt });
    CHECK(only(check({}, content)).kind == ProblemKind::UnknownScheduleItem);
}
