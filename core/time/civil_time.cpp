#include "core/time/civil_time.h"

#include <date/date.h>
#include <date/tz.h>

#include <cstdio>
#include <exception>

namespace varde::time
{
namespace
{

using namespace std::chrono;

const date::time_zone *oslo()
{
    // locate_zone reads tzdata once; the pointer stays valid for the program's life.
    static const date::time_zone *zone = date::locate_zone("Europe/Oslo");
    return zone;
}

LocalDate toStd(date::year_month_day d)
{
    return LocalDate { year { int(d.year()) }, month { unsigned(d.month()) },
        day { unsigned(d.day()) } };
}

date::year_month_day fromStd(LocalDate d)
{
    return date::year_month_day { date::year { int(d.year()) }, date::month { unsigned(d.month()) },
        date::day { unsigned(d.day()) } };
}

std::string twoDigits(long value)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%02ld", value);
    return buffer;
}

std::string offsetText(minutes offset)
{
    const long total = offset.count();
    const char sign = total < 0 ? '-' : '+';
    const long magnitude = total < 0 ? -total : total;
    return std::string(1, sign) + twoDigits(magnitude / 60) + ":" + twoDigits(magnitude % 60);
}

bool digitsAt(std::string_view text, std::size_t pos, std::size_t count, int &out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    out = value;
    return true;
}

} // namespace

std::int64_t toEpochMillis(Instant instant) { return instant.time_since_epoch().count(); }

Instant fromEpochMillis(std::int64_t millis) { return Instant { milliseconds { millis } }; }

Instant now() { return time_point_cast<milliseconds>(system_clock::now()); }

LocalDateTime toOslo(Instant instant)
{
    const auto info = oslo()->get_info(date::sys_time<milliseconds> { instant.time_since_epoch() });
    const auto offset = duration_cast<minutes>(info.offset);
    const auto local = instant.time_since_epoch() + offset;
    const auto dayStart = floor<days>(local);
    const auto ymd = date::year_month_day { date::sys_days { dayStart } };
    return LocalDateTime { toStd(ymd), hh_mm_ss<milliseconds> { local - dayStart }, offset };
}

LocalDate osloDate(Instant instant) { return toOslo(instant).date; }

Instant fromOslo(LocalDate date, minutes timeOfDay)
{
    const auto local = date::local_days { fromStd(date) } + timeOfDay;
    const auto info = oslo()->get_info(local);
    // Unique: the one offset. Ambiguous (autumn): info.first is the earlier, summer offset.
    // Nonexistent (spring gap): subtracting the winter offset moves the time forward by the gap.
    const auto utc = date::sys_seconds { local.time_since_epoch() - info.first.offset };
    return Instant { duration_cast<milliseconds>(utc.time_since_epoch()) };
}

Instant osloStartOfDay(LocalDate date) { return fromOslo(date, minutes { 0 }); }

std::string formatDate(LocalDate d)
{
    return twoDigits(unsigned(d.day())) + "." + twoDigits(unsigned(d.month())) + "."
        + std::to_string(int(d.year()));
}

std::string formatOsloDate(Instant instant) { return formatDate(osloDate(instant)); }

std::string formatOsloTime(Instant instant)
{
    const auto local = toOslo(instant);
    return twoDigits(local.timeOfDay.hours().count()) + ":"
        + twoDigits(local.timeOfDay.minutes().count());
}

std::string formatOsloDateTime(Instant instant)
{
    return formatOsloDate(instant) + " " + formatOsloTime(instant);
}

std::string formatIsoDate(LocalDate d)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
        unsigned(d.day()));
    return buffer;
}

std::string formatIsoUtc(Instant instant)
{
    const auto dayStart = floor<days>(instant);
    const hh_mm_ss<milliseconds> t { instant - dayStart };
    const year_month_day ymd { dayStart };
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%sT%02ld:%02ld:%02ld.%03ldZ", formatIsoDate(ymd).c_str(),
        long(t.hours().count()), long(t.minutes().count()), long(t.seconds().count()),
        long(t.subseconds().count()));
    return buffer;
}

std::string formatIsoOslo(Instant instant)
{
    const auto local = toOslo(instant);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%sT%02ld:%02ld:%02ld%s",
        formatIsoDate(local.date).c_str(), long(local.timeOfDay.hours().count()),
        long(local.timeOfDay.minutes().count()), long(local.timeOfDay.seconds().count()),
        offsetText(local.utcOffset).c_str());
    return buffer;
}

Result<LocalDate> parseIsoDate(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digitsAt(text, 0, 4, y)
        || !digitsAt(text, 5, 2, m) || !digitsAt(text, 8, 2, d))
        return fail(ErrorCode::InvalidTime, "expected a date as YYYY-MM-DD");
    const LocalDate date { year { y }, month { unsigned(m) }, day { unsigned(d) } };
    if (!date.ok())
        return fail(ErrorCode::InvalidTime, "no such date");
    return date;
}

Result<Instant> parseIsoInstant(std::string_view text)
{
    // YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM)
    auto date = parseIsoDate(text.substr(0, 10));
    if (!date)
        return fail(date.error());
    int hh = 0, mm = 0, ss = 0;
    if (text.size() < 16 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        || !digitsAt(text, 11, 2, hh) || text[13] != ':' || !digitsAt(text, 14, 2, mm))
        return fail(ErrorCode::InvalidTime, "expected a time as THH:MM");
    std::size_t pos = 16;
    long millis = 0;
    if (pos < text.size() && text[pos] == ':') {
        if (!digitsAt(text, pos + 1, 2, ss))
            return fail(ErrorCode::InvalidTime, "expected seconds as :SS");
        pos += 3;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            long scale = 100;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                millis += (text[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
        }
    }
    if (hh > 23 || mm > 59 || ss > 60)
        return fail(ErrorCode::InvalidTime, "hour, minute or second out of range");
    minutes offset { 0 };
    if (pos >= text.size())
        return fail(ErrorCode::InvalidTime, "the time has no offset or Z");
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        int oh = 0, om = 0;
        if (!digitsAt(text, pos + 1, 2, oh) || pos + 3 >= text.size() || text[pos + 3] != ':'
            || !digitsAt(text, pos + 4, 2, om) || oh > 18 || om > 59)
            return fail(ErrorCode::InvalidTime, "expected an offset as ±HH:MM");
        offset = minutes { oh * 60 + om } * (text[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return fail(ErrorCode::InvalidTime, "the time has no offset or Z");
    }
    if (pos != text.size())
        return fail(ErrorCode::InvalidTime, "unexpected text after the time");
    const auto local = sys_days { *date } + hours { hh } + minutes { mm } + seconds { ss }
        + milliseconds { millis };
    return Instant { local - offset };
}

std::string formatClock(int minuteOfDay)
{
    return twoDigits(minuteOfDay / 60) + ":" + twoDigits(minuteOfDay % 60);
}

int ageOn(LocalDate birth, LocalDate on)
{
    int age = int(on.year()) - int(birth.year());
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

} // namespace varde::time
