#pragma once
// A version of a patient's egenbehandlingsplan, or of the follow-up service's default rule set
// (no patient). Versions move draft → awaiting approval → active → superseded, or are rejected
// with the reviewer's comment; core/plan/lifecycle.h holds the rules of those moves.

#include "core/domain/entity.h"
#include "core/plan/plan_content.h"
#include "core/triage/rules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace varde::plan
{

enum class PlanStatus { Draft, AwaitingApproval, Active, Superseded, Rejected };
std::string_view planStatusKey(PlanStatus status);
std::optional<PlanStatus> planStatusFromKey(std::string_view key);

// How the approval was given. InApp: the GP (or specialist, or the medical lead for the default
// set) approved in Varde. PloReply and Phone: the GP approved outside Varde and a nurse recorded
// it. UnchangedLimits: only goals, measures or actions changed; the limits and medicine measures
// are the ones the GP approved before, so the nurse activates it herself.
enum class ApprovalMethod { InApp, PloReply, Phone, UnchangedLimits };
std::string_view approvalMethodKey(ApprovalMethod method);
std::optional<ApprovalMethod> approvalMethodFromKey(std::string_view key);

struct Approval {
    ApprovalMethod method = ApprovalMethod::InApp;
    std::string byId; // the approving user's id; empty when the GP approved outside Varde
    std::string byName; // as shown: "Turid Moe (fastlege)"
    std::int64_t atMillis = 0; // when the approval was given (the GP's date for a phone call)
    std::string reference; // PLO message reference or a note on the call
    std::string recordedById; // the nurse who entered an outside approval
    std::string recordedByName;
    std::int64_t recordedAtMillis = 0;
};

struct PlanVersion {
    std::string id;
    domain::Origin origin = domain::Origin::Local;
    std::int64_t rowVersion = 1; // grows with each saved change (sync's version)
    std::string patientId; // empty: the follow-up service's default rule set
    std::string serviceId;
    PlanStatus status = PlanStatus::Draft;
    std::string baseVersionId; // the version this one was drafted from
    std::vector<triage::Rule> rules;
    PlanContent content;
    std::string createdBy;
    std::string createdByName;
    std::int64_t createdAtMillis = 0;
    std::int64_t updatedAtMillis = 0;
    std::string submittedBy;
    std::optional<std::int64_t> submittedAtMillis;
    std::optional<Approval> approval;
    std::optional<std::int64_t> supersededAtMillis;
    // Rejection: who, when and why.
    std::string reviewedBy;
    std::string reviewedByName;
    std::optional<std::int64_t> reviewedAtMillis;
    std::string reviewComment;

    bool isServiceDefault() const { return patientId.empty(); }
};

} // namespace varde::plan
