#pragma once
// The JSON forms of triage: a patient case as `vardectl triage` reads it (the command-line
// contract in the triage issue and the README), rules as plans store them, and the result as
// vardectl prints it. Malformed input gives ErrorCode::InvalidArgument (or InvalidTime,
// UnknownUnit, IncompatibleUnit) with a detail that names the field: "rules[2].yellow_below:
// expected a number".

#include "core/common/result.h"
#include "core/time/civil_time.h"
#include "core/triage/finding.h"
#include "core/triage/inputs.h"
#include "core/triage/rules.h"

#include <string>
#include <string_view>
#include <vector>

namespace varde::triage
{

struct TriageCase {
    time::Instant now {};
    std::optional<time::Instant> acknowledgedUntil;
    RuleSet rules;
    std::vector<Observation> observations; // panels split into their components
    std::vector<Answer> answers;
};

Result<TriageCase> parseTriageCase(std::string_view json);

// Only "now", "acknowledged_until" and "measurements" of a document in the case's form (the
// plan commands' input); other fields are left to the caller.
Result<TriageCase> parseCaseMeasurements(std::string_view json);

// `path` names the list in errors: "draft[1].red_below: expected a number".
Result<std::vector<Rule>> parseRulesJson(std::string_view json, const std::string &path = "rules");
std::string rulesToJson(const std::vector<Rule> &rules);

// The structured reason as stored with a finding (codes and values, no sentence).
std::string reasonToJson(const Reason &reason);

// {"status": "...", "reasons": [{"status", "code" or "question", "time", "text"}]}: open
// findings only, worst first; text in bokmål.
std::string triageResultJson(const TriageResult &result, time::Instant now);

} // namespace varde::triage
