#pragma once
// The one place that knows civil time. Varde stores instants as UTC milliseconds and shows and
// judges them in Europe/Oslo. GCC 12 has no std::chrono time zones, so this wraps Howard
// Hinnant's date library (reading the system tzdata). Pure functions, safe on any thread.

#include "core/common/result.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace varde::time
{

using Instant = std::chrono::sys_time<std::chrono::milliseconds>;
using LocalDate = std::chrono::year_month_day;

struct LocalDateTime {
    LocalDate date;
    std::chrono::hh_mm_ss<std::chrono::milliseconds> timeOfDay;
    std::chrono::minutes utcOffset; // +60 in winter, +120 in summer
};

// Store representation: milliseconds since 1970-01-01T00:00:00Z.
std::int64_t toEpochMillis(Instant instant);
Instant fromEpochMillis(std::int64_t millis);

Instant now();

LocalDateTime toOslo(Instant instant);
LocalDate osloDate(Instant instant);

// The instant at which the given Oslo civil date starts (local midnight).
Instant osloStartOfDay(LocalDate date);

// The instant of a civil date and time in Oslo. In the autumn hour that occurs twice the
// earlier instant is chosen; a time in the skipped spring hour moves forward by the gap
// (02:30 on the last Sunday of March becomes 03:30), as a clock that is set forward does.
Instant fromOslo(LocalDate date, std::chrono::minutes timeOfDay);

// "dd.MM.yyyy", "HH:mm" and "dd.MM.yyyy HH:mm" in Oslo time, as Norwegian readers expect.
std::string formatOsloDate(Instant instant);
std::string formatOsloTime(Instant instant);
std::string formatOsloDateTime(Instant instant);
std::string formatDate(LocalDate date);

// ISO 8601 "2026-03-30T08:14:00+02:00", "…Z" or with fractional seconds. A time without an
// offset is an error (ErrorCode::InvalidTime): its instant would be a guess.
Result<Instant> parseIsoInstant(std::string_view text);
// UTC form "2026-03-30T06:14:00.000Z".
std::string formatIsoUtc(Instant instant);
// Oslo form with offset "2026-03-30T08:14:00+02:00".
std::string formatIsoOslo(Instant instant);

// "2026-03-30"
Result<LocalDate> parseIsoDate(std::string_view text);
std::string formatIsoDate(LocalDate date);

// "11:00" for 660 minutes after midnight.
std::string formatClock(int minuteOfDay);

// Whole years between birth and the given civil date.
int ageOn(LocalDate birth, LocalDate on);

} // namespace varde::time
