#pragma once
// What a patient measured or answered at home, as it arrived: value and unit as sent, the
// canonical value beside it, and where it came from.

#include "core/domain/entity.h"
#include "core/domain/measurement_kind.h"

#include <cstdint>
#include <optional>
#include <string>

namespace varde::domain
{

enum class Source { Device, Manual, Patient, Helper };
std::string_view sourceKey(Source source); // "device", "manual", "patient", "helper"
std::optional<Source> sourceFromKey(std::string_view key);

// One numeric value. A blood-pressure panel arrives as two measurements (systolic and
// diastolic) that share `panelId` and `panelCode`, so that each component is judged as its own
// kind and the chart can still draw them together.
struct Measurement {
    EntityMeta meta;
    std::string patientId;
    KindId kind = KindId::OxygenSaturation;
    std::string code; // as sent: "59408-5" or "2708-6"
    double value = 0; // as sent
    std::string unit; // as sent (UCUM)
    double canonicalValue = 0; // in the kind's canonical unit
    std::string panelId; // empty unless part of a panel
    std::string panelCode;
    std::int64_t measuredAtMillis = 0; // UTC
    Source source = Source::Device;
    std::string device; // device model or gateway, when known
};

// A questionnaire answer with its stable question id ("dyspne-verre").
struct QuestionnaireAnswer {
    EntityMeta meta;
    std::string patientId;
    std::string questionId;
    std::string answer; // as given: "ja", "nei", "mye verre"
    std::int64_t answeredAtMillis = 0;
    Source source = Source::Patient;
};

} // namespace varde::domain
