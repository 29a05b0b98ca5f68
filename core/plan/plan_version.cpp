#include "core/plan/plan_version.h"

#include <array>

namespace varde::plan
{
namespace
{
constexpr std::array<PlanStatus, 5> allStatuses { PlanStatus::Draft, PlanStatus::AwaitingApproval,
    PlanStatus::Active, PlanStatus::Superseded, PlanStatus::Rejected };
constexpr std::array<ApprovalMethod, 4> allMethods { ApprovalMethod::InApp,
    ApprovalMethod::PloReply, ApprovalMethod::Phone, ApprovalMethod::UnchangedLimits };
} // namespace

std::string_view planStatusKey(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return "draft";
    case PlanStatus::AwaitingApproval:
        return "awaiting_approval";
    case PlanStatus::Active:
        return "active";
    case PlanStatus::Superseded:
        return "superseded";
    case PlanStatus::Rejected:
        return "rejected";
    }
    return "draft";
}

std::optional<PlanStatus> planStatusFromKey(std::string_view key)
{
    for (auto s : allStatuses)
        if (planStatusKey(s) == key)
            return s;
    return std::nullopt;
}

std::string_view approvalMethodKey(ApprovalMethod method)
{
    switch (method) {
    case ApprovalMethod::InApp:
        return "in_app";
    case ApprovalMethod::PloReply:
        return "plo_reply";
    case ApprovalMethod::Phone:
        return "phone";
    case ApprovalMethod::UnchangedLimits:
        return "unchanged_limits";
    }
    return "in_app";
}

std::optional<ApprovalMethod> approvalMethodFromKey(std::string_view key)
{
    for (auto m : allMethods)
        if (approvalMethodKey(m) == key)
            return m;
    return std::nullopt;
}

} // namespace varde::plan
