#pragma once
// Writes accepted FHIR resources for one device's patient, inside the caller's transaction:
// first the idempotency keys (so an identifier seen before is answered with the resource it
// named, and two requests racing with one identifier store it once), then the new measurements
// and questionnaire answers as multi-row inserts, one change_log row each (change_log.h), and
// one audit_event row each (actor_kind 'device').

#include "core/common/result.h"
#include "core/server/fhir_observation.h"
#include "core/server/fhir_questionnaire.h"
#include "core/server/pg.h"
#include "core/server/principal.h"

#include <optional>
#include <string>
#include <vector>

namespace varde::server
{

// Resources sent without identifier get this key: system derivedKeySystem, value a name-based
// UUID of patient id, resource type, codes (kinds), effective time in ms, and values (or
// question ids and answers). The same measurement sent twice is therefore stored once; two
// truly separate measurements with the same value at the same millisecond are
// indistinguishable anyway.
inline constexpr std::string_view derivedKeySystem = "urn:varde:ingest:derived";

struct StoreItem {
    const FhirObservation *observation = nullptr; // exactly one of the two is set
    const FhirQuestionnaireResponse *response = nullptr;
    std::optional<IngestKey> key; // from ifNoneExist or the identifier; derived when empty
};

struct StoreResult {
    enum class Outcome {
        Created,
        Duplicate, // the key was stored before (or earlier in this request): resourceId is that one
        Conflict, // the key names another patient's resource or another resource type
    };
    Outcome outcome = Outcome::Created;
    std::string resourceId;
};

struct StoreSummary {
    std::vector<StoreResult> results; // one per item, in order
    int measurements = 0; // measurement rows written
    int answers = 0; // questionnaire_answer rows written
};

// `device` is the authenticated device; every item is for device.patientId (the caller checked
// the subject). Errors are database errors: the caller rolls back.
Result<StoreSummary> storeResources(
    PgConnection &db, const Principal &device, const std::vector<StoreItem> &items);

IngestKey derivedKey(const std::string &patientId, const StoreItem &item);

} // namespace varde::server
