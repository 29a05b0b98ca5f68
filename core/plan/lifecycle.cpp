#include "core/plan/lifecycle.h"

#include "core/plan/validation.h"
#include "core/triage/case_json.h"

namespace varde::plan
{
namespace
{

bool isDoctor(domain::Role role)
{
    return role == domain::Role::Gp || role == domain::Role::Specialist;
}

Result<> from(const PlanVersion &version, PlanStatus expected, const char *move)
{
    if (version.status == expected)
        return {};
    return fail(ErrorCode::WrongState,
        std::string(move) + ": the version is " + std::string(planStatusKey(version.status))
            + ", not " + std::string(planStatusKey(expected)));
}

Result<> valid(const PlanVersion &version)
{
    const auto problems = validatePlan(version.rules, version.content);
    if (problems.empty())
        return {};
    return fail(
        ErrorCode::InvalidArgument, problems.front().field + ": " + problems.front().message);
}

Result<PlanVersion> activated(PlanVersion version, Approval approval, std::int64_t now)
{
    version.status = PlanStatus::Active;
    version.approval = std::move(approval);
    version.updatedAtMillis = now;
    return version;
}

} // namespace

bool mayDraft(const PlanActor &actor)
{
    return actor.role == domain::Role::Nurse || isDoctor(actor.role) || actor.medicalLead;
}

bool mayApprove(const PlanActor &actor, const PlanVersion &version)
{
    if (!isDoctor(actor.role))
        return false;
    return version.isServiceDefault() ? actor.medicalLead : true;
}

Result<PlanVersion> editDraft(PlanVersion version, const PlanActor &actor, std::int64_t now)
{
    if (!mayDraft(actor))
        return fail(ErrorCode::NotAllowed, "edit: role may not draft plans");
    if (auto ok = from(version, PlanStatus::Draft, "edit"); !ok)
        return fail(ok.error());
    version.updatedAtMillis = now;
    return version;
}

Result<PlanVersion> submit(PlanVersion version, const PlanActor &actor, std::int64_t now)
{
    if (!mayDraft(actor))
        return fail(ErrorCode::NotAllowed, "submit: role may not draft plans");
    if (auto ok = from(version, PlanStatus::Draft, "submit"); !ok)
        return fail(ok.error());
    if (auto ok = valid(version); !ok)
        return fail(ok.error());
    version.status = PlanStatus::AwaitingApproval;
    version.submittedBy = actor.userId;
    version.submittedAtMillis = now;
    version.updatedAtMillis = now;
    return version;
}

Result<PlanVersion> approve(PlanVersion version, const PlanActor &actor, std::int64_t now)
{
    if (!mayApprove(actor, version))
        return fail(ErrorCode::NotAllowed,
            version.isServiceDefault()
                ? "approve: only the service's medical lead approves the default rule set"
                : "approve: only a GP or a specialist approves limits and medicine measures");
    if (auto ok = from(version, PlanStatus::AwaitingApproval, "approve"); !ok)
        return fail(ok.error());
    if (auto ok = valid(version); !ok)
        return fail(ok.error());
    Approval approval;
    approval.method = ApprovalMethod::InApp;
    approval.byId = actor.userId;
    approval.byName = actor.name;
    approval.atMillis = now;
    approval.recordedById = actor.userId;
    approval.recordedByName = actor.name;
    approval.recordedAtMillis = now;
    return activated(std::move(version), std::move(approval), now);
}

Result<PlanVersion> recordOutsideApproval(
    PlanVersion version, const PlanActor &actor, const OutsideApproval &given, std::int64_t now)
{
    if (!mayDraft(actor))
        return fail(ErrorCode::NotAllowed, "record approval: role may not handle plans");
    if (version.isServiceDefault())
        return fail(ErrorCode::NotAllowed,
            "record approval: the default rule set is approved by the medical lead in Varde");
    if (given.method != ApprovalMethod::PloReply && given.method != ApprovalMethod::Phone)
        return fail(ErrorCode::InvalidArgument, "record approval: method must be PLO or phone");
    if (given.gpName.empty())
        return fail(ErrorCode::InvalidArgument, "record approval: the GP's name is missing");
    if (given.reference.empty())
        return fail(ErrorCode::InvalidArgument,
            "record approval: the message reference or a note on the call is missing");
    if (given.givenAtMillis <= 0 || given.givenAtMillis > now)
        return fail(
            ErrorCode::InvalidTime, "record approval: the date is missing or in the future");
    if (version.submittedAtMillis
        && given.givenAtMillis < *version.submittedAtMillis - 24 * 3600 * 1000LL)
        return fail(ErrorCode::InvalidTime,
            "record approval: the approval is dated before the plan was sent");
    if (auto ok = from(version, PlanStatus::AwaitingApproval, "record approval"); !ok)
        return fail(ok.error());
    if (auto ok = valid(version); !ok)
        return fail(ok.error());
    Approval approval;
    approval.method = given.method;
    approval.byName = given.gpName;
    approval.atMillis = given.givenAtMillis;
    approval.reference = given.reference;
    approval.recordedById = actor.userId;
    approval.recordedByName = actor.name;
    approval.recordedAtMillis = now;
    return activated(std::move(version), std::move(approval), now);
}

Result<PlanVersion> reject(
    PlanVersion version, const PlanActor &actor, const std::string &comment, std::int64_t now)
{
    if (!mayApprove(actor, version))
        return fail(ErrorCode::NotAllowed, "reject: only the approver may reject");
    if (auto ok = from(version, PlanStatus::AwaitingApproval, "reject"); !ok)
        return fail(ok.error());
    if (comment.find_first_not_of(" \t\r\n") == std::string::npos)
        return fail(ErrorCode::InvalidArgument, "reject: a comment is required");
    version.status = PlanStatus::Rejected;
    version.reviewedBy = actor.userId;
    version.reviewedByName = actor.name;
    version.reviewedAtMillis = now;
    version.reviewComment = comment;
    version.updatedAtMillis = now;
    return version;
}

Result<PlanVersion> activateUnchangedLimits(
    PlanVersion version, const PlanVersion *active, const PlanActor &actor, std::int64_t now)
{
    if (!mayDraft(actor))
        return fail(ErrorCode::NotAllowed, "activate: role may not handle plans");
    if (auto ok = from(version, PlanStatus::Draft, "activate"); !ok)
        return fail(ok.error());
    if (!active || !active->approval || !sameApprovedParts(version, *active))
        return fail(ErrorCode::NotAllowed,
            "activate: limits or medicine measures changed; a GP must approve them");
    if (auto ok = valid(version); !ok)
        return fail(ok.error());
    Approval approval;
    approval.method = ApprovalMethod::UnchangedLimits;
    approval.byId = actor.userId;
    approval.byName = actor.name;
    approval.atMillis = now;
    approval.reference = active->id; // the version whose approved limits it keeps
    approval.recordedById = actor.userId;
    approval.recordedByName = actor.name;
    approval.recordedAtMillis = now;
    version.submittedBy = actor.userId;
    version.submittedAtMillis = now;
    return activated(std::move(version), std::move(approval), now);
}

PlanVersion supersede(PlanVersion active, std::int64_t now)
{
    active.status = PlanStatus::Superseded;
    active.supersededAtMillis = now;
    active.updatedAtMillis = now;
    return active;
}

bool sameApprovedParts(const PlanVersion &a, const PlanVersion &b)
{
    return triage::rulesToJson(a.rules) == triage::rulesToJson(b.rules)
        && a.content.medicines == b.content.medicines;
}

} // namespace varde::plan
