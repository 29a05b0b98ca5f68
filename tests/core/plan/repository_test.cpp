// Plan versions in a real encrypted store: a draft never changes the worklist, approval by a
// GP signed in on the workstation makes triage follow the new limits at once, roles are
// enforced by the core, and every move is one transaction with its audit event and outbox entry.
#include "core/plan/plan_repository.h"
#include "tests/core/worklist/worklist_fixture.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::test;
using plan::PlanStatus;
using triage::Level;

namespace
{

constexpr std::string_view gpPassword = "fastlege-passord";

// A clinic with a default set, one patient at SpO2 90 (yellow under the default set) and a GP
// user "turid" who can sign in.
struct PlanClinic {
    Clinic clinic;
    std::string defaultId = clinic.addDefaultSet();
    std::string patient = clinic.addPatient("Astrid", "Berg");
    std::string gpUserId;

    PlanClinic()
    {
        clinic.addSpo2(patient, 90, osloAt(8, 14));
        auto gp = clinic.store().addUser(
            { "turid", "Turid Moe", domain::Role::Gp, "" }, gpPassword, testKdf);
        VARDE_REQUIRE_OK(gp);
        gpUserId = gp->meta.id;
    }

    store::EncryptedStore &store() { return clinic.store(); }
    void asGp() { clinic.storeInFolder().reopen("turid", gpPassword); }
    void asNurse() { clinic.storeInFolder().reopen(); }

    // A nurse's draft with SpO2 limits for a patient living at 90: yellow under 88, red under 85.
    plan::PlanVersion sentDraft()
    {
        auto draft = plan::openDraft(store(), patient, clinic.serviceId(), millisAt(9));
        VARDE_REQUIRE_OK(draft);
        std::get<triage::BandRule>(draft->rules[0]).yellowBelow = 88.0;
        std::get<triage::BandRule>(draft->rules[0]).redBelow = 85.0;
        draft->content.goals.push_back({ "Klare trappene hjemme", { "Trene to ganger i uka" } });
        VARDE_REQUIRE_OK(plan::saveDraft(store(), *draft, millisAt(9, 5)));
        auto sent = plan::submitPlan(store(), draft->id, millisAt(9, 10));
        VARDE_REQUIRE_OK(sent);
        return *sent;
    }
};

int activeCount(store::EncryptedStore &store, const std::string &patientId)
{
    return int(count(store,
        "SELECT count(*) FROM plan_version WHERE status = 'active' AND patient_id = '" + patientId
            + "'"));
}

} // namespace

TEST_CASE("a draft starts from the rules in force and never changes the worklist", "[plan][store]")
{
    PlanClinic c;
    const auto before = c.clinic.build(osloAt(12));
    CHECK(statusOf(before, c.patient) == Level::Yellow);

    auto draft = plan::openDraft(c.store(), c.patient, c.clinic.serviceId(), millisAt(9));
    VARDE_REQUIRE_OK(draft);
    CHECK(draft->status == PlanStatus::Draft);
    CHECK(draft->baseVersionId == c.defaultId);
    CHECK(draft->rules.size() == defaultRules().size());
    CHECK_FALSE(draft->content.actions(plan::Zone::Red).patient.empty()); // standard actions
    CHECK(draft->createdByName == "Kari Nordmann");

    // Opening again continues the same draft.
    auto again = plan::openDraft(c.store(), c.patient, c.clinic.serviceId(), millisAt(9, 1));
    VARDE_REQUIRE_OK(again);
    CHECK(again->id == draft->id);

    // A draft that would make her green, saved and even sent: the worklist does not move.
    std::get<triage::BandRule>(draft->rules[0]).yellowBelow = 89.0;
    VARDE_REQUIRE_OK(plan::saveDraft(c.store(), *draft, millisAt(9, 5)));
    CHECK(statusOf(c.clinic.build(osloAt(12)), c.patient) == Level::Yellow);
    VARDE_REQUIRE_OK(plan::submitPlan(c.store(), draft->id, millisAt(9, 10)));
    const auto after = c.clinic.build(osloAt(12));
    CHECK(statusOf(after, c.patient) == Level::Yellow);
    CHECK(rowOf(after, c.patient).planVersionId == c.defaultId);

    const auto stored = plan::loadPlanVersion(c.store(), draft->id);
    VARDE_REQUIRE_OK(stored);
    CHECK(std::get<triage::BandRule>(stored->rules[0]).yellowBelow == 89.0);
    CHECK(stored->rowVersion == 3); // created, saved, sent
}

TEST_CASE(
    "approval by a GP makes triage follow the new version and supersedes the old", "[plan][store]")
{
    PlanClinic c;
    const auto sent = c.sentDraft();
    c.asGp();
    const auto approved = plan::approvePlan(c.store(), sent.id, millisAt(11));
    VARDE_REQUIRE_OK(approved);
    CHECK(approved->status == PlanStatus::Active);
    CHECK(approved->approval->byName == "Turid Moe");
    CHECK(approved->approval->byId == c.gpUserId);

    const auto list = c.clinic.build(osloAt(12));
    CHECK(statusOf(list, c.patient) == Level::Green); // 90 is not under 88
    CHECK(rowOf(list, c.patient).planVersionId == sent.id);
    CHECK(rowOf(list, c.patient).personalPlan);
    CHECK(rowOf(list, c.patient).planApprovedBy == "Turid Moe");

    // A second version: the first is superseded in the same transaction, one active at a time.
    c.asNurse();
    auto next = plan::openDraft(c.store(), c.patient, c.clinic.serviceId(), millisAt(12));
    VARDE_REQUIRE_OK(next);
    CHECK(next->baseVersionId == sent.id);
    CHECK(next->content.goals.size() == 1); // the personal plan's content carries over
    std::get<triage::BandRule>(next->rules[0]).yellowBelow = 91.0;
    VARDE_REQUIRE_OK(plan::saveDraft(c.store(), *next, millisAt(12, 1)));
    VARDE_REQUIRE_OK(plan::submitPlan(c.store(), next->id, millisAt(12, 2)));
    c.asGp();
    VARDE_REQUIRE_OK(plan::approvePlan(c.store(), next->id, millisAt(13)));
    CHECK(activeCount(c.store(), c.patient) == 1);
    const auto first = plan::loadPlanVersion(c.store(), sent.id);
    VARDE_REQUIRE_OK(first);
    CHECK(first->status == PlanStatus::Superseded);
    CHECK(first->supersededAtMillis == millisAt(13));
    CHECK(statusOf(c.clinic.build(osloAt(14)), c.patient) == Level::Yellow); // 90 under 91

    const auto versions = plan::loadPatientPlans(c.store(), c.patient);
    VARDE_REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    CHECK((*versions)[0].id == sent.id);
    CHECK((*versions)[1].status == PlanStatus::Active);
}

TEST_CASE("the core refuses a nurse's approval and changes nothing", "[plan][store][roles]")
{
    PlanClinic c;
    const auto sent = c.sentDraft();
    const auto events = count(c.store(), "SELECT count(*) FROM audit_event");
    const auto refused = plan::approvePlan(c.store(), sent.id, millisAt(11));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    const auto rejected = plan::rejectPlan(c.store(), sent.id, "nei", millisAt(11));
    REQUIRE_FALSE(rejected);
    CHECK(rejected.error().code == ErrorCode::NotAllowed);
    CHECK(count(c.store(), "SELECT count(*) FROM audit_event") == events);
    CHECK(activeCount(c.store(), c.patient) == 0);
    CHECK(statusOf(c.clinic.build(osloAt(12)), c.patient) == Level::Yellow);

    // The default rule set needs the medical lead: a GP who is not one is refused too.
    auto defaultDraft = plan::openDraft(c.store(), {}, c.clinic.serviceId(), millisAt(9));
    VARDE_REQUIRE_OK(defaultDraft);
    VARDE_REQUIRE_OK(plan::submitPlan(c.store(), defaultDraft->id, millisAt(9, 1)));
    c.asGp();
    const auto notLead = plan::approvePlan(c.store(), defaultDraft->id, millisAt(10));
    REQUIRE_FALSE(notLead);
    CHECK(notLead.error().code == ErrorCode::NotAllowed);
    VARDE_REQUIRE_OK(plan::setMedicalLead(c.store(), c.clinic.serviceId(), c.gpUserId));
    c.asGp(); // the role is read at each move; reopening is not needed but is what a user does
    VARDE_REQUIRE_OK(plan::approvePlan(c.store(), defaultDraft->id, millisAt(10)));
    const auto old = plan::loadPlanVersion(c.store(), c.defaultId);
    VARDE_REQUIRE_OK(old);
    CHECK(old->status == PlanStatus::Superseded);
}

TEST_CASE("a rejected version keeps the comment and the patient stays on the rules in force",
    "[plan][store]")
{
    PlanClinic c;
    const auto sent = c.sentDraft();
    c.asGp();
    const auto blank = plan::rejectPlan(c.store(), sent.id, " ", millisAt(11));
    REQUIRE_FALSE(blank);
    CHECK(blank.error().code == ErrorCode::InvalidArgument);
    const auto rejected
        = plan::rejectPlan(c.store(), sent.id, "Ta en ny måleperiode først.", millisAt(11));
    VARDE_REQUIRE_OK(rejected);
    const auto stored = plan::loadPlanVersion(c.store(), sent.id);
    VARDE_REQUIRE_OK(stored);
    CHECK(stored->status == PlanStatus::Rejected);
    CHECK(stored->reviewComment == "Ta en ny måleperiode først.");
    CHECK(stored->reviewedByName == "Turid Moe");
    CHECK(rowOf(c.clinic.build(osloAt(12)), c.patient).planVersionId == c.defaultId);
    CHECK(auditCount(c.store(), store::audit::planRejected, c.patient) == 1);
}

TEST_CASE(
    "an approval given by phone is recorded by the nurse and shows both names", "[plan][store]")
{
    PlanClinic c;
    const auto sent = c.sentDraft();
    const auto mutations = pendingMutations(c.store());
    const auto active = plan::recordApproval(c.store(), sent.id,
        { plan::ApprovalMethod::Phone, "Dr. Turid Moe", millisAt(10, 40), "Ringte legekontoret" },
        millisAt(11));
    VARDE_REQUIRE_OK(active);
    const auto stored = plan::loadPlanVersion(c.store(), sent.id);
    VARDE_REQUIRE_OK(stored);
    CHECK(stored->status == PlanStatus::Active);
    CHECK(stored->approval->method == plan::ApprovalMethod::Phone);
    CHECK(stored->approval->byName == "Dr. Turid Moe");
    CHECK(stored->approval->atMillis == millisAt(10, 40));
    CHECK(stored->approval->reference == "Ringte legekontoret");
    CHECK(stored->approval->recordedByName == "Kari Nordmann");
    CHECK(auditCount(c.store(), store::audit::planApprovalRecorded, c.patient) == 1);
    CHECK(pendingMutations(c.store()) == mutations + 1 + 1); // the version and the audit event
    CHECK(statusOf(c.clinic.build(osloAt(12)), c.patient) == Level::Green);
}

TEST_CASE("every move is audited with the patient and queued for the server", "[plan][store]")
{
    PlanClinic c;
    const auto sent = c.sentDraft();
    CHECK(auditCount(c.store(), store::audit::planDrafted, c.patient) == 1);
    CHECK(auditCount(c.store(), store::audit::planSaved, c.patient) == 1);
    CHECK(auditCount(c.store(), store::audit::planSubmitted, c.patient) == 1);
    CHECK(count(c.store(),
              "SELECT count(*) FROM outbox WHERE entity = 'plan_version' AND entity_id = '"
                  + sent.id + "'")
        == 3);
    const auto pending = plan::pendingApprovals(c.store());
    VARDE_REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().patientName == "Astrid Berg");
    CHECK(pending->front().gpName == "Turid Moe");
    CHECK(pending->front().submittedByName == "Kari Nordmann");
}

TEST_CASE("the plan's own schedule decides which measurements are missing", "[plan][store]")
{
    PlanClinic c;
    const auto other = c.clinic.addPatient("Bjørg", "Dal");
    c.clinic.addDailySpo2Schedule(other, 9 * 60); // enrolled: SpO2 by 09:00
    CHECK(statusOf(c.clinic.build(osloAt(12)), other) == Level::Missing);

    auto draft = plan::openDraft(c.store(), other, c.clinic.serviceId(), millisAt(8));
    VARDE_REQUIRE_OK(draft);
    draft->content.schedule = { { "spo2", domain::mondayAndThursday, 11 * 60 } };
    VARDE_REQUIRE_OK(plan::saveDraft(c.store(), *draft, millisAt(8, 1)));
    VARDE_REQUIRE_OK(plan::submitPlan(c.store(), draft->id, millisAt(8, 2)));
    c.asGp();
    VARDE_REQUIRE_OK(plan::approvePlan(c.store(), draft->id, millisAt(8, 30)));
    // 30 March 2026 is a Monday: due by 11:00 now, so at 10:30 nothing is missing yet …
    CHECK(statusOf(c.clinic.build(osloAt(10, 30)), other) == Level::Green);
    // … and at 12:00 it is.
    CHECK(statusOf(c.clinic.build(osloAt(12)), other) == Level::Missing);
    // Tuesday: not a measuring day in the plan.
    CHECK(statusOf(c.clinic.build(osloAt(12, 0, 1)), other) != Level::Missing);
}

TEST_CASE(
    "a meeting's decisions become a new draft and the active plan is untouched", "[plan][store]")
{
    PlanClinic c;
    const auto sent = c.sentDraft();
    c.asGp();
    VARDE_REQUIRE_OK(plan::approvePlan(c.store(), sent.id, millisAt(10)));
    c.asNurse();
    const auto draft = plan::draftFromMeeting(
        c.store(), c.patient, "Øke turen til 20 minutter. Evaluere om 3 måneder.", millisAt(13));
    VARDE_REQUIRE_OK(draft);
    CHECK(draft->status == PlanStatus::Draft);
    CHECK(draft->baseVersionId == sent.id);
    CHECK(draft->content.evaluationNotes
        == "Møte 30.03.2026: Øke turen til 20 minutter. Evaluere om 3 måneder.");
    const auto active = plan::loadPlanInForce(c.store(), c.patient);
    VARDE_REQUIRE_OK(active);
    REQUIRE(*active);
    CHECK((*active)->id == sent.id);
    CHECK((*active)->content.evaluationNotes.empty());
}

TEST_CASE("plan content survives the store unchanged", "[plan][store]")
{
    PlanClinic c;
    auto draft = plan::openDraft(c.store(), c.patient, c.clinic.serviceId(), millisAt(9));
    VARDE_REQUIRE_OK(draft);
    auto &content = draft->content;
    content.goals = { { "Være med på barnebarnets konfirmasjon", { "Gå 500 m", "Sove bedre" } } };
    content.measures = { { plan::MeasureArea::Activity, "Gå tur hver dag" },
        { plan::MeasureArea::MentalHealth, "Ringe datteren når jeg er urolig" } };
    content.medicines = { { plan::Zone::Red, "Start prednisolon 30 mg i 5 dager" } };
    content.schedule = { { "spo2", domain::everyDay, 600 }, { "question:feber", 9, std::nullopt } };
    content.trialWeeks = 4;
    content.evaluationDate = 2026y / June / 15;
    content.evaluationNotes = "«Bedre» – sier \"mye\"\nny linje";
    content.participants = { { plan::ParticipantRole::Patient, "Astrid Berg" },
        { plan::ParticipantRole::Gp, "Turid Moe" } };
    VARDE_REQUIRE_OK(plan::saveDraft(c.store(), *draft, millisAt(9, 5)));
    const auto stored = plan::loadPlanVersion(c.store(), draft->id);
    VARDE_REQUIRE_OK(stored);
    CHECK(stored->content == content);
    const auto reparsed = plan::parseContentJson(plan::contentToJson(content));
    VARDE_REQUIRE_OK(reparsed);
    CHECK(*reparsed == content);
}
