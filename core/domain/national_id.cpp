#include "core/domain/national_id.h"

#include <array>
#include <cstddef>
#include <optional>

namespace varde::domain
{
namespace
{

constexpr std::size_t idLength = 11;
constexpr int syntheticMonthOffset = 80;
constexpr int dNummerDayOffset = 40;
constexpr std::chrono::year_month_day rule2032Start { std::chrono::year { 2032 },
    std::chrono::January, std::chrono::day { 1 } };

// Check weights include the check digit itself (weight 1), so a correct number sums to 0 mod 11.
constexpr std::array<int, 10> k1Weights { 3, 7, 6, 1, 8, 9, 4, 5, 2, 1 };
constexpr std::array<int, 11> k2Weights { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int digitAt(std::string_view digits, std::size_t index) { return digits[index] - '0'; }

int twoDigits(std::string_view digits, std::size_t index)
{
    return digitAt(digits, index) * 10 + digitAt(digits, index + 1);
}

template <std::size_t N>
int weightedRemainder(std::string_view digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += digitAt(digits, i) * weights[i];
    return sum % 11;
}

// Check digit that makes the weighted sum 0 mod 11; 10 means no digit fits.
template <std::size_t N>
int checkDigitFor(std::string_view prefix, const std::array<int, N> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i + 1 < N; ++i)
        sum += digitAt(prefix, i) * weights[i];
    return (11 - sum % 11) % 11;
}

// The 11 digits without the optional space after the sixth, or nothing if the shape is wrong.
std::optional<std::string> normalise(std::string_view text)
{
    std::string digits;
    if (text.size() == idLength + 1 && text[6] == ' ') {
        digits.append(text.substr(0, 6));
        digits.append(text.substr(7));
    } else if (text.size() == idLength) {
        digits.append(text);
    } else {
        return std::nullopt;
    }
    for (char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
    }
    return digits;
}

// Full birth year from the two-digit year and the individual number (CONTEXT.md §4 series).
std::optional<int> birthYear(int twoDigitYear, int individual)
{
    if (individual <= 499)
        return 1900 + twoDigitYear;
    if (individual <= 749 && twoDigitYear >= 54)
        return 1800 + twoDigitYear;
    if (twoDigitYear <= 39)
        return 2000 + twoDigitYear;
    if (individual >= 900)
        return 1900 + twoDigitYear;
    return std::nullopt;
}

} // namespace

NationalIdOptions defaultNationalIdOptions(std::chrono::year_month_day today)
{
    NationalIdOptions options;
    options.allowRule2032 = today >= rule2032Start;
    return options;
}

Result<NationalId> parseNationalId(std::string_view text, const NationalIdOptions &options)
{
    const std::optional<std::string> normalised = normalise(text);
    if (!normalised)
        return fail(ErrorCode::InvalidNationalId, "must have 11 digits");
    const std::string &digits = *normalised;

    // A 2032-rule remainder of 0 is indistinguishable from a legacy number, so 0 stays Legacy.
    const int k1Remainder = weightedRemainder(digits, k1Weights);
    ChecksumRule rule = ChecksumRule::Legacy;
    if (k1Remainder != 0) {
        if (!options.allowRule2032 || k1Remainder > 3)
            return fail(ErrorCode::InvalidNationalId, "first check digit is wrong");
        rule = ChecksumRule::From2032;
    }
    if (weightedRemainder(digits, k2Weights) != 0)
        return fail(ErrorCode::InvalidNationalId, "second check digit is wrong");

    int day = twoDigits(digits, 0);
    NationalIdKind kind = NationalIdKind::Fodselsnummer;
    if (day > dNummerDayOffset) {
        day -= dNummerDayOffset;
        kind = NationalIdKind::DNummer;
    }

    // Months outside 1-12 and 81-92 (H-numbers, NHN test persons) are no date we can check.
    int month = twoDigits(digits, 2);
    const bool synthetic = month > syntheticMonthOffset;
    if (synthetic)
        month -= syntheticMonthOffset;
    if (month < 1 || month > 12)
        return fail(ErrorCode::InvalidNationalId, "no such date");
    if (synthetic && !options.allowSynthetic)
        return fail(
            ErrorCode::InvalidNationalId, "synthetic numbers are only accepted in demo mode");

    const int individual = digitAt(digits, 6) * 100 + twoDigits(digits, 7);
    const std::optional<int> fullYear = birthYear(twoDigits(digits, 4), individual);
    if (!fullYear)
        return fail(ErrorCode::InvalidNationalId, "individual number does not fit the year");

    const std::chrono::year_month_day birthDate { std::chrono::year { *fullYear },
        std::chrono::month { static_cast<unsigned>(month) },
        std::chrono::day { static_cast<unsigned>(day) } };
    if (!birthDate.ok())
        return fail(ErrorCode::InvalidNationalId, "no such date");

    Sex sex = Sex::Unknown;
    if (rule == ChecksumRule::Legacy)
        sex = digitAt(digits, 8) % 2 == 0 ? Sex::Female : Sex::Male;

    return NationalId { digits, kind, rule, synthetic, birthDate, sex };
}

Result<std::string> makeSyntheticFodselsnummer(
    std::chrono::year_month_day birthDate, Sex sex, int startIndividual)
{
    if (!birthDate.ok())
        return fail(ErrorCode::InvalidArgument, "no such birth date");
    const int fullYear = static_cast<int>(birthDate.year());
    if (fullYear < 1854 || fullYear > 2039)
        return fail(ErrorCode::InvalidArgument, "birth year outside 1854-2039");
    if (startIndividual < 0 || startIndividual > 999)
        return fail(ErrorCode::InvalidArgument, "individual number outside 000-999");

    const int twoDigitYear = fullYear % 100;
    const unsigned dayValue = static_cast<unsigned>(birthDate.day());
    const unsigned monthValue = static_cast<unsigned>(birthDate.month()) + syntheticMonthOffset;
    std::string number(idLength, '0');
    number[0] = static_cast<char>('0' + dayValue / 10);
    number[1] = static_cast<char>('0' + dayValue % 10);
    number[2] = static_cast<char>('0' + monthValue / 10);
    number[3] = static_cast<char>('0' + monthValue % 10);
    number[4] = static_cast<char>('0' + twoDigitYear / 10);
    number[5] = static_cast<char>('0' + twoDigitYear % 10);

    // Walking all 1000 numbers and skipping those of other series is the same as wrapping
    // within the series, and also covers 1940-1999, whose series has two parts.
    for (int step = 0; step < 1000; ++step) {
        const int individual = (startIndividual + step) % 1000;
        if (birthYear(twoDigitYear, individual) != fullYear)
            continue;
        const bool even = individual % 2 == 0;
        if ((sex == Sex::Female && !even) || (sex == Sex::Male && even))
            continue;
        number[6] = static_cast<char>('0' + individual / 100);
        number[7] = static_cast<char>('0' + individual / 10 % 10);
        number[8] = static_cast<char>('0' + individual % 10);
        const int k1 = checkDigitFor(number, k1Weights);
        if (k1 == 10)
            continue;
        number[9] = static_cast<char>('0' + k1);
        const int k2 = checkDigitFor(number, k2Weights);
        if (k2 == 10)
            continue;
        number[10] = static_cast<char>('0' + k2);
        return number;
    }
    return fail(ErrorCode::InvalidArgument, "no valid individual number in the series");
}

std::string maskNationalId(std::string_view digits)
{
    bool elevenDigits = digits.size() == idLength;
    for (std::size_t i = 0; elevenDigits && i < digits.size(); ++i)
        elevenDigits = isDigit(digits[i]);
    if (!elevenDigits)
        return std::string(digits.size(), '*');
    return std::string(digits.substr(0, 6)) + " *****";
}

} // namespace varde::domain
