#pragma once
// Triage: a pure function of the rules in force, the measurements and answers, what was
// acknowledged, and the time. No clock, no I/O: safe on any thread.
//
// Every measurement a rule covers is judged; yellow and red stay open until acknowledged,
// however old. A value outside its kind's plausible range is `suspect` and judged by no other
// rule; a weight more than 5 kg from the previous weight within 24 h is a suspect jump, left
// out of change and baseline rules but still judged by bands. Missing measurements are judged
// at `now`. Limits compare with a tolerance of 1e-9.

#include "core/triage/finding.h"
#include "core/triage/inputs.h"

namespace varde::triage
{

TriageResult triage(const TriageInput &input);

// The deterministic id of a finding: the same patient, rule, rule-set version and trigger
// (measurement id or due time) give the same id on every machine, so acknowledgements stick.
std::string findingId(const std::string &patientId,
    const std::string &ruleSetVersion,
    int ruleIndex,
    const std::string &trigger);

} // namespace varde::triage
