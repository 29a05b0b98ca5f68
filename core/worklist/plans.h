#pragma once
// Plan versions as triage needs them: the rules in force per patient. The plan issue adds
// editing and approval; this reads and writes the versions and picks the active one.

#include "core/common/result.h"
#include "core/store/encrypted_store.h"
#include "core/triage/rules.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace varde::worklist
{

enum class PlanStatus { Draft, AwaitingApproval, Active, Superseded, Rejected };
std::string_view planStatusKey(PlanStatus status);

struct PlanVersion {
    std::string id;
    domain::Origin origin = domain::Origin::Local;
    std::string patientId; // empty: the follow-up service's default rule set
    std::string serviceId;
    PlanStatus status = PlanStatus::Draft;
    std::string baseVersionId;
    std::vector<triage::Rule> rules;
    std::string createdBy;
    std::int64_t createdAtMillis = 0;
    std::string approvedBy; // user or GP id
    std::string approvedByName; // as shown: "Dr. Turid Moe (fastlege)"
    std::optional<std::int64_t> approvedAtMillis;
};

// Writes one version and its audit event. The store refuses a second active version for the
// same patient (or a second active default set for a service).
Result<> insertPlanVersion(store::EncryptedStore &store, const PlanVersion &plan);

struct RulesInForce {
    std::map<std::string, triage::RuleSet> personal; // patient id → active plan's rules
    std::map<std::string, triage::RuleSet> serviceDefaults; // service id → active default set
    std::map<std::string, std::string> approvedBy; // plan version id → approver's name

    // A patient's active plan, or else their own service's default set (never nothing while
    // the service has a default set, so no value is left unjudged).
    const triage::RuleSet *forPatient(
        const std::string &patientId, const std::string &serviceId) const;
};

// Reads only active versions: a draft never changes triage.
Result<RulesInForce> loadRulesInForce(store::EncryptedStore &store);

} // namespace varde::worklist
