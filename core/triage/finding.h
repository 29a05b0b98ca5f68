#pragma once
// What triage finds: structured reasons (codes and values, never sentences) and their state.
// core/triage/reason_text.h renders them in bokmål; ui/ renders them through Qt Linguist.

#include "core/domain/measurement_kind.h"
#include "core/time/civil_time.h"
#include "core/triage/level.h"

#include <optional>
#include <string>
#include <vector>

namespace varde::triage
{

enum class RuleType { Band, Baseline, Change, Answer, Missing, Suspect };
// Band: Below/Above the limit. Baseline and change: Down/Up from the reference.
enum class Direction { Below, Above, Down, Up };
enum class SuspectCause { Implausible, Jump };

struct Reason {
    RuleType type = RuleType::Band;
    Level level = Level::Green;
    std::string code; // as in the rule (or the measurement, for suspect)
    std::optional<domain::KindId> kind; // when the code is in the catalogue
    std::string unit; // canonical unit, or as sent for unknown codes
    time::Instant time {}; // of the measurement, or when it became missing

    double value = 0; // the judged value
    double limit = 0; // band: the crossed limit; baseline/change: the allowed difference
    Direction direction = Direction::Below;
    double reference = 0; // baseline, or the earlier value of a change
    std::optional<time::Instant> referenceTime;
    double windowHours = 0;

    std::string question; // answer and missing-answer rules
    std::string answer;

    std::optional<int> dueByMinute; // missing
    std::optional<double> everyHours;
    bool neverMeasured = false; // missing with no value at all

    SuspectCause cause = SuspectCause::Implausible;
    double plausibleMin = 0, plausibleMax = 0;
};

struct Finding {
    std::string id; // deterministic: patient, rule, rule-set version, trigger
    int ruleIndex = -1; // -1 for suspect values (the plausibility check is no plan rule)
    std::string ruleSetVersion;
    std::string observationId; // empty for missing findings
    Reason reason;
    bool open = true;

    Level level() const { return reason.level; }
};

struct TriageResult {
    Level status = Level::Green; // the worst open finding
    std::vector<Finding> findings; // open first, worst first, then oldest first; then closed
    std::size_t openCount = 0;
};

} // namespace varde::triage
