#pragma once
// One measured value on a trend chart, with the zone triage gave it under the rules in force
// at its time.

#include "core/triage/level.h"

#include <cstdint>
#include <string>

namespace varde::trend
{

struct TrendPoint {
    std::int64_t atMillis = 0; // UTC
    double value = 0; // canonical unit
    triage::Level zone = triage::Level::Green;
    std::string measurementId;
};

} // namespace varde::trend
