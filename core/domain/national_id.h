#pragma once
// Norwegian fødselsnummer and D-nummer (11 digits, two mod-11 check digits).
// See ../shared/clinical/CONTEXT.md §4. Synthetic numbers (month + 80, as in Skatteetaten's
// synthetic population) are accepted only when the options allow it (test and demo mode), so
// a demo number can never be mistaken for a real person's.

#include "core/common/result.h"

#include <chrono>
#include <string>
#include <string_view>

namespace varde::domain
{

enum class NationalIdKind { Fodselsnummer, DNummer };
enum class Sex { Female, Male, Unknown };

// Which check-digit rule the number satisfied. From 1 January 2032 new numbers may have a
// K1 check remainder of 0, 1, 2 or 3 (Skatteetaten); such numbers carry no sex.
enum class ChecksumRule { Legacy, From2032 };

struct NationalIdOptions {
    bool allowSynthetic = false; // month + 80: demo and test data only
    bool allowRule2032 = false; // see defaultNationalIdOptions
};

// Production options for a given civil date: the 2032 rule is accepted from 2032-01-01 on,
// because before that date no such number exists and accepting it would let more typing
// errors through (about one in three wrong numbers instead of one in eleven).
NationalIdOptions defaultNationalIdOptions(std::chrono::year_month_day today);

struct NationalId {
    std::string digits; // the 11 digits as given (spaces removed)
    NationalIdKind kind;
    ChecksumRule rule;
    bool synthetic; // month + 80
    std::chrono::year_month_day birthDate;
    Sex sex; // Unknown for 2032-rule numbers
};

// Accepts 11 digits, optionally with one space or no space after the 6th ("010190 12345").
// Errors (ErrorCode::InvalidNationalId) say in their detail which check failed, without
// repeating the number: "must have 11 digits", "first check digit is wrong",
// "second check digit is wrong", "no such date", "individual number does not fit the year",
// "synthetic numbers are only accepted in demo mode".
Result<NationalId> parseNationalId(std::string_view text, const NationalIdOptions &options);

// Builds a valid synthetic fødselsnummer (month + 80) for the given birth date and sex, choosing
// the first individual number at or after `startIndividual` (within the century's series) that
// gives valid check digits. Used by the demo cohort. Error if none exists in the series.
Result<std::string> makeSyntheticFodselsnummer(
    std::chrono::year_month_day birthDate, Sex sex, int startIndividual);

// "010190 *****": birth part shown, personnummer hidden.
std::string maskNationalId(std::string_view digits);

} // namespace varde::domain
