#pragma once
// FHIR R4 ingest of home measurements, from patients' apps and device gateways authenticated as
// devices (device_auth.h):
//   POST /v1/fhir/Observation            one Observation: 201 stored, 200 already stored
//   POST /v1/fhir/QuestionnaireResponse  one set of symptom answers: 201 / 200 likewise
//   POST /v1/fhir                        a batch Bundle (answered per entry in a batch-response)
//                                        or a transaction Bundle (all stored, or nothing and
//                                        one OperationOutcome)
//   GET  /v1/fhir/Observation            for users: a searchset Bundle (fhir_search.h)
// Problems answer 400 with an OperationOutcome naming each one (403 when the subject is another
// patient, 401 without a valid device token). Each request is one database transaction.
//
// Idempotency: the key is entry.request.ifNoneExist (identifier=system|value), else the
// resource's identifier (system|value), else a key derived from the content (fhir_store.h). A
// key seen before answers 200 with the resource id it names and stores nothing.
//
// The change feed gets one row per stored measurement (entity "measurement", the payload of
// change_log.h plus "code" as recognised, "date_only" and "panel_id") and per stored answer
// (entity "questionnaire_answer": id, patient_id, response_id, question_id, answer, answered_at
// in epoch ms, date_only, source).

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

void addIngestRoutes(Router &router, ServerContext &context);

} // namespace varde::server
