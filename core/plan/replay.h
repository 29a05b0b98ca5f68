#pragma once
// Replay: what a rule set would have raised on the patient's own recent data, so nurse and GP
// can weigh alarm load and missed deteriorations before a draft is approved. Uses the triage
// engine itself, at the end of every Oslo day of the period and at `now`, so missing
// measurements are counted day by day as the worklist would have shown them.

#include "core/plan/plan_content.h"
#include "core/time/civil_time.h"
#include "core/triage/inputs.h"
#include "core/triage/rules.h"

#include <span>

namespace varde::plan
{

struct ReplayCounts {
    int red = 0;
    int yellow = 0;
    int suspect = 0;
    int missing = 0;
    bool operator==(const ReplayCounts &) const = default;
};

// Distinct findings whose time lies in (now − days, now]. The schedule's items add missing
// rules on the days they are due, as in the worklist; nothing counts as missing before the
// patient's first measurement or answer (before that they were not yet measuring at home).
ReplayCounts replayRules(const triage::RuleSet &rules,
    std::span<const ScheduleItem> schedule,
    std::span<const triage::Observation> observations,
    std::span<const triage::Answer> answers,
    time::Instant now,
    int days);

} // namespace varde::plan
