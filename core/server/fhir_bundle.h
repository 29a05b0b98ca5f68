#pragma once
// What one POST asks to store, read and checked before anything is written: a single resource,
// or the entries of a batch or transaction Bundle. Observation and QuestionnaireResponse entries
// are parsed (fhir_observation.h, fhir_questionnaire.h); Patient and Device entries are resolved,
// not refused: a Patient entry must be the device's own patient, a Device entry is only noted
// (the Observations that name a device are stored with source "device"); any other resource
// type is refused. Subjects given as urn:uuid: (or Patient/<id> of an entry) are looked up in
// the Bundle's Patient entries.

#include "core/server/fhir_observation.h"
#include "core/server/fhir_questionnaire.h"
#include "core/server/patient_resolver.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace varde::server
{

// A Bundle of more entries is refused whole (the HTTP server caps bodies at 32 MiB as well).
inline constexpr std::size_t maxBundleEntries = 1000;

struct IngestEntry {
    enum class Type { Observation, QuestionnaireResponse, Patient, Device, Other };
    Type type = Type::Other;
    std::string path; // "Observation" or "Bundle.entry[N].resource"
    std::string fullUrl;
    std::string resourceId; // the resource's own "id", as sent
    std::optional<FhirObservation> observation;
    std::optional<FhirQuestionnaireResponse> response;
    PatientReference patient; // Patient entries: their own identity
    std::optional<IngestKey> ifNoneExist; // Bundle.entry.request.ifNoneExist
    std::vector<OutcomeIssue> issues; // errors: the entry is not stored

    bool storable() const
    {
        return issues.empty() && (response || (observation && !observation->ignoredReason));
    }
};

struct IngestRequest {
    enum class Kind { Single, Batch, Transaction };
    Kind kind = Kind::Single;
    std::vector<IngestEntry> entries;
    std::vector<OutcomeIssue> issues; // about the body as a whole; nothing is stored

    bool anyIssue() const;
    // Every issue, the body's and the entries', for one OperationOutcome.
    std::vector<OutcomeIssue> allIssues() const;
};

// A POST to /v1/fhir/Observation or /v1/fhir/QuestionnaireResponse (`type`).
IngestRequest readSingle(
    const Poco::JSON::Object::Ptr &root, const std::string &type, time::Instant now);
// A POST to /v1/fhir: a batch or transaction Bundle.
IngestRequest readBundle(const Poco::JSON::Object::Ptr &root, time::Instant now);

// Resolves every subject and Patient entry for the resolver's device, adding an issue to each
// entry that names another patient (forbidden) or nobody in follow-up (not-found).
Result<> resolvePatients(IngestRequest &request, PatientResolver &resolver);

} // namespace varde::server
