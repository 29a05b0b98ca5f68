#pragma once
// One FHIR R4 QuestionnaireResponse, parsed and validated into the symptom answers the answer
// rules of triage read: question id (the item's linkId) and answer. Answers to Varde's own
// questions (core/domain/questionnaire.h) must be one of that question's answers and are stored
// in its lower-case form; answers to other questions are kept as sent. Pure, like
// fhir_observation.h.

#include "core/server/fhir_fields.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace varde::server
{

struct FhirAnswer {
    std::string questionId; // linkId: "dyspne-verre"
    std::string answer; // "mye verre"; valueBoolean as "ja" / "nei"
};

struct FhirQuestionnaireResponse {
    std::optional<IngestKey> identifier;
    PatientReference subject;
    std::string questionnaire; // canonical URL as sent, may be ""
    std::vector<FhirAnswer> answers; // at least one
    FhirTime authored;
    std::string source; // "device", "helper" (RelatedPerson author), "patient"
};

struct QuestionnaireResponseParse {
    FhirQuestionnaireResponse response;
    std::vector<OutcomeIssue> issues; // empty when it can be stored
};

// Only status completed or amended is stored; `authored` is required and read like an
// Observation's effective time. `expression` is "QuestionnaireResponse" or
// "Bundle.entry[N].resource".
QuestionnaireResponseParse parseQuestionnaireResponse(
    const Poco::JSON::Object::Ptr &resource, const std::string &expression, time::Instant now);

} // namespace varde::server
