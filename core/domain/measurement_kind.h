#pragma once
// The catalogue of measurement kinds: internal id, code aliases (LOINC and the common
// ISO/IEEE 11073 MDC codes), one canonical UCUM unit with the units it converts from, the
// physically plausible range (../shared/clinical/CONTEXT.md §2) and the bokmål name used by
// core's formatter (the UI translates names for the screen itself).

#include "core/common/result.h"

#include <optional>
#include <span>
#include <string_view>

namespace varde::domain
{

enum class KindId {
    OxygenSaturation,
    Pulse,
    Systolic,
    Diastolic,
    Weight,
    Temperature,
    Glucose,
    RespiratoryRate,
};

inline constexpr std::size_t kindCount = 8;

struct MeasurementKind {
    KindId id;
    std::string_view key; // stable text id stored in the database: "spo2"
    std::string_view primaryCode; // LOINC code used when Varde itself writes one
    std::span<const std::string_view> codes; // every code that means this kind
    std::string_view canonicalUnit; // UCUM, case-sensitive
    std::string_view displayUnit; // what a Norwegian reader sees: "%", "/min", "mmHg", "kg", "°C"
    double plausibleMin;
    double plausibleMax;
    int decimals; // shown with this many decimals
    std::string_view nameNb; // "oksygenmetning"
    std::string_view shortNameNb; // "SpO2"
};

std::span<const MeasurementKind> allKinds();
const MeasurementKind &kindInfo(KindId id);
std::optional<KindId> kindForKey(std::string_view key);
std::optional<KindId> kindForCode(std::string_view code);

// Blood-pressure panels (85354-9, 55284-4, MDC 150020) carry systolic and diastolic components.
bool isBloodPressurePanel(std::string_view code);
inline constexpr std::string_view bloodPressurePanelCode = "85354-9";

// Converts a value in `unit` to the kind's canonical unit. g, kg and [lb_av] for weight; Cel and
// [degF] for temperature; mmol/L and mg/dL for glucose (molar mass 180.16 g/mol: 18.016 mg/dL
// per mmol/L). An empty, unknown or incompatible unit is an error that names the unit.
Result<double> toCanonical(KindId kind, double value, std::string_view unit);

bool isPlausible(KindId kind, double canonicalValue);

} // namespace varde::domain
