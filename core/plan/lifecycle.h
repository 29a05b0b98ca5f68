#pragma once
// The rules of a plan version's life, as pure functions over values: who may move a version
// from which state to which. The store (plan_repository.h) applies a move and its audit event
// in one transaction; the UI only offers what these allow, and cannot do more.
//
//   draft ──submit──> awaiting_approval ──approve / record approval──> active ──> superseded
//     │                    │
//     │                    └──reject (comment required)──> rejected
//     └──activate (only when limits and medicine measures are unchanged from the active one)
//
// Limits and medicine measures are approved by a GP or a specialist; the service's default
// rule set by a doctor who is the service's medical lead. A nurse may record an approval a GP
// gave by PLO reply or phone.

#include "core/common/result.h"
#include "core/domain/user.h"
#include "core/plan/plan_version.h"

#include <optional>
#include <string>

namespace varde::plan
{

struct PlanActor {
    std::string userId;
    std::string name;
    domain::Role role = domain::Role::Nurse;
    bool medicalLead = false; // the service's medical lead (a doctor)
};

// Who may draft and edit: nurses, GPs, specialists and the medical lead; not leaders or admins.
bool mayDraft(const PlanActor &actor);
// May this actor approve this version in Varde?
bool mayApprove(const PlanActor &actor, const PlanVersion &version);

// An approval the GP gave outside Varde.
struct OutsideApproval {
    ApprovalMethod method = ApprovalMethod::PloReply; // PloReply or Phone
    std::string gpName;
    std::int64_t givenAtMillis = 0;
    std::string reference; // message reference or a note on the call: required
};

// Each returns the moved version, or PlanNotAllowed (wrong role) / PlanWrongState (not from
// this state) / InvalidArgument (missing comment, reference or name) with a detail in English.
Result<PlanVersion> editDraft(PlanVersion version, const PlanActor &actor, std::int64_t now);
Result<PlanVersion> submit(PlanVersion version, const PlanActor &actor, std::int64_t now);
Result<PlanVersion> approve(PlanVersion version, const PlanActor &actor, std::int64_t now);
Result<PlanVersion> recordOutsideApproval(
    PlanVersion version, const PlanActor &actor, const OutsideApproval &approval, std::int64_t now);
Result<PlanVersion> reject(
    PlanVersion version, const PlanActor &actor, const std::string &comment, std::int64_t now);
// A draft whose limits and medicine measures equal the active version's (`active`) may be
// activated by whoever may draft; anything else needs approval.
Result<PlanVersion> activateUnchangedLimits(
    PlanVersion version, const PlanVersion *active, const PlanActor &actor, std::int64_t now);
// The active version when another is activated.
PlanVersion supersede(PlanVersion active, std::int64_t now);

// True when the two versions' rules and medicine measures are the same (what the GP approves).
bool sameApprovedParts(const PlanVersion &a, const PlanVersion &b);

} // namespace varde::plan
