#pragma once
// The nurse's worklist: every patient in the store triaged against the rules in force (the
// active personal plan, or the service's default set), the new findings stored, and the rows in
// the order of who needs help first: red, yellow, suspect, missing, green; inside a group the
// oldest open finding first.

#include "core/common/result.h"
#include "core/plan/plan_content.h"
#include "core/plan/trial.h"
#include "core/store/encrypted_store.h"
#include "core/store/patient_overview.h"
#include "core/triage/finding.h"
#include "core/triage/inputs.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace varde::worklist
{

struct Pause {
    std::string id;
    std::string reason; // "hospital", "holiday", "other"
    std::int64_t fromMillis = 0;
    std::int64_t untilMillis = 0;
    std::string note;
};

struct WorklistRow {
    store::PatientOverviewRow overview;
    triage::TriageResult result;
    std::string planVersionId;
    bool personalPlan = false; // false: judged by the service's default rule set
    bool builtinRules = false; // the service has no approved default set: Varde's own
    std::string planApprovedBy;
    std::optional<Pause> pause; // in force now
    std::string nurseName;
    std::optional<std::int64_t> oldestOpenMillis;
    // In the trial period ("oppstart"): days left, and whether a personal plan is due.
    std::optional<plan::TrialState> trial;

    const std::string &patientId() const { return overview.patient.meta.id; }
};

struct Worklist {
    time::Instant now {};
    std::vector<WorklistRow> rows; // in worklist order
    std::array<int, 5> countByLevel {}; // indexed by triage::Level
};

// Reads the store, triages every patient in follow-up (not those whose follow-up has ended) and
// stores findings it has not stored before.
// With `onlyPatient`, triages only that patient (the patient view) and returns their row alone.
Result<Worklist> buildWorklist(
    store::EncryptedStore &store, time::Instant now, const std::string &onlyPatient = {});

// What triage judges for one patient: their measurements (without those marked as errors) and
// answers, and the schedule in force (the active plan's, else the enrolment schedule). For the
// plan editor's replay of a draft on the patient's own data.
struct TriageData {
    std::vector<triage::Observation> observations;
    std::vector<triage::Answer> answers;
    std::vector<plan::ScheduleItem> schedule;
};
Result<TriageData> loadTriageData(store::EncryptedStore &store, const std::string &patientId);

// Worklist order: true when `a` comes before `b`.
bool comesBefore(const WorklistRow &a, const WorklistRow &b);

} // namespace varde::worklist
