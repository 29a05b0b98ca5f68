// A plan edited on two workstations from the same version (issue 10): the second push is a
// visible conflict, never an overwrite; a version activated offline that lost the race never
// stays in force on its workstation; the nurse merges her part onto the server's version, and
// the changes queued behind the conflict are still delivered.
#include "sync_fixture.h"

#include "core/plan/merge.h"
#include "core/plan/plan_repository.h"
#include "core/store/audit_log.h"
#include "core/store/transaction.h"
#include "core/sync/outbox_push.h"

using namespace sync_test;
using namespace varde;

namespace
{

std::int64_t nowMs() { return sync::currentMillis(); }

void knowService(Workstation &ws, const std::string &serviceId)
{
    VARDE_REQUIRE_OK(ws.store->db().exec("INSERT INTO follow_up_service(id, origin, updated_at, "
                                         "name) VALUES ('"
        + serviceId + "', 'server', 0, 'Oppfølging')"));
}

std::string planInForce(Workstation &ws)
{
    auto plan = plan::loadPlanInForce(*ws.store, ws.patient.meta.id);
    VARDE_REQUIRE_OK(plan);
    return *plan ? (*plan)->id : std::string();
}

// A nurse's draft edited by `edit` and saved.
template <typename Edit>
plan::PlanVersion draftWith(Workstation &ws, const std::string &serviceId, Edit edit)
{
    auto draft = plan::openDraft(*ws.store, ws.patient.meta.id, serviceId, nowMs());
    VARDE_REQUIRE_OK(draft);
    edit(*draft);
    auto saved = plan::saveDraft(*ws.store, *draft, nowMs());
    VARDE_REQUIRE_OK(saved);
    return *saved;
}

void openPatient(Workstation &ws)
{
    auto tx = store::Transaction::begin(ws.store->db());
    VARDE_REQUIRE_OK(tx);
    VARDE_REQUIRE_OK(store::appendAudit(ws.store->db(), store::actorOf(*ws.store), "patient.open",
        ws.patient.meta.id, "patient", ws.patient.meta.id));
    VARDE_REQUIRE_OK(tx->commit());
}

} // namespace

TEST_CASE("a plan changed on two workstations from the same version is a visible conflict that "
          "the nurse merges, and the version in force stays the server's",
    "[sync][plan]")
{
    ServerSide server;
    Workstation a;
    server.follow(a.patient);
    Workstation b(a.patient);
    knowService(a, server.serviceId);
    knowService(b, server.serviceId);
    auto engineA = a.engine(server.address());
    auto engineB = b.engine(server.address());
    VARDE_REQUIRE_OK(engineA.signIn("kari", serverPassword));
    VARDE_REQUIRE_OK(engineB.signIn("kari", serverPassword));

    // Version 1: SpO2 limits the GP approved by phone, in force everywhere.
    const auto first = draftWith(a, server.serviceId, [](plan::PlanVersion &v) {
        v.rules = { triage::BandRule { "59408-5", 92.0, 88.0, std::nullopt, std::nullopt } };
        v.content.goals = { { "Gå til butikken selv", {} } };
    });
    VARDE_REQUIRE_OK(plan::submitPlan(*a.store, first.id, nowMs()));
    VARDE_REQUIRE_OK(plan::recordApproval(*a.store, first.id,
        { plan::ApprovalMethod::Phone, "Turid Moe", nowMs(), "Telefon med fastlegen" }, nowMs()));
    VARDE_REQUIRE_OK(engineA.push());
    VARDE_REQUIRE_OK(engineB.pull(0));
    REQUIRE(planInForce(b) == first.id);

    // Workstation A changes what the service does in yellow and activates it (same limits).
    const auto fromA = draftWith(a, server.serviceId, [](plan::PlanVersion &v) {
        v.content.actions(plan::Zone::Yellow).service = "Ring pasienten innen to timer.";
    });
    VARDE_REQUIRE_OK(plan::activateDraft(*a.store, fromA.id, nowMs()));
    VARDE_REQUIRE_OK(engineA.push());
    CHECK(server.count(
              "SELECT count(*) FROM plan_version WHERE id = $1 AND status = 'active'", { fromA.id })
        == 1);

    // Workstation B, offline all the while, adds a goal to version 1 and activates it there.
    const auto fromB = draftWith(b, server.serviceId, [](plan::PlanVersion &v) {
        v.content.goals.push_back({ "Være med på barnebarnets konfirmasjon", {} });
    });
    REQUIRE(fromB.baseVersionId == first.id);
    VARDE_REQUIRE_OK(plan::activateDraft(*b.store, fromB.id, nowMs()));
    REQUIRE(planInForce(b) == fromB.id);
    openPatient(b); // queued behind the plan: must still arrive

    auto pushed = engineB.push();
    VARDE_REQUIRE_OK(pushed);
    CHECK(pushed->conflicts >= 1);
    CHECK(pushed->waiting == 0); // what was queued behind the conflict went through
    CHECK(pushed->touchedPatients.count(b.patient.meta.id) == 1);
    CHECK(server.count("SELECT count(*) FROM audit_event WHERE action = "
                       "'workstation.patient.open' AND patient_id = $1",
              { b.patient.meta.id })
        == 1);
    // The server's version is in force on B at once, before any pull; B's own is a draft again.
    CHECK(planInForce(b) == fromA.id);
    auto mine = plan::loadPlanVersion(*b.store, fromB.id);
    VARDE_REQUIRE_OK(mine);
    CHECK(mine->status == plan::PlanStatus::Draft);
    CHECK(server.count("SELECT count(*) FROM plan_version WHERE id = $1", { fromB.id }) == 0);

    // The conflict stays listed until resolved.
    auto outcomes = sync::openOutcomes(engineB.db());
    VARDE_REQUIRE_OK(outcomes);
    REQUIRE_FALSE(outcomes->empty());
    CHECK(outcomes->front().entityId == fromB.id);
    CHECK(outcomes->front().status == "conflict");
    CHECK(outcomes->front().reason == "stale_base");

    // A pull changes nothing of that: still one version in force, the server's.
    VARDE_REQUIRE_OK(engineB.pull(0));
    CHECK(planInForce(b) == fromA.id);
    CHECK(b.count("SELECT count(*) FROM plan_version WHERE status = 'active'") == 1);

    auto base = plan::loadPlanVersion(*b.store, first.id);
    auto theirs = plan::loadPlanVersion(*b.store, fromA.id);
    VARDE_REQUIRE_OK(base);
    VARDE_REQUIRE_OK(theirs);
    const auto parts = plan::threeWay(*base, *mine, *theirs);
    const auto choices = plan::obviousChoices(parts);
    CHECK(choices == plan::Choices { { plan::ChangeArea::Goal, plan::Keep::Mine } });

    SECTION("merged: her goal on top of the server's version goes out as a new draft")
    {
        const auto combined = plan::combine(*base, *mine, *theirs, choices);
        auto redrafted = plan::redraftAfterConflict(*b.store, fromB.id, *theirs, combined, nowMs());
        VARDE_REQUIRE_OK(redrafted);
        CHECK(redrafted->baseVersionId == fromA.id);
        for (const auto &o : *outcomes)
            VARDE_REQUIRE_OK(sync::resolveOutcome(
                engineB.db(), o.clientId, o.mutationId, b.store->user().meta.id, nowMs()));
        auto again = engineB.push();
        VARDE_REQUIRE_OK(again);
        CHECK(again->conflicts == 0);
        CHECK(again->refused == 0);
        CHECK(server.count("SELECT count(*) FROM plan_version WHERE id = $1 AND status = 'draft' "
                           "AND base_version_id = $2",
                  { fromB.id, fromA.id })
            == 1);
        // Workstation A sees B's draft with both changes; A's version stays in force.
        VARDE_REQUIRE_OK(engineA.pull(0));
        auto onA = plan::loadPlanVersion(*a.store, fromB.id);
        VARDE_REQUIRE_OK(onA);
        CHECK(onA->status == plan::PlanStatus::Draft);
        CHECK(onA->content.goals.size() == 2);
        CHECK(onA->content.actions(plan::Zone::Yellow).service == "Ring pasienten innen to timer.");
        CHECK(planInForce(a) == fromA.id);
    }
    SECTION("set aside: her version stays in her history as rejected and is never sent")
    {
        auto aside = plan::setAsideAfterConflict(*b.store, fromB.id, nowMs());
        VARDE_REQUIRE_OK(aside);
        CHECK(aside->status == plan::PlanStatus::Rejected);
        CHECK_FALSE(aside->reviewComment.empty());
        auto waiting = engineB.waitingCount();
        VARDE_REQUIRE_OK(waiting);
        CHECK(*waiting == 1); // the audit event of setting it aside, nothing of the plan
        VARDE_REQUIRE_OK(engineB.push());
        CHECK(server.count("SELECT count(*) FROM plan_version WHERE id = $1", { fromB.id }) == 0);
        CHECK(planInForce(b) == fromA.id);
    }
}
