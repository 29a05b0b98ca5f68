#pragma once
// What the FHIR resources Varde accepts share: who the patient is (fødselsnummer or D-nummer
// identifier, Patient/id, or a urn:uuid: entry of the same Bundle), when it happened (a dateTime
// with offset, or a date only), and the sender's identifier (the idempotency key). Problems are
// added to an OperationOutcome list with the field's FHIRPath; nothing here touches the database.

#include "core/server/fhir_outcome.h"
#include "core/time/civil_time.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace varde::server
{

inline constexpr std::string_view fodselsnummerSystem = "urn:oid:2.16.578.1.12.4.1.4.1";
inline constexpr std::string_view dNummerSystem = "urn:oid:2.16.578.1.12.4.1.4.2";

// How a resource names its patient; `form` says which field is set.
struct PatientReference {
    enum class Form { Missing, NationalId, ResourceId, BundleEntry };
    Form form = Form::Missing;
    std::string nationalId; // 11 digits (fødselsnummer or D-nummer); never logged or quoted
    std::string resourceId; // from "Patient/<id>"
    std::string fullUrl; // "urn:uuid:..." naming a Patient entry in the same Bundle
};

// A Reference: {"reference": "Patient/<id>" | "urn:uuid:..." | "Patient?identifier=s|v"} or
// {"identifier": {"system": fødselsnummer or D-nummer, "value": digits}}. A reference is tried
// before an identifier. Form::Missing (with an issue added) when neither is usable.
PatientReference readPatientReference(const Poco::Dynamic::Var &reference,
    const std::string &expression,
    std::vector<OutcomeIssue> &issues);
// The identity a Patient resource (a Bundle entry) gives itself: its fødselsnummer or D-nummer
// identifier, else its id. Form::Missing (with an issue) when it has neither.
PatientReference readPatientResource(const Poco::JSON::Object::Ptr &patient,
    const std::string &expression,
    std::vector<OutcomeIssue> &issues);

// Device clocks drift: an effective time up to this far ahead of the server's clock is accepted.
inline constexpr std::chrono::minutes futureTolerance { 10 };

struct FhirTime {
    std::int64_t millis = 0; // UTC
    bool dateOnly = false;
};

// A FHIR dateTime. With a time it needs a zone offset (FHIR requires one; without it the instant
// would be a guess). A date only ("2022-03-16") is placed at 12:00 Oslo time, or at `now` when
// that is earlier (a date-only value for today sent in the morning is not put in the future), and
// flagged: noon keeps it on its civil date whatever the offset, and the flag tells triage that
// its time of day is unknown, so it cannot raise or clear a "missing before 11:00" by itself.
// A year or year-month is refused. So is a time more than futureTolerance after `now`, and a
// date after today's Oslo date.
std::optional<FhirTime> readFhirTime(std::string_view text,
    time::Instant now,
    const std::string &expression,
    std::vector<OutcomeIssue> &issues);

// The idempotency key: a sender's identifier (system|value), or one derived by the server.
struct IngestKey {
    std::string system;
    std::string value;
    bool operator==(const IngestKey &) const = default;
};

// The first identifier with both system and value, from a list or a single Identifier.
std::optional<IngestKey> readIdentifier(const Poco::Dynamic::Var &identifier);
// A conditional create's "identifier=system|value" (Bundle.entry.request.ifNoneExist).
std::optional<IngestKey> keyFromIfNoneExist(std::string_view query);

// Field access that never throws: empty when missing or of another JSON type.
std::optional<std::string> stringField(
    const Poco::JSON::Object::Ptr &object, const std::string &key);
std::optional<double> numberField(const Poco::JSON::Object::Ptr &object, const std::string &key);
Poco::JSON::Object::Ptr objectField(const Poco::JSON::Object::Ptr &object, const std::string &key);
Poco::JSON::Array::Ptr arrayField(const Poco::JSON::Object::Ptr &object, const std::string &key);
Poco::JSON::Object::Ptr objectAt(const Poco::JSON::Array::Ptr &array, std::size_t index);

// Parses a JSON text into an object; nullptr (with a "structure" issue) when it is not one.
Poco::JSON::Object::Ptr parseJsonObject(const std::string &text, std::vector<OutcomeIssue> &issues);

} // namespace varde::server
