#pragma once
// One FHIR R4 Observation, parsed and validated into a value: the measurement kind from its
// LOINC or MDC code, the value in the unit as sent and in the kind's canonical unit, the time,
// the patient reference and the sender's identifier. Every problem becomes an OperationOutcome
// issue naming its field, so a sender learns all of them at once. Pure: no database, no clock.

#include "core/domain/measurement_kind.h"
#include "core/server/fhir_fields.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace varde::server
{

inline constexpr std::string_view loincSystem = "http://loinc.org";
inline constexpr std::string_view mdcSystem = "urn:iso:std:iso:11073:10101";
inline constexpr std::string_view ucumSystem = "http://unitsofmeasure.org";

// One value of an Observation (a blood-pressure panel has one per component).
struct ObservedValue {
    domain::KindId kind = domain::KindId::OxygenSaturation;
    std::string code; // the code that was recognised, as sent: "2708-6"
    std::string codingJson; // the whole coding list as sent (JSON array), kept beside the kind
    double value = 0; // as sent
    std::string unit; // UCUM code as sent
    double canonicalValue = 0; // in the kind's canonical unit
};

struct FhirObservation {
    std::optional<IngestKey> identifier; // first identifier with system and value
    PatientReference subject;
    std::vector<ObservedValue> values; // one; for a panel each known component
    std::string panelCode; // "85354-9" or "55284-4" when a blood-pressure panel, else ""
    FhirTime effective;
    std::string source; // "device" (a device is named), "helper" (RelatedPerson), "patient"
    // Device status observations (clock, battery) that gateways send beside measurements: not
    // stored, answered with the reason, never an error.
    std::optional<std::string> ignoredReason;
};

struct ObservationParse {
    FhirObservation observation;
    std::vector<OutcomeIssue> issues; // empty when the observation can be stored
};

// Codes: codings are read in this order: LOINC first, then MDC (ISO/IEEE 11073-10101), each in
// the order sent; the first known code decides the kind, the others are kept as sent. Codes of
// other systems (SNOMED CT, local lab codes) are kept but never decide.
// Units: UCUM `code` only (never `unit`, the display text); annotations in braces are ignored
// ("{beats}/min" is "/min") and "l" is the same litre as "L" (UCUM defines both).
// `expression` is "Observation" or "Bundle.entry[N].resource"; `now` is the server's clock.
ObservationParse parseObservation(
    const Poco::JSON::Object::Ptr &resource, const std::string &expression, time::Instant now);

// A UCUM code in the spelling the kind catalogue uses: annotations removed, litre as "L".
std::string normaliseUcum(std::string_view code);

} // namespace varde::server
