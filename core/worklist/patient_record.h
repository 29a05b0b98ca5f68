#pragma once
// Everything the patient view shows about one patient: their worklist row (status and every
// finding, open or acknowledged), their measurements and answers, the acknowledgements of each
// finding, and the plan periods that give the zones at each time.

#include "core/common/result.h"
#include "core/domain/measurement.h"
#include "core/store/encrypted_store.h"
#include "core/triage/rules.h"
#include "core/worklist/worklist.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace varde::worklist
{

struct AcknowledgementRecord {
    std::string findingId;
    std::string action; // AckAction key
    std::int64_t atMillis = 0;
    std::string byName;
    std::string note;
};

// A plan version in force from its approval until the next one was approved.
struct PlanHistoryEntry {
    std::string versionId;
    bool serviceDefault = false;
    std::int64_t fromMillis = 0;
    std::optional<std::int64_t> untilMillis;
    triage::RuleSet rules;
    std::string approvedBy;
};

struct PatientRecord {
    WorklistRow row;
    std::string gpPractice;
    std::vector<domain::Measurement> measurements; // by time
    std::vector<domain::QuestionnaireAnswer> answers; // by time
    std::map<std::string, std::vector<AcknowledgementRecord>> acknowledgements; // by finding id
    std::vector<PlanHistoryEntry> plans; // by time
    std::int64_t nowMillis = 0;
};

// Reads and triages one patient. Does not audit: the caller records the opening.
Result<PatientRecord> loadPatientRecord(
    store::EncryptedStore &store, const std::string &patientId, time::Instant now);

} // namespace varde::worklist
