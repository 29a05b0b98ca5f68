#pragma once
// What triage judges: measurements with canonical values, answers, and what was acknowledged.

#include "core/domain/measurement_kind.h"
#include "core/time/civil_time.h"
#include "core/triage/rules.h"

#include <optional>
#include <span>
#include <string>
#include <unordered_set>

namespace varde::triage
{

struct Observation {
    std::string id;
    std::string code; // component code for blood-pressure panels
    std::optional<domain::KindId> kind; // nothing for codes outside the catalogue
    double value = 0; // canonical unit when `kind` is known, else as sent
    std::string unit;
    time::Instant time {};
};

struct Answer {
    std::string id;
    std::string question;
    std::string answer;
    time::Instant time {};
};

struct TriageInput {
    std::string patientId;
    const RuleSet *rules = nullptr;
    std::span<const Observation> observations; // any order
    std::span<const Answer> answers; // any order
    const std::unordered_set<std::string> *acknowledged = nullptr; // finding ids
    std::optional<time::Instant> acknowledgedUntil; // everything at or before is acknowledged
    time::Instant now {};
    bool paused = false; // follow-up paused: no missing findings
};

} // namespace varde::triage
