#pragma once
// Reduces a series to what a chart of `pixelColumns` columns can show: per pixel column the
// minimum and maximum point, and always every point whose zone is not green (a red or yellow
// value is never hidden by zooming out), plus the first and last point of the range. Pure;
// safe on any thread.

#include "core/trend/trend_point.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace varde::trend
{

// `points` sorted by time. Returns indices into `points`, ascending, of the points inside
// [fromMillis, toMillis] to draw. pixelColumns <= 0 keeps everything in range.
std::vector<std::size_t> reduceForPixels(std::span<const TrendPoint> points,
    std::int64_t fromMillis,
    std::int64_t toMillis,
    int pixelColumns);

} // namespace varde::trend
