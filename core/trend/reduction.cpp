#include "core/trend/reduction.h"

#include <algorithm>

namespace varde::trend
{
namespace
{

__extension__ typedef __int128 Wide; // (at - from) * columns can pass 2^63 on absurd ranges

// floor((at - from) * columns / (to - from + 1)), in [0, columns) for from <= at <= to.
std::int64_t columnOf(std::int64_t at, std::int64_t from, std::int64_t to, int columns)
{
    const Wide offset = Wide(at) - Wide(from);
    const Wide span = Wide(to) - Wide(from) + 1;
    return static_cast<std::int64_t>(offset * columns / span);
}

} // namespace

std::vector<std::size_t> reduceForPixels(std::span<const TrendPoint> points,
    std::int64_t fromMillis,
    std::int64_t toMillis,
    int pixelColumns)
{
    std::vector<std::size_t> out;
    if (points.empty() || toMillis < fromMillis)
        return out;

    // The points in range form one run, since the points are sorted by time.
    const auto first = std::lower_bound(points.begin(), points.end(), fromMillis,
        [](const TrendPoint &p, std::int64_t at) { return p.atMillis < at; });
    const auto last = std::upper_bound(first, points.end(), toMillis,
        [](std::int64_t at, const TrendPoint &p) { return at < p.atMillis; });
    const auto begin = static_cast<std::size_t>(first - points.begin());
    const auto end = static_cast<std::size_t>(last - points.begin());
    if (begin == end)
        return out;

    if (pixelColumns <= 0) {
        out.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i)
            out.push_back(i);
        return out;
    }

    // One flag per point in range, then one ascending sweep: sorted and unique by construction.
    std::vector<unsigned char> keep(end - begin, 0);
    const auto mark = [&](std::size_t i) { keep[i - begin] = 1; };
    mark(begin);
    mark(end - 1);

    // Per column its minimum and maximum: what a column of pixels can show of a line.
    std::size_t columnMin = begin, columnMax = begin;
    std::int64_t column = columnOf(points[begin].atMillis, fromMillis, toMillis, pixelColumns);
    const auto flush = [&] {
        mark(columnMin);
        mark(columnMax);
    };
    for (std::size_t i = begin; i < end; ++i) {
        const auto &p = points[i];
        if (p.zone != triage::Level::Green)
            mark(i);
        const auto c = columnOf(p.atMillis, fromMillis, toMillis, pixelColumns);
        if (c != column) {
            flush();
            column = c;
            columnMin = columnMax = i;
        } else {
            if (p.value < points[columnMin].value)
                columnMin = i;
            if (p.value > points[columnMax].value)
                columnMax = i;
        }
    }
    flush();

    for (std::size_t i = begin; i < end; ++i)
        if (keep[i - begin])
            out.push_back(i);
    return out;
}

} // namespace varde::trend
