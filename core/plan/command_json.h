#pragma once
// The JSON contract of `vardectl plan suggest` and `vardectl plan replay` (see the README and
// `vardectl plan --help`). Measurements and rules are in the triage contract's form; input
// errors name the field, as `vardectl triage` does.

#include "core/common/result.h"
#include "core/plan/replay.h"
#include "core/plan/suggest.h"
#include "core/triage/case_json.h"

#include <string>
#include <string_view>
#include <vector>

namespace varde::plan
{

struct SuggestRequest {
    time::Instant now {};
    std::vector<std::string> codes;
    std::vector<triage::Observation> observations;
};
Result<SuggestRequest> parseSuggestRequest(std::string_view json);
// {"rules": [...], "method": "...", "basis": {"<code>": {"n", "days", "level", "spread"} or
// {"n", "days", "note"}}}
std::string suggestionToJson(const Suggestion &suggestion);

struct ReplayRequest {
    time::Instant now {};
    int days = 30;
    std::vector<triage::Rule> active;
    std::vector<triage::Rule> draft;
    std::vector<triage::Observation> observations;
    std::vector<triage::Answer> answers;
};
Result<ReplayRequest> parseReplayRequest(std::string_view json);
// {"days": n, "active": {"red", "yellow", "suspect", "missing"}, "draft": {...}}
std::string replayToJson(int days, const ReplayCounts &active, const ReplayCounts &draft);

} // namespace varde::plan
