#pragma once
// Plan versions in the encrypted store. Each change is one transaction: the row, its outbox
// entry (the sync issue pushes it) and its audit event. The moves themselves are decided by
// lifecycle.h; approving a version supersedes the active one in the same transaction, so there
// is never a moment with two active versions or none.

#include "core/common/result.h"
#include "core/plan/lifecycle.h"
#include "core/plan/plan_version.h"
#include "core/store/encrypted_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace varde::plan
{

// The signed-in user as the lifecycle sees them (role, and whether they are a medical lead).
Result<PlanActor> currentActor(store::EncryptedStore &store);
// Makes a doctor (role gp or specialist) the service's medical lead.
Result<> setMedicalLead(
    store::EncryptedStore &store, const std::string &serviceId, const std::string &userId);

// Writes a version as it is (the demo and imports); audited. The store refuses a second active
// version for the same patient or service.
Result<> insertPlanVersion(store::EncryptedStore &store, const PlanVersion &version);

Result<PlanVersion> loadPlanVersion(store::EncryptedStore &store, const std::string &id);
// Every version of a patient's plan, oldest first.
Result<std::vector<PlanVersion>> loadPatientPlans(
    store::EncryptedStore &store, const std::string &patientId);
// Every version of a service's default rule set, oldest first.
Result<std::vector<PlanVersion>> loadServiceDefaults(
    store::EncryptedStore &store, const std::string &serviceId);
// The version triage uses for the patient: their active plan, else their service's default.
Result<std::optional<PlanVersion>> loadPlanInForce(
    store::EncryptedStore &store, const std::string &patientId);

// The patient's open draft, or a new one copied from the version in force (the service's
// standard zone actions when that is the default set). An empty patient id drafts a new
// default rule set for the service.
Result<PlanVersion> openDraft(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &serviceId,
    std::int64_t nowMillis);
// Saves the draft's rules and content (as the editor does while the nurse types).
Result<PlanVersion> saveDraft(
    store::EncryptedStore &store, const PlanVersion &draft, std::int64_t nowMillis);
// A draft of a new version from the active one with the meeting's decisions added to the
// evaluation notes; the active version is not touched.
Result<PlanVersion> draftFromMeeting(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &decisions,
    std::int64_t nowMillis);

Result<PlanVersion> submitPlan(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t nowMillis);
Result<PlanVersion> approvePlan(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t nowMillis);
Result<PlanVersion> recordApproval(store::EncryptedStore &store,
    const std::string &versionId,
    const OutsideApproval &approval,
    std::int64_t nowMillis);
Result<PlanVersion> rejectPlan(store::EncryptedStore &store,
    const std::string &versionId,
    const std::string &comment,
    std::int64_t nowMillis);
Result<PlanVersion> activateDraft(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t nowMillis);

// After a sync conflict (another version came into force on the server first, SYNC.md §2),
// the user's version `versionId` either becomes a draft made from `current` (the version now
// in force) with `combined`'s rules and content (merge.h), and is sent again...
Result<PlanVersion> redraftAfterConflict(store::EncryptedStore &store,
    const std::string &versionId,
    const PlanVersion &current,
    const PlanVersion &combined,
    std::int64_t nowMillis);
// ...or is set aside: kept in this workstation's history as rejected, with the reason, and not
// sent (the server never took it).
Result<PlanVersion> setAsideAfterConflict(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t nowMillis);

// What waits for a doctor: versions sent for approval, oldest first, with the patient's name.
struct PendingApproval {
    PlanVersion version;
    std::string patientName; // empty for a default rule set
    std::string nationalId;
    std::string gpName;
    std::string submittedByName;
};
Result<std::vector<PendingApproval>> pendingApprovals(store::EncryptedStore &store);

} // namespace varde::plan
