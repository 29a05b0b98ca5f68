// The plan version's life as pure functions: which moves each state allows, and which role may
// make them. The store applies these (repository_test.cpp); here the rules themselves.
#include "core/plan/lifecycle.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::plan;
using domain::Role;

namespace
{

const PlanActor nurse { "u-nurse", "Kari Nordmann", Role::Nurse, false };
const PlanActor gp { "u-gp", "Turid Moe", Role::Gp, false };
const PlanActor specialist { "u-spec", "Per Lunde", Role::Specialist, false };
const PlanActor lead { "u-lead", "Kristin Lie", Role::Gp, true };
const PlanActor leader { "u-leader", "Leder", Role::Leader, false };

constexpr std::int64_t t0 = 1'780'000'000'000;

PlanVersion draft(bool serviceDefault = false)
{
    PlanVersion v;
    v.id = "v1";
    v.patientId = serviceDefault ? "" : "p1";
    v.serviceId = "s1";
    v.rules = { triage::BandRule { "59408-5", 92.0, 88.0, std::nullopt, std::nullopt } };
    v.content = standardContent();
    return v;
}

PlanVersion sent(bool serviceDefault = false)
{
    auto v = submit(draft(serviceDefault), nurse, t0);
    REQUIRE(v);
    return *v;
}

ErrorCode codeOf(const Result<PlanVersion> &r)
{
    REQUIRE_FALSE(r);
    return r.error().code;
}

} // namespace

TEST_CASE("a draft goes to the GP and becomes active when approved", "[plan][lifecycle]")
{
    const auto awaiting = sent();
    CHECK(awaiting.status == PlanStatus::AwaitingApproval);
    CHECK(awaiting.submittedBy == nurse.userId);
    CHECK(awaiting.submittedAtMillis == t0);

    const auto active = approve(awaiting, gp, t0 + 1000);
    REQUIRE(active);
    CHECK(active->status == PlanStatus::Active);
    REQUIRE(active->approval);
    CHECK(active->approval->method == ApprovalMethod::InApp);
    CHECK(active->approval->byId == gp.userId);
    CHECK(active->approval->byName == "Turid Moe");
    CHECK(active->approval->atMillis == t0 + 1000);

    const auto old = supersede(*active, t0 + 5000);
    CHECK(old.status == PlanStatus::Superseded);
    CHECK(old.supersededAtMillis == t0 + 5000);
}

TEST_CASE("moves that the state does not allow are refused", "[plan][lifecycle]")
{
    CHECK(codeOf(approve(draft(), gp, t0)) == ErrorCode::WrongState); // not sent yet
    CHECK(codeOf(reject(draft(), gp, "nei", t0)) == ErrorCode::WrongState);
    CHECK(codeOf(submit(sent(), nurse, t0)) == ErrorCode::WrongState); // already sent
    CHECK(codeOf(editDraft(sent(), nurse, t0)) == ErrorCode::WrongState); // sent: frozen
    const auto active = approve(sent(), gp, t0);
    REQUIRE(active);
    CHECK(codeOf(approve(*active, gp, t0)) == ErrorCode::WrongState); // approved twice
    CHECK(codeOf(editDraft(*active, nurse, t0)) == ErrorCode::WrongState); // the active plan
    const auto rejected = reject(sent(), gp, "Grensen for SpO2 er for streng.", t0);
    REQUIRE(rejected);
    CHECK(codeOf(approve(*rejected, gp, t0)) == ErrorCode::WrongState);
    CHECK(codeOf(submit(*rejected, nurse, t0)) == ErrorCode::WrongState);
    CHECK(codeOf(recordOutsideApproval(draft(), nurse,
              { ApprovalMethod::Phone, "Turid Moe", t0 - 1000, "Telefon kl. 10" }, t0))
        == ErrorCode::WrongState);
}

TEST_CASE("only a GP or specialist approves limits, the default set only the medical lead",
    "[plan][lifecycle][roles]")
{
    CHECK(codeOf(approve(sent(), nurse, t0)) == ErrorCode::NotAllowed);
    CHECK(codeOf(approve(sent(), leader, t0)) == ErrorCode::NotAllowed);
    CHECK(approve(sent(), gp, t0));
    CHECK(approve(sent(), specialist, t0));
    CHECK(codeOf(reject(sent(), nurse, "nei", t0)) == ErrorCode::NotAllowed);

    CHECK(codeOf(approve(sent(true), gp, t0)) == ErrorCode::NotAllowed);
    CHECK(approve(sent(true), lead, t0));
    CHECK(codeOf(recordOutsideApproval(sent(true), nurse,
              { ApprovalMethod::Phone, "Kristin Lie", t0 - 1000, "Telefon" }, t0))
        == ErrorCode::NotAllowed);

    CHECK(mayDraft(nurse));
    CHECK(mayDraft(gp));
    CHECK_FALSE(mayDraft(leader));
    CHECK(codeOf(submit(draft(), leader, t0)) == ErrorCode::NotAllowed);
    CHECK(codeOf(editDraft(draft(), leader, t0)) == ErrorCode::NotAllowed);
}

TEST_CASE("a rejection keeps who rejected it and the required comment", "[plan][lifecycle]")
{
    CHECK(codeOf(reject(sent(), gp, "  \n", t0)) == ErrorCode::InvalidArgument);
    const auto rejected = reject(sent(), gp, "Rød grense for puls bør være 110.", t0 + 60'000);
    REQUIRE(rejected);
    CHECK(rejected->status == PlanStatus::Rejected);
    CHECK(rejected->reviewedByName == "Turid Moe");
    CHECK(rejected->reviewedAtMillis == t0 + 60'000);
    CHECK(rejected->reviewComment == "Rød grense for puls bør være 110.");
    CHECK_FALSE(rejected->approval);
}

TEST_CASE("a nurse records a GP's approval given by phone or PLO, and who entered it is kept",
    "[plan][lifecycle]")
{
    const auto given = t0 + 3600'000;
    const auto now = t0 + 2 * 3600'000;
    const auto active = recordOutsideApproval(
        sent(), nurse, { ApprovalMethod::Phone, "Dr. Turid Moe", given, "Ringte 10:40" }, now);
    REQUIRE(active);
    CHECK(active->status == PlanStatus::Active);
    CHECK(active->approval->method == ApprovalMethod::Phone);
    CHECK(active->approval->byName == "Dr. Turid Moe");
    CHECK(active->approval->byId.empty()); // the GP never signed in
    CHECK(active->approval->atMillis == given);
    CHECK(active->approval->reference == "Ringte 10:40");
    CHECK(active->approval->recordedById == nurse.userId);
    CHECK(active->approval->recordedByName == "Kari Nordmann");
    CHECK(active->approval->recordedAtMillis == now);

    const auto plo = recordOutsideApproval(
        sent(), nurse, { ApprovalMethod::PloReply, "Dr. Turid Moe", given, "MsgId 6f1c…" }, now);
    REQUIRE(plo);
    CHECK(plo->approval->method == ApprovalMethod::PloReply);

    SECTION("each missing part is refused")
    {
        CHECK(codeOf(recordOutsideApproval(
                  sent(), nurse, { ApprovalMethod::Phone, "", given, "Ringte" }, now))
            == ErrorCode::InvalidArgument);
        CHECK(codeOf(recordOutsideApproval(
                  sent(), nurse, { ApprovalMethod::Phone, "Dr. Moe", given, "" }, now))
            == ErrorCode::InvalidArgument);
        CHECK(codeOf(recordOutsideApproval(
                  sent(), nurse, { ApprovalMethod::InApp, "Dr. Moe", given, "x" }, now))
            == ErrorCode::InvalidArgument);
        CHECK(codeOf(recordOutsideApproval(
                  sent(), nurse, { ApprovalMethod::Phone, "Dr. Moe", now + 1, "Ringte" }, now))
            == ErrorCode::InvalidTime);
        CHECK(codeOf(recordOutsideApproval(sent(), nurse,
                  { ApprovalMethod::Phone, "Dr. Moe", t0 - 3 * 24 * 3600'000LL, "Ringte" }, now))
            == ErrorCode::InvalidTime);
    }
}

TEST_CASE("a draft that keeps the approved limits and medicines may be activated by the nurse",
    "[plan][lifecycle]")
{
    auto active = approve(sent(), gp, t0);
    REQUIRE(active);
    auto next = draft();
    next.id = "v2";
    next.content.goals.push_back({ "Gå til butikken selv", { "Gå 10 minutter hver dag" } });
    const auto activated = activateUnchangedLimits(next, &*active, nurse, t0 + 1000);
    REQUIRE(activated);
    CHECK(activated->status == PlanStatus::Active);
    CHECK(activated->approval->method == ApprovalMethod::UnchangedLimits);
    CHECK(activated->approval->reference == active->id);

    auto stricter = next;
    std::get<triage::BandRule>(stricter.rules[0]).redBelow = 86.0;
    CHECK(codeOf(activateUnchangedLimits(stricter, &*active, nurse, t0)) == ErrorCode::NotAllowed);
    auto medicine = next;
    medicine.content.medicines.push_back({ Zone::Red, "Start prednisolon 30 mg i 5 dager" });
    CHECK(codeOf(activateUnchangedLimits(medicine, &*active, nurse, t0)) == ErrorCode::NotAllowed);
    CHECK(codeOf(activateUnchangedLimits(next, nullptr, nurse, t0)) == ErrorCode::NotAllowed);
}

TEST_CASE("an invalid plan cannot be sent for approval", "[plan][lifecycle]")
{
    auto v = draft();
    v.rules = { triage::BandRule { "59408-5", 88.0, 92.0, std::nullopt, std::nullopt } };
    const auto refused = submit(v, nurse, t0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().detail.find("rules[0].red_below") != std::string::npos);
}
