#pragma once
// The rules in force for one patient: the active, GP-approved plan's, or the follow-up
// service's default set. Limits are in the kind's canonical unit and strict: `redBelow 88`
// means a value under 88 is red and 88 itself is not.

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace varde::triage
{

// Measured by code: a rule on 59408-5 also judges 2708-6 (same kind); a code outside the
// catalogue judges only measurements with exactly that code.
struct BandRule {
    std::string code;
    std::optional<double> yellowBelow, redBelow, yellowAbove, redAbove;
};

// Deviation from the patient's own habitual value (from the trial period).
struct BaselineRule {
    std::string code;
    double baseline = 0;
    std::optional<double> yellowDrop, redDrop, yellowRise, redRise;
};

// Rise or fall against the lowest (rise) or highest (fall) earlier value within the window.
struct ChangeRule {
    std::string code;
    double windowHours = 0;
    std::optional<double> yellowRise, redRise, yellowFall, redFall;
};

// Questionnaire answers mapped to zones; compared trimmed and lower-cased.
struct AnswerRule {
    std::string question;
    std::vector<std::string> yellowIf, redIf;
};

// An expected measurement (code) or answer (question) that has not come: by a local time of
// day (`dueByMinute`, minutes after Oslo midnight) or at least every N hours.
struct MissingRule {
    std::string code;
    std::string question;
    std::optional<int> dueByMinute;
    std::optional<double> everyHours;
};

using Rule = std::variant<BandRule, BaselineRule, ChangeRule, AnswerRule, MissingRule>;

struct RuleSet {
    std::string versionId; // the plan version (or default set version) that judges
    bool serviceDefault = false; // no approved personal plan yet: the service's default set
    std::vector<Rule> rules;
};

} // namespace varde::triage
