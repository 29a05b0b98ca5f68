#pragma once
// The measurement schedule as triage rules: each item due on a given Oslo day with a due time
// becomes a missing rule for that day ("SpO2 by 11:00 on Mondays and Thursdays").

#include "core/plan/plan_content.h"
#include "core/time/civil_time.h"
#include "core/triage/rules.h"

#include <span>
#include <vector>

namespace varde::plan
{

// The rules with the schedule's items due on `day` appended as missing rules.
triage::RuleSet withScheduleRules(
    const triage::RuleSet &rules, std::span<const ScheduleItem> schedule, time::LocalDate day);

} // namespace varde::plan
