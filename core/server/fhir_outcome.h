#pragma once
// FHIR OperationOutcome: the problems found in what a sender posted, each naming the field by
// its FHIRPath expression, in English, without personal data (never a fødselsnummer).

#include "core/server/http.h"

#include <string>
#include <vector>

namespace varde::server
{

struct OutcomeIssue {
    // FHIR IssueType: "required", "value", "code-invalid", "not-found", "forbidden",
    // "business-rule", "not-supported", "structure", "duplicate", "conflict", "exception" ...
    std::string code;
    std::string diagnostics; // names the field, says what is wrong and what is accepted
    std::string expression; // "Observation.valueQuantity.code", "Bundle.entry[2].resource..."
    std::string severity = "error"; // "information" for answers that only inform
};

OutcomeIssue issue(std::string code, std::string expression, std::string diagnostics);

// {"resourceType":"OperationOutcome","issue":[...]}
std::string operationOutcomeJson(const std::vector<OutcomeIssue> &issues);
// The outcome as an application/fhir+json response.
Response outcomeResponse(int status, const std::vector<OutcomeIssue> &issues);
// The HTTP status a set of problems answers with: 403 before 409 before 400.
int statusForIssues(const std::vector<OutcomeIssue> &issues);

// A double as JSON: shortest text that reads back to the same value.
std::string jsonNumber(double value);

} // namespace varde::server
