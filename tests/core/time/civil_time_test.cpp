#include "core/time/civil_time.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace std::chrono;
using namespace varde;
using namespace varde::time;

namespace
{

// An instant given in UTC, written out independently of the code under test.
Instant utc(year_month_day date, int hour, int minute, int second = 0, int millis = 0)
{
    return Instant { sys_days { date } + hours { hour } + minutes { minute } + seconds { second }
        + milliseconds { millis } };
}

std::string iso(Instant instant) { return formatIsoUtc(instant); }

} // namespace

namespace Catch
{
template <> struct StringMaker<Instant> {
    static std::string convert(Instant instant) { return formatIsoUtc(instant); }
};
} // namespace Catch

TEST_CASE("Oslo is UTC+01:00 in winter and UTC+02:00 in summer", "[time]")
{
    auto [instant, offset, local] = GENERATE(table<Instant, int, std::string>({
        { utc(2026y / January / 15, 12, 0), 60, "15.01.2026 13:00" },
        { utc(2026y / July / 15, 12, 0), 120, "15.07.2026 14:00" },
        { utc(2026y / December / 31, 23, 30), 60,
            "01.01.2027 00:30" }, // next day (and year) in Oslo
        { utc(2026y / June / 30, 22, 15), 120, "01.07.2026 00:15" },
    }));
    CAPTURE(iso(instant));
    const auto oslo = toOslo(instant);
    CHECK(oslo.utcOffset == minutes { offset });
    CHECK(formatOsloDateTime(instant) == local);
}

TEST_CASE("osloDate follows the Oslo calendar, not UTC's", "[time]")
{
    // 23:30Z on 31 January is 00:30 on 1 February in Oslo.
    CHECK(osloDate(utc(2026y / January / 31, 23, 30)) == 2026y / February / 1);
    CHECK(osloDate(utc(2026y / January / 31, 22, 59)) == 2026y / January / 31);
    CHECK(formatOsloDate(utc(2026y / January / 31, 23, 30)) == "01.02.2026");
    CHECK(formatOsloTime(utc(2026y / January / 31, 23, 30)) == "00:30");
}

TEST_CASE("the daylight-saving days of 2026 have 23 and 25 hours", "[time][dst]")
{
    auto [date, startUtc, nextStartUtc, length]
        = GENERATE(table<year_month_day, Instant, Instant, hours>({
            // 29 March: clocks go 02:00 -> 03:00.
            { 2026y / March / 29, utc(2026y / March / 28, 23, 0), utc(2026y / March / 29, 22, 0),
                hours { 23 } },
            // 25 October: clocks go 03:00 -> 02:00.
            { 2026y / October / 25, utc(2026y / October / 24, 22, 0),
                utc(2026y / October / 25, 23, 0), hours { 25 } },
            // Ordinary days either side.
            { 2026y / March / 28, utc(2026y / March / 27, 23, 0), utc(2026y / March / 28, 23, 0),
                hours { 24 } },
            { 2026y / October / 26, utc(2026y / October / 25, 23, 0),
                utc(2026y / October / 26, 23, 0), hours { 24 } },
        }));
    CAPTURE(formatIsoDate(date));
    const Instant start = osloStartOfDay(date);
    const Instant next = osloStartOfDay(year_month_day { sys_days { date } + days { 1 } });
    CHECK(start == startUtc);
    CHECK(next == nextStartUtc);
    CHECK(next - start == length);
    CHECK(osloDate(start) == date);
    CHECK(formatOsloTime(start) == "00:00");
}

TEST_CASE("a time in the skipped spring hour moves forward by the gap", "[time][dst]")
{
    // 02:30 does not exist on 29 March 2026; a clock set forward shows 03:30 (+02:00) = 01:30Z.
    const Instant instant = fromOslo(2026y / March / 29, hours { 2 } + minutes { 30 });
    CHECK(instant == utc(2026y / March / 29, 1, 30));
    CHECK(formatOsloDateTime(instant) == "29.03.2026 03:30");
    // Either side of the gap.
    CHECK(fromOslo(2026y / March / 29, hours { 1 } + minutes { 59 })
        == utc(2026y / March / 29, 0, 59));
    CHECK(fromOslo(2026y / March / 29, hours { 3 }) == utc(2026y / March / 29, 1, 0));
}

TEST_CASE("a time in the repeated autumn hour picks the earlier instant", "[time][dst]")
{
    // 02:30 happens twice on 25 October 2026: first at +02:00 (00:30Z), then at +01:00 (01:30Z).
    const Instant instant = fromOslo(2026y / October / 25, hours { 2 } + minutes { 30 });
    CHECK(instant == utc(2026y / October / 25, 0, 30));
    CHECK(toOslo(instant).utcOffset == minutes { 120 });
    // Both instants show as 02:30 in Oslo, but with different offsets.
    CHECK(formatOsloDateTime(utc(2026y / October / 25, 0, 30)) == "25.10.2026 02:30");
    CHECK(formatOsloDateTime(utc(2026y / October / 25, 1, 30)) == "25.10.2026 02:30");
    CHECK(formatIsoOslo(utc(2026y / October / 25, 0, 30)) == "2026-10-25T02:30:00+02:00");
    CHECK(formatIsoOslo(utc(2026y / October / 25, 1, 30)) == "2026-10-25T02:30:00+01:00");
    // After the repeated hour the offset is unique again.
    CHECK(fromOslo(2026y / October / 25, hours { 3 }) == utc(2026y / October / 25, 2, 0));
}

TEST_CASE("formatOsloDateTime writes dd.MM.yyyy HH:mm with leading zeros", "[time]")
{
    const Instant instant = utc(2026y / March / 5, 7, 4, 59, 999); // 08:04:59.999 Oslo
    CHECK(formatOsloDateTime(instant) == "05.03.2026 08:04");
    CHECK(formatOsloDate(instant) == "05.03.2026");
    CHECK(formatOsloTime(instant) == "08:04");
    CHECK(formatDate(2026y / July / 9) == "09.07.2026");
    CHECK(formatIsoDate(2026y / July / 9) == "2026-07-09");
}

TEST_CASE("parseIsoInstant reads offsets, Z and fractional seconds", "[time][iso]")
{
    auto [text, expected] = GENERATE(table<std::string, Instant>({
        { "2026-03-30T08:14:00+02:00", utc(2026y / March / 30, 6, 14) },
        { "2026-03-30T06:14:00Z", utc(2026y / March / 30, 6, 14) },
        { "2026-03-30T06:14:00z", utc(2026y / March / 30, 6, 14) },
        { "2026-03-30T06:14Z", utc(2026y / March / 30, 6, 14) },
        { "2026-01-15T08:14:00+01:00", utc(2026y / January / 15, 7, 14) },
        { "2026-01-15T01:00:00-05:00", utc(2026y / January / 15, 6, 0) },
        { "2026-03-30T06:14:00.5Z", utc(2026y / March / 30, 6, 14, 0, 500) },
        { "2026-03-30T06:14:00.123Z", utc(2026y / March / 30, 6, 14, 0, 123) },
        { "2026-03-30T06:14:00.123456Z", utc(2026y / March / 30, 6, 14, 0, 123) },
        { "2026-03-30T08:14:07.250+02:00", utc(2026y / March / 30, 6, 14, 7, 250) },
        // An offset that crosses midnight backwards into the previous UTC day.
        { "2026-03-30T00:30:00+02:00", utc(2026y / March / 29, 22, 30) },
    }));
    CAPTURE(text);
    const auto parsed = parseIsoInstant(text);
    INFO((parsed ? std::string("parsed") : describe(parsed.error())));
    REQUIRE(parsed);
    CHECK(*parsed == expected);
}

TEST_CASE("parseIsoInstant refuses times it would have to guess", "[time][iso]")
{
    const std::string text = GENERATE(as<std::string> {},
        "2026-03-30T08:14:00", // no offset: a guess
        "2026-03-30T08:14", // no offset, no seconds
        "2026-03-30", // a date is not an instant
        "2026-02-30T08:00:00Z", // no such date
        "2026-13-01T08:00:00Z", // no such month
        "2026-03-30T24:00:00Z", // no such hour
        "2026-03-30T08:60:00Z", // no such minute
        "2026-03-30T08:14:00+0200", // offset without colon
        "2026-03-30T08:14:00+02", // half an offset
        "2026-03-30T08:14:00+02:00x", // trailing junk
        "2026-03-30T08:14:00 +02:00", // space before offset
        "30.03.2026 08:14", // Norwegian display form
        "garbage", "");
    CAPTURE(text);
    const auto parsed = parseIsoInstant(text);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::InvalidTime);
}

TEST_CASE("parseIsoDate accepts real dates only", "[time][iso]")
{
    CHECK(parseIsoDate("2024-02-29").value() == 2024y / February / 29);
    for (const char *bad : { "2026-02-29", "2026-02-30", "2026-04-31", "2026-00-10", "2026-3-30",
             "26-03-30", "2026/03/30", "" }) {
        CAPTURE(bad);
        const auto parsed = parseIsoDate(bad);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::InvalidTime);
    }
}

TEST_CASE("formatIsoOslo and parseIsoInstant round trip across the year", "[time][iso]")
{
    const Instant instant = GENERATE(utc(2026y / January / 15, 7, 14, 9),
        utc(2026y / March / 29, 0, 59, 59), // just before the gap
        utc(2026y / March / 29, 1, 0), // just after it
        utc(2026y / July / 1, 21, 59, 1), utc(2026y / October / 25, 0, 30), // first 02:30
        utc(2026y / October / 25, 1, 30), // second 02:30
        utc(2026y / December / 31, 23, 0));
    const std::string text = formatIsoOslo(instant);
    CAPTURE(text);
    const auto back = parseIsoInstant(text);
    REQUIRE(back);
    CHECK(*back == instant);
}

TEST_CASE("formatIsoUtc keeps milliseconds and round trips", "[time][iso]")
{
    const Instant instant = utc(2026y / March / 30, 6, 14, 0, 7);
    CHECK(formatIsoUtc(instant) == "2026-03-30T06:14:00.007Z");
    const auto back = parseIsoInstant(formatIsoUtc(instant));
    REQUIRE(back);
    CHECK(*back == instant);
    CHECK(fromEpochMillis(toEpochMillis(instant)) == instant);
    CHECK(toEpochMillis(utc(1970y / January / 1, 0, 0, 1)) == 1000);
}

TEST_CASE("ageOn counts whole years and turns on the birthday", "[time][age]")
{
    auto [birth, on, age] = GENERATE(table<year_month_day, year_month_day, int>({
        { 1950y / June / 15, 2026y / June / 14, 75 },
        { 1950y / June / 15, 2026y / June / 15, 76 },
        { 1950y / June / 15, 2026y / June / 16, 76 },
        { 1950y / June / 15, 2026y / May / 31, 75 },
        { 1950y / June / 15, 2026y / July / 1, 76 },
        { 1950y / December / 31, 2026y / January / 1, 75 },
        { 1950y / December / 31, 2026y / December / 31, 76 },
        // Born on a leap day: a year older on 1 March in a common year, on 29 February in a leap
        // year.
        { 1952y / February / 29, 2026y / February / 28, 73 },
        { 1952y / February / 29, 2026y / March / 1, 74 },
        { 1952y / February / 29, 2028y / February / 28, 75 },
        { 1952y / February / 29, 2028y / February / 29, 76 },
        { 2026y / March / 30, 2026y / March / 30, 0 },
    }));
    CAPTURE(formatIsoDate(birth), formatIsoDate(on));
    CHECK(ageOn(birth, on) == age);
}
