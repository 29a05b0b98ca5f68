#pragma once
// The GP's pre-consultation summary of a period: per kind the latest value, min, max and mean;
// the yellow and red findings and how each was handled. Pure.

#include "core/domain/measurement.h"
#include "core/triage/level.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace varde::trend
{

struct KindSummary {
    domain::KindId kind = domain::KindId::OxygenSaturation;
    std::size_t count = 0;
    double latest = 0;
    std::int64_t latestAtMillis = 0;
    double min = 0, max = 0, mean = 0;
};

struct HandledFinding {
    std::string findingId;
    triage::Level level = triage::Level::Yellow;
    std::int64_t atMillis = 0;
    std::string text; // the reason in bokmål
    std::vector<std::string> actions; // acknowledgement action keys, in time order
    std::vector<std::string> notes;
};

struct PeriodSummary {
    std::int64_t fromMillis = 0, toMillis = 0;
    std::vector<KindSummary> kinds; // catalogue order, only kinds measured in the period
    int red = 0, yellow = 0; // findings in the period
    int unacknowledged = 0; // of those, not yet acknowledged
    std::map<std::string, int> actions; // action key → how many findings were handled so
};

// Measurements outside [from, to] and implausible values (outside the kind's plausible range)
// are left out of min/max/mean; findings of other levels than red and yellow are not counted.
PeriodSummary summarize(std::span<const domain::Measurement> measurements,
    std::span<const HandledFinding> findings,
    std::int64_t fromMillis,
    std::int64_t toMillis);

} // namespace varde::trend
