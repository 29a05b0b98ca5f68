#pragma once
// Time-axis ticks in Europe/Oslo civil time. Qt Charts' QDateTimeAxis spaces ticks evenly in
// milliseconds and labels them in the process's zone, so a midnight tick on a 23- or 25-hour
// day lands an hour off; these ticks sit exactly on Oslo midnights (or month starts) and carry
// Norwegian labels. Pure.

#include <cstdint>
#include <string>
#include <vector>

namespace varde::trend
{

struct AxisTick {
    std::int64_t atMillis = 0; // an Oslo local midnight (UTC instant)
    std::string label; // "29.03." for day ticks, "mar. 2026"-style for month ticks
};

// At most `maxTicks` ticks inside [fromMillis, toMillis], on Oslo midnights with a step of 1, 2,
// 7 or 14 days, or on the first of every 1, 3 or 6 months, or on 1 January (the smallest step
// that fits). Day labels "dd.MM."; month labels "jan. 2026" … (Norwegian month
// abbreviations: jan., feb., mar., apr., mai, jun., jul., aug., sep., okt., nov., des.);
// year labels "2026".
std::vector<AxisTick> civilTicks(std::int64_t fromMillis, std::int64_t toMillis, int maxTicks);

} // namespace varde::trend
