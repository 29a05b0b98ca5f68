#pragma once
// What makes a plan's limits and content invalid, found before it can be sent for approval:
// red not beyond yellow, limits outside what can be measured, a rule with no limit, a trial
// period outside 2–4 weeks. Each problem names its field and carries a bokmål sentence for
// vardectl; the UI words the same problem through Qt Linguist by its kind.

#include "core/plan/plan_content.h"
#include "core/triage/rules.h"

#include <string>
#include <vector>

namespace varde::plan
{

enum class ProblemKind {
    NoLimit, // a rule that judges nothing
    RedNotBeyondYellow, // red_below ≥ yellow_below, red_above ≤ yellow_above, red drop ≤ yellow
    LowNotBelowHigh, // a low limit at or above a high limit
    OutsidePlausible, // a limit outside the kind's plausible range
    NotPositive, // a difference, window or interval that must be above zero
    NoCodeOrQuestion, // a rule without what it judges
    BadDueTime, // due_by outside 00:00–23:59
    TrialWeeks, // trial period outside 2–4 weeks
    EmptyText, // a goal, measure or medicine measure without text
    UnknownScheduleItem, // a schedule item that is no kind and no known question
};

struct Problem {
    ProblemKind kind;
    std::string field; // "rules[0].red_below", "content.trial_weeks"
    int ruleIndex = -1;
    std::string code; // the rule's code or question
    double value = 0; // the offending value
    double other = 0; // the limit it conflicts with, or the plausible bound
    std::string message; // bokmål
};

std::vector<Problem> validatePlan(
    const std::vector<triage::Rule> &rules, const PlanContent &content);

} // namespace varde::plan
