#include "core/domain/measurement_kind.h"

#include <array>
#include <string>

namespace varde::domain
{
namespace
{

using namespace std::string_view_literals;

// MDC codes are the 32-bit partition × 65536 + term form (HL7 PHD IG).
constexpr std::array spo2Codes { "59408-5"sv, "2708-6"sv, "150456"sv };
constexpr std::array pulseCodes { "8867-4"sv, "149530"sv, "147842"sv };
constexpr std::array systolicCodes { "8480-6"sv, "150021"sv };
constexpr std::array diastolicCodes { "8462-4"sv, "150022"sv };
constexpr std::array weightCodes { "29463-7"sv, "188736"sv };
constexpr std::array temperatureCodes { "8310-5"sv, "150364"sv };
constexpr std::array glucoseCodes { "15074-8"sv, "14743-9"sv, "160184"sv };
constexpr std::array respiratoryCodes { "9279-1"sv, "151562"sv };
constexpr std::array panelCodes { "85354-9"sv, "55284-4"sv, "150020"sv };

constexpr double poundInKg = 0.45359237;
constexpr double glucoseMgPerDlPerMmol = 18.016;

const std::array<MeasurementKind, kindCount> kinds { {
    { KindId::OxygenSaturation, "spo2", "59408-5", spo2Codes, "%", "%", 50, 100, 0,
        "oksygenmetning", "SpO2" },
    { KindId::Pulse, "pulse", "8867-4", pulseCodes, "/min", "/min", 20, 250, 0, "puls", "Puls" },
    { KindId::Systolic, "bp_systolic", "8480-6", systolicCodes, "mm[Hg]", "mmHg", 50, 280, 0,
        "systolisk blodtrykk", "Systolisk" },
    { KindId::Diastolic, "bp_diastolic", "8462-4", diastolicCodes, "mm[Hg]", "mmHg", 20, 180, 0,
        "diastolisk blodtrykk", "Diastolisk" },
    { KindId::Weight, "weight", "29463-7", weightCodes, "kg", "kg", 20, 350, 1, "vekt", "Vekt" },
    { KindId::Temperature, "temperature", "8310-5", temperatureCodes, "Cel", "°C", 30, 43, 1,
        "temperatur", "Temp" },
    { KindId::Glucose, "glucose", "15074-8", glucoseCodes, "mmol/L", "mmol/L", 1, 40, 1,
        "blodsukker", "Blodsukker" },
    { KindId::RespiratoryRate, "resp_rate", "9279-1", respiratoryCodes, "/min", "/min", 4, 60, 0,
        "respirasjonsfrekvens", "Resp.frekv." },
} };

Result<double> unitError(const MeasurementKind &kind, std::string_view unit)
{
    if (unit.empty())
        return fail(ErrorCode::UnknownUnit, "no unit given for " + std::string(kind.key));
    return fail(ErrorCode::IncompatibleUnit,
        "unit '" + std::string(unit) + "' does not fit " + std::string(kind.key));
}

} // namespace

std::span<const MeasurementKind> allKinds() { return kinds; }

const MeasurementKind &kindInfo(KindId id) { return kinds[static_cast<std::size_t>(id)]; }

std::optional<KindId> kindForKey(std::string_view key)
{
    for (const auto &kind : kinds)
        if (kind.key == key)
            return kind.id;
    return std::nullopt;
}

std::optional<KindId> kindForCode(std::string_view code)
{
    for (const auto &kind : kinds)
        for (auto alias : kind.codes)
            if (alias == code)
                return kind.id;
    return std::nullopt;
}

bool isBloodPressurePanel(std::string_view code)
{
    for (auto alias : panelCodes)
        if (alias == code)
            return true;
    return false;
}

Result<double> toCanonical(KindId id, double value, std::string_view unit)
{
    const auto &kind = kindInfo(id);
    if (unit == kind.canonicalUnit)
        return value;
    switch (id) {
    case KindId::Weight:
        if (unit == "g")
            return value / 1000.0;
        if (unit == "[lb_av]")
            return value * poundInKg;
        break;
    case KindId::Temperature:
        if (unit == "[degF]")
            return (value - 32.0) * 5.0 / 9.0;
        break;
    case KindId::Glucose:
        if (unit == "mg/dL")
            return value / glucoseMgPerDlPerMmol;
        break;
    case KindId::OxygenSaturation:
    case KindId::Pulse:
    case KindId::Systolic:
    case KindId::Diastolic:
    case KindId::RespiratoryRate:
        break;
    }
    return unitError(kind, unit);
}

bool isPlausible(KindId id, double canonicalValue)
{
    const auto &kind = kindInfo(id);
    return canonicalValue >= kind.plausibleMin && canonicalValue <= kind.plausibleMax;
}

} // namespace varde::domain
