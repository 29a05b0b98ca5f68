#pragma once
// The rules in force per patient, as triage needs them: each patient's active plan, or else
// their service's active default rule set. core/plan/ holds the versions and their approval.

#include "core/common/result.h"
#include "core/plan/plan_content.h"
#include "core/store/encrypted_store.h"
#include "core/triage/rules.h"

#include <map>
#include <string>
#include <vector>

namespace varde::worklist
{

struct RulesInForce {
    std::map<std::string, triage::RuleSet> personal; // patient id → active plan's rules
    std::map<std::string, triage::RuleSet> serviceDefaults; // service id → active default set
    std::map<std::string, std::string> approvedBy; // plan version id → approver's name
    // plan version id → its measurement schedule (empty: the enrolment schedule applies)
    std::map<std::string, std::vector<plan::ScheduleItem>> schedules;

    // A patient's active plan, or else their own service's default set (never nothing while
    // the service has a default set, so no value is left unjudged).
    const triage::RuleSet *forPatient(
        const std::string &patientId, const std::string &serviceId) const;
};

// Reads only active versions: a draft never changes triage.
Result<RulesInForce> loadRulesInForce(store::EncryptedStore &store);

} // namespace varde::worklist
