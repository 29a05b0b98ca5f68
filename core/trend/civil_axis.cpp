#include "core/trend/civil_axis.h"

#include "core/time/civil_time.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string_view>

namespace varde::trend
{
namespace
{

using namespace std::chrono;
using time::LocalDate;

constexpr std::array<std::string_view, 12> monthNames { "jan.", "feb.", "mar.", "apr.", "mai",
    "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des." };

enum class Unit { Day, Month, Year };

struct Step {
    Unit unit;
    int count;
};

constexpr std::array<Step, 7> fixedSteps { { { Unit::Day, 1 }, { Unit::Day, 2 }, { Unit::Day, 7 },
    { Unit::Day, 14 }, { Unit::Month, 1 }, { Unit::Month, 3 }, { Unit::Month, 6 } } };

long long floorMod(long long value, long long modulus)
{
    const long long r = value % modulus;
    return r < 0 ? r + modulus : r;
}

std::string twoDigits(unsigned value)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02u", value % 100);
    return buffer;
}

std::string dayLabel(LocalDate d)
{
    return twoDigits(unsigned(d.day())) + "." + twoDigits(unsigned(d.month())) + ".";
}

std::string monthLabel(year_month ym)
{
    return std::string(monthNames[unsigned(ym.month()) - 1]) + " " + std::to_string(int(ym.year()));
}

class Ticker
{
public:
    Ticker(LocalDate first, LocalDate last, std::size_t maxTicks)
        : m_first(first)
        , m_last(last)
        , m_max(maxTicks)
    {
    }

    // The ticks of one step, or nothing when there would be more than the maximum.
    std::optional<std::vector<AxisTick>> ticks(Step step) const
    {
        std::vector<AxisTick> out;
        const auto add = [&](LocalDate d, std::string label) {
            out.push_back({ time::toEpochMillis(time::osloStartOfDay(d)), std::move(label) });
            return out.size() <= m_max;
        };
        switch (step.unit) {
        case Unit::Day: {
            // On days counted from a Monday (1970-01-05 is day 4): weekly ticks fall on Mondays.
            auto n = sys_days { m_first }.time_since_epoch().count();
            n += floorMod(-(n + 3), step.count);
            const auto last = sys_days { m_last }.time_since_epoch().count();
            for (; n <= last; n += step.count) {
                const LocalDate d { sys_days { days { n } } };
                if (!add(d, dayLabel(d)))
                    return std::nullopt;
            }
            break;
        }
        case Unit::Month: {
            auto ym = m_first.year() / m_first.month();
            if (m_first.day() != day { 1 })
                ym += months { 1 };
            ym += months { static_cast<int>(
                floorMod(-static_cast<long long>(unsigned(ym.month()) - 1), step.count)) };
            for (; ym <= m_last.year() / m_last.month(); ym += months { step.count })
                if (!add(ym / day { 1 }, monthLabel(ym)))
                    return std::nullopt;
            break;
        }
        case Unit::Year: {
            int y = int(m_first.year());
            if (m_first.month() != January || m_first.day() != day { 1 })
                ++y;
            y += static_cast<int>(floorMod(-y, step.count));
            for (; y <= int(m_last.year()); y += step.count)
                if (!add(year { y } / January / 1, std::to_string(y)))
                    return std::nullopt;
            break;
        }
        }
        return out;
    }

private:
    LocalDate m_first; // the first date whose midnight is in range
    LocalDate m_last; // the last such date
    std::size_t m_max;
};

} // namespace

std::vector<AxisTick> civilTicks(std::int64_t fromMillis, std::int64_t toMillis, int maxTicks)
{
    // Civil dates exist from year 1 to 9999 here; beyond that there is nothing to label.
    const auto lowest
        = time::toEpochMillis(time::Instant { sys_days { year { 1 } / January / 2 } });
    const auto highest
        = time::toEpochMillis(time::Instant { sys_days { year { 9999 } / December / 30 } });
    fromMillis = std::max(fromMillis, lowest);
    toMillis = std::min(toMillis, highest);
    if (maxTicks <= 0 || toMillis < fromMillis)
        return {};

    LocalDate first = time::osloDate(time::fromEpochMillis(fromMillis));
    if (time::toEpochMillis(time::osloStartOfDay(first)) < fromMillis)
        first = LocalDate { sys_days { first } + days { 1 } };
    // The midnight that starts the day of `to` is never after `to`.
    const LocalDate last = time::osloDate(time::fromEpochMillis(toMillis));
    if (first > last)
        return {};

    const Ticker ticker(first, last, static_cast<std::size_t>(maxTicks));
    for (const auto step : fixedSteps)
        if (auto ticks = ticker.ticks(step))
            return std::move(*ticks);
    // Every 1, 2, 5, 10, 20, 50 … years; at the latest a step longer than the range fits.
    for (int scale = 1;; scale *= 10)
        for (const int factor : { 1, 2, 5 })
            if (auto ticks = ticker.ticks({ Unit::Year, factor * scale }))
                return std::move(*ticks);
}

} // namespace varde::trend
