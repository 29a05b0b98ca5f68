#pragma once
// A readable comparison of two plan versions: which limits and actions changed, in bokmål, so
// that a GP approving a draft sees exactly what differs from the version in force.

#include "core/plan/plan_version.h"

#include <string>
#include <vector>

namespace varde::plan
{

enum class ChangeArea {
    Limit,
    Medicine,
    ZoneAction,
    Goal,
    Measure,
    Schedule,
    TrialPeriod,
    Evaluation,
    Participant
};

struct PlanChange {
    ChangeArea area;
    std::string text; // "Endret: Oksygenmetning under 89 % → rød ⇒ Oksygenmetning under 86 % → rød"
    std::string before; // the old line (empty when added)
    std::string after; // the new line (empty when removed)
    bool needsApproval = false; // limits and medicine measures need a GP's approval
};

// What changed from `before` to `after`, limits and medicine measures first.
std::vector<PlanChange> comparePlans(const PlanVersion &before, const PlanVersion &after);

} // namespace varde::plan
