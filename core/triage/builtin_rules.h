#pragma once
// Varde's built-in default rule set, from the published example thresholds
// (../shared/clinical/CONTEXT.md §1.3), written strictly ("red at 88 % or lower" is
// red_below 89). It judges a patient only when neither a personal plan nor the follow-up
// service's own approved default set is in force, so that no value is ever left unjudged.
// The demo service adopts the same set as its approved default.

#include "core/triage/rules.h"

#include <string_view>

namespace varde::triage
{

inline constexpr std::string_view builtinRuleSetVersion = "varde-builtin-v1";

std::vector<Rule> builtinDefaultRules();
RuleSet builtinDefaultRuleSet();

} // namespace varde::triage
