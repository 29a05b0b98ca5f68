#pragma once
// The patient's own limits as shaded bands behind a trend, as they applied at each time: each
// plan period (a plan version from its approval until the next) gives its own bands, so old
// data is never drawn against today's limits. Only band rules give zones (baseline, change and
// answer rules judge single values and have no fixed band).

#include "core/domain/measurement_kind.h"
#include "core/triage/level.h"
#include "core/triage/rules.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace varde::trend
{

struct PlanPeriod {
    std::int64_t fromMillis = 0;
    std::optional<std::int64_t> untilMillis; // nothing: still in force
    const triage::RuleSet *rules = nullptr;
};

struct ZoneBand {
    std::int64_t fromMillis = 0;
    std::int64_t toMillis = 0;
    double low = 0; // clipped to the display range
    double high = 0;
    triage::Level level = triage::Level::Green; // Green, Yellow or Red
};

// Bands for one kind inside [fromMillis, toMillis] and [displayMin, displayMax]. A period's
// band rules for the kind (a rule on any code of the kind) split the value axis into red /
// yellow / green / yellow / red stretches; adjacent equal stretches are merged; a period with
// no band rule for the kind gives no bands.
std::vector<ZoneBand> zoneBands(std::span<const PlanPeriod> periods,
    domain::KindId kind,
    std::int64_t fromMillis,
    std::int64_t toMillis,
    double displayMin,
    double displayMax);

// The zone of one value under a rule set's band rules for its kind (strict limits, as triage);
// Suspect when the value is outside the kind's plausible range.
triage::Level zoneOf(const triage::RuleSet &rules, domain::KindId kind, double value);

} // namespace varde::trend
