#include "core/domain/measurement_kind.h"
#include "core/domain/questionnaire.h"
#include "tests/core/support/test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <string>

using namespace varde;
using namespace varde::domain;

namespace Catch
{
template <> struct StringMaker<KindId> {
    static std::string convert(KindId id) { return std::string(kindInfo(id).key); }
};
} // namespace Catch

TEST_CASE("codes as sent map to their kind", "[kind]")
{
    auto [code, kind] = GENERATE(table<std::string, KindId>({
        { "59408-5", KindId::OxygenSaturation }, // SpO2 by pulse oximetry
        { "2708-6", KindId::OxygenSaturation }, // SpO2 (older oximeters)
        { "150456", KindId::OxygenSaturation }, // MDC_PULS_OXIM_SAT_O2
        { "8867-4", KindId::Pulse },
        { "8480-6", KindId::Systolic },
        { "8462-4", KindId::Diastolic },
        { "29463-7", KindId::Weight },
        { "8310-5", KindId::Temperature },
        { "15074-8", KindId::Glucose },
        { "9279-1", KindId::RespiratoryRate },
    }));
    CAPTURE(code);
    CHECK(kindForCode(code) == kind);
}

TEST_CASE("unknown codes and panel codes are no single kind", "[kind]")
{
    const std::string code
        = GENERATE(as<std::string> {}, "", "59408", "59408-5 ", "85354-9", "55284-4", "spo2");
    CAPTURE(code);
    CHECK_FALSE(kindForCode(code).has_value());
}

TEST_CASE("blood-pressure panel codes are recognised", "[kind]")
{
    CHECK(isBloodPressurePanel("85354-9"));
    CHECK(isBloodPressurePanel("55284-4"));
    CHECK(isBloodPressurePanel("150020"));
    CHECK(isBloodPressurePanel(bloodPressurePanelCode));
    // The components are kinds of their own, not panels.
    CHECK_FALSE(isBloodPressurePanel("8480-6"));
    CHECK_FALSE(isBloodPressurePanel("8462-4"));
    CHECK_FALSE(isBloodPressurePanel(""));
}

TEST_CASE("the kind catalogue is consistent", "[kind]")
{
    std::set<std::string_view> keys;
    std::set<std::string_view> codes;
    for (const auto &kind : allKinds()) {
        CAPTURE(kind.key);
        CHECK(keys.insert(kind.key).second);
        CHECK(&kindInfo(kind.id) == &kind);
        CHECK(kindForKey(kind.key) == kind.id);
        CHECK(kindForCode(kind.primaryCode) == kind.id);
        for (auto code : kind.codes) {
            CAPTURE(code);
            CHECK(codes.insert(code).second); // no code means two kinds
        }
        CHECK(kind.plausibleMin < kind.plausibleMax);
        CHECK_FALSE(kind.nameNb.empty());
        // The canonical unit converts to itself without change.
        const auto same = toCanonical(kind.id, 42.5, kind.canonicalUnit);
        REQUIRE(same);
        CHECK(*same == 42.5);
    }
    CHECK(keys.size() == 8);
    CHECK_FALSE(kindForKey("SpO2").has_value());
}

TEST_CASE("values in other units convert to the canonical unit", "[kind][unit]")
{
    auto [kind, value, unit, canonical] = GENERATE(table<KindId, double, std::string, double>({
        { KindId::Weight, 80000, "g", 80 },
        { KindId::Weight, 176.37, "[lb_av]", 80 },
        { KindId::Weight, 80, "kg", 80 },
        { KindId::Temperature, 98.6, "[degF]", 37 },
        { KindId::Temperature, 32, "[degF]", 0 },
        { KindId::Temperature, 37, "Cel", 37 },
        { KindId::Glucose, 126, "mg/dL", 126 / 18.016 }, // ≈ 6.99 mmol/L
        { KindId::Glucose, 18.016, "mg/dL", 1 },
        { KindId::Glucose, 7, "mmol/L", 7 },
        { KindId::OxygenSaturation, 95, "%", 95 },
        { KindId::Systolic, 135, "mm[Hg]", 135 },
    }));
    CAPTURE(kind, value, unit);
    const auto converted = toCanonical(kind, value, unit);
    INFO((converted ? std::string() : describe(converted.error())));
    REQUIRE(converted);
    CHECK(*converted == Approx(canonical).margin(0.005));
}

TEST_CASE("126 mg/dL glucose reads as 6.99 mmol/L", "[kind][unit]")
{
    const auto converted = toCanonical(KindId::Glucose, 126, "mg/dL");
    REQUIRE(converted);
    CHECK(std::round(*converted * 100) / 100 == 6.99);
}

TEST_CASE("missing, wrong and mis-cased units are errors that name the unit", "[kind][unit]")
{
    SECTION("an empty unit is unknown")
    {
        const auto result = toCanonical(KindId::Weight, 80, "");
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::UnknownUnit);
    }
    SECTION("a unit of another quantity is incompatible")
    {
        auto [kind, unit] = GENERATE(table<KindId, std::string>({
            { KindId::Weight, "mmol/L" },
            { KindId::Glucose, "kg" },
            { KindId::Temperature, "%" },
            { KindId::OxygenSaturation, "/min" },
            { KindId::Pulse, "%" },
            { KindId::Systolic, "kg" },
        }));
        CAPTURE(kind, unit);
        const auto result = toCanonical(kind, 80, unit);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::IncompatibleUnit);
        CHECK(result.error().detail.find("'" + unit + "'") != std::string::npos);
    }
    SECTION("UCUM is case-sensitive")
    {
        auto [kind, unit] = GENERATE(table<KindId, std::string>({
            { KindId::Weight, "KG" },
            { KindId::Weight, "Kg" },
            { KindId::Weight, "G" },
            { KindId::Temperature, "cel" },
            { KindId::Temperature, "[DEGF]" },
            { KindId::Glucose, "MMOL/L" },
            { KindId::Glucose, "mg/dl" },
        }));
        CAPTURE(kind, unit);
        const auto result = toCanonical(kind, 80, unit);
        REQUIRE_FALSE(result);
        CHECK((result.error().code == ErrorCode::IncompatibleUnit
            || result.error().code == ErrorCode::UnknownUnit));
        CHECK(result.error().detail.find(unit) != std::string::npos);
    }
}

TEST_CASE("plausible ranges include both edges and nothing beyond", "[kind][plausible]")
{
    // ../shared/clinical/CONTEXT.md §2, as given in the issue.
    auto [kind, low, high] = GENERATE(table<KindId, double, double>({
        { KindId::OxygenSaturation, 50, 100 },
        { KindId::Pulse, 20, 250 },
        { KindId::Systolic, 50, 280 },
        { KindId::Diastolic, 20, 180 },
        { KindId::Weight, 20, 350 },
        { KindId::Temperature, 30, 43 },
        { KindId::Glucose, 1, 40 },
        { KindId::RespiratoryRate, 4, 60 },
    }));
    CAPTURE(kind, low, high);
    CHECK(kindInfo(kind).plausibleMin == low);
    CHECK(kindInfo(kind).plausibleMax == high);
    CHECK(isPlausible(kind, low));
    CHECK(isPlausible(kind, high));
    CHECK(isPlausible(kind, (low + high) / 2));
    CHECK_FALSE(isPlausible(kind, low - 0.1));
    CHECK_FALSE(isPlausible(kind, high + 0.1));
    CHECK_FALSE(isPlausible(kind, std::nextafter(low, -1e9)));
    CHECK_FALSE(isPlausible(kind, std::nextafter(high, 1e9)));
    CHECK_FALSE(isPlausible(kind, std::numeric_limits<double>::quiet_NaN()));
}

TEST_CASE("questionnaire ids are unique and can be found", "[questionnaire]")
{
    std::set<std::string_view> ids;
    for (const auto &question : allQuestions()) {
        CAPTURE(question.id);
        CHECK(ids.insert(question.id).second);
        CHECK(findQuestion(question.id) == &question);
        CHECK_FALSE(question.textNb.empty());
        CHECK(question.answers.size() >= 2);
        for (auto answer : question.answers) {
            CAPTURE(answer);
            for (char c : answer)
                CHECK_FALSE((c >= 'A' && c <= 'Z'));
        }
    }
    CHECK(ids.size() >= 7);
    // The ids the demo and the plan templates refer to.
    for (const char *id :
        { "dyspne-verre", "hoste-mer", "oppspytt", "hevelse-bein", "feber", "slapp" })
        CHECK(findQuestion(id) != nullptr);
    CHECK(findQuestion("") == nullptr);
    CHECK(findQuestion("Dyspne-verre") == nullptr);
    CHECK(findQuestion("no-such-question") == nullptr);
}
