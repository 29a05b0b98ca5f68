#include "plan_commands.h"

#include "input.h"

#include "core/plan/command_json.h"

#include <iostream>

namespace varde::cli
{
namespace
{

constexpr const char *planUsage = R"(vardectl plan suggest FILE.json | -
vardectl plan replay FILE.json | -

suggest: personal limits from the trial period's measurements.
  Input:  {"now": "2026-03-30T12:00:00+02:00", "codes": ["59408-5", "8867-4", "85354-9"],
           "measurements": [ ... as in `vardectl triage --help` ... ]}
  Output: {"rules": [ ... rules as in `vardectl triage` ... ],
           "method": "...",
           "basis": {"59408-5": {"n": 14, "days": 14, "level": 91, "spread": 1.48}, ...}}
  Level is the median, spread 1.4826 × the median absolute deviation. Yellow lies 2 and red
  3 spreads from the level, never nearer than a least distance per kind and never looser than
  fixed safety limits (NEWS2's 3-point bands). A kind with fewer than 10 values on 7 days gets
  no rule; its basis says why in "note". A suggestion is never in force until a GP approves it.

replay: the findings two rule sets would have raised on the same measurements.
  Input:  {"now": "...", "days": 30, "active": [rules], "draft": [rules],
           "measurements": [ ... ]}
  Output: {"days": 30, "active": {"red": n, "yellow": n, "suspect": n, "missing": n},
           "draft": {...}}
  Counted by the triage engine at the end of every Oslo day of the period and at "now":
  distinct findings whose time lies within the last "days" days (1–400, default 30).

Input errors: exit 2, a message naming the field on standard error, nothing on standard output.
)";

} // namespace

int runPlan(const std::vector<std::string> &positional, bool help)
{
    if (help) {
        std::cout << planUsage;
        return 0;
    }
    if (positional.size() != 2 || (positional[0] != "suggest" && positional[0] != "replay")) {
        std::cerr << "vardectl plan: give suggest or replay and one file, or - for standard "
                     "input\n\n"
                  << planUsage;
        return 2;
    }
    const auto &what = positional[0];
    const auto text = readInput(positional[1]);
    if (!text) {
        std::cerr << "vardectl plan " << what << ": cannot read " << positional[1] << "\n";
        return 2;
    }
    if (what == "suggest") {
        auto request = plan::parseSuggestRequest(*text);
        if (!request) {
            std::cerr << "vardectl plan suggest: " << request.error().detail << "\n";
            return 2;
        }
        std::cout << plan::suggestionToJson(
            plan::suggestLimits(request->codes, request->observations, request->now))
                  << "\n";
        return 0;
    }
    auto request = plan::parseReplayRequest(*text);
    if (!request) {
        std::cerr << "vardectl plan replay: " << request.error().detail << "\n";
        return 2;
    }
    const triage::RuleSet active { "active", false, request->active };
    const triage::RuleSet draft { "draft", false, request->draft };
    const auto count = [&](const triage::RuleSet &rules) {
        return plan::replayRules(
            rules, {}, request->observations, request->answers, request->now, request->days);
    };
    std::cout << plan::replayToJson(request->days, count(active), count(draft)) << "\n";
    return 0;
}

} // namespace varde::cli
