#pragma once
// What to start measuring for the diagnoses on the form, as a starting point the nurse adapts
// (the same programmes as the demo cohort: COPD, heart failure, diabetes, cancer). Nothing here
// is a rule: the personal plan decides the schedule once it is approved.
#include "core/enrolment/enrolment_form.h"
#include "core/plan/plan_content.h"

#include <vector>

namespace varde::ui
{

// Items for each diagnosis the catalogue knows (by ICD-10 chapter code or ICPC-2 code), in
// the order of the diagnoses, each item once. Empty when none is known.
std::vector<plan::ScheduleItem> suggestedSchedule(
    const std::vector<enrolment::DiagnosisEntry> &diagnoses);

} // namespace varde::ui
