// A plan conflict as the nurse resolves it: the outcomes list offers to resolve a plan
// version's conflict; the dialog shows, part by part, her change beside the change in the
// version in force, will not make the new draft until she has chosen a side where both changed,
// and the new draft keeps the version in force with the parts she chose.
#include "ui_fixture.h"

#include "core/common/uuid.h"
#include "core/plan/plan_repository.h"
#include "core/store/patient_repository.h"
#include "core/sync/outbox_push.h"
#include "core/triage/case_json.h"
#include "ui/plan/plan_conflict_dialog.h"
#include "ui/sync/sync_outcomes_dialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace varde;

namespace
{

// A demo patient's plan in force.
plan::PlanVersion activePlan(store::EncryptedStore &store)
{
    auto patients = store::PatientRepository(store).all();
    REQUIRE(patients);
    for (const auto &p : *patients) {
        auto versions = plan::loadPatientPlans(store, p.meta.id);
        REQUIRE(versions);
        for (const auto &v : *versions)
            if (v.status == plan::PlanStatus::Active)
                return v;
    }
    FAIL("no demo patient has a plan in force");
    return {};
}

// The push answer the server gives a plan version made from a version no longer in force.
void recordConflict(store::EncryptedStore &store, const std::string &versionId)
{
    auto waiting = sync::pendingMutations(store.db(), 100000);
    REQUIRE(waiting);
    std::vector<sync::PendingMutation> batch;
    std::int64_t last = 0;
    for (const auto &m : *waiting) {
        last = m.id;
        if (m.entity == "plan_version" && m.entityId == versionId)
            batch.push_back(m);
    }
    REQUIRE_FALSE(batch.empty());
    std::string results;
    for (const auto &m : batch)
        results += std::string(results.empty() ? "" : ",") + "{\"id\":" + std::to_string(m.id)
            + ",\"status\":\"conflict\",\"reason\":\"stale_base\",\"message\":\"plan_version: "
              "made from a version that is no longer the one in force\"}";
    const auto answer
        = "{\"last_mutation_id\":" + std::to_string(last) + ",\"results\":[" + results + "]}";
    REQUIRE(
        sync::recordPushAnswer(store.db(), "client", batch, answer, DemoStoreFixture::morning()));
}

} // namespace

TEST_CASE("A plan conflict is resolved part by part into a new draft from the version in force",
    "[ui][plan][sync]")
{
    DemoStoreFixture fixture(30, 7);
    auto store = fixture.open();
    const auto first = activePlan(*store);
    const auto now = DemoStoreFixture::morning();

    // The nurse's draft: stricter SpO2 limits and a goal of her own.
    auto mine = plan::openDraft(*store, first.patientId, first.serviceId, now);
    REQUIRE(mine);
    REQUIRE(mine->baseVersionId == first.id);
    mine->content.goals.push_back({ "Være med på barnebarnets konfirmasjon", {} });
    for (auto &rule : mine->rules)
        if (auto *band = std::get_if<triage::BandRule>(&rule); band && band->code == "59408-5")
            band->redBelow = band->redBelow.value_or(88.0) - 1.0;
    REQUIRE(plan::saveDraft(*store, *mine, now));

    // Meanwhile another version came into force (other goals and zone actions).
    auto theirs = first;
    theirs.id = newUuid();
    theirs.status = plan::PlanStatus::Draft;
    theirs.baseVersionId = first.id;
    theirs.approval.reset();
    theirs.content.goals.push_back({ "Sykle til butikken i sommer", {} });
    theirs.content.actions(plan::Zone::Yellow).service = "Ring pasienten innen to timer.";
    REQUIRE(plan::insertPlanVersion(*store, theirs));
    REQUIRE(plan::submitPlan(*store, theirs.id, now));
    REQUIRE(plan::recordApproval(*store, theirs.id,
        { plan::ApprovalMethod::Phone, "Turid Moe", now, "Telefon med fastlegen" }, now));
    recordConflict(*store, mine->id);

    ui::SyncOutcomesDialog outcomes(*store);
    REQUIRE(outcomes.count() >= 1);
    outcomes.table()->setCurrentCell(0, 0);
    CHECK(outcomes.resolvePlanButton()->isEnabled());

    ui::PlanConflictDialog dialog(*store, mine->id, nullptr);
    REQUIRE(dialog.ready());
    dialog.show();
    QApplication::processEvents();
    // Her limits are hers alone; the goals changed on both sides and wait for her choice.
    REQUIRE(dialog.choice(plan::ChangeArea::Limit));
    CHECK(dialog.choice(plan::ChangeArea::Limit)->currentText() == QStringLiteral("Din endring"));
    REQUIRE(dialog.choice(plan::ChangeArea::Goal));
    CHECK(dialog.choice(plan::ChangeArea::Goal)->currentText() == QStringLiteral("Velg …"));
    CHECK(dialog.choice(plan::ChangeArea::ZoneAction) == nullptr); // only theirs: kept
    CHECK_FALSE(dialog.redraftButton()->isEnabled());
    dialog.grab().save(artifact(QStringLiteral("plan-conflict.png")));

    // Both added a goal: she keeps both.
    auto *goals = dialog.choice(plan::ChangeArea::Goal);
    goals->setCurrentIndex(goals->findText(QStringLiteral("Begge endringene")));
    CHECK(dialog.redraftButton()->isEnabled());
    dialog.redraftButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);

    auto redrafted = plan::loadPlanVersion(*store, mine->id);
    REQUIRE(redrafted);
    CHECK(redrafted->status == plan::PlanStatus::Draft);
    CHECK(redrafted->baseVersionId == theirs.id);
    CHECK(redrafted->content.goals.size() == first.content.goals.size() + 2);
    CHECK(redrafted->content.goals.back().text == "Være med på barnebarnets konfirmasjon");
    CHECK(
        redrafted->content.actions(plan::Zone::Yellow).service == "Ring pasienten innen to timer.");
    CHECK(triage::rulesToJson(redrafted->rules) == triage::rulesToJson(mine->rules));
    // The version in force is still the other one: a draft never changes triage.
    auto inForce = plan::loadPlanInForce(*store, first.patientId);
    REQUIRE(inForce);
    REQUIRE(*inForce);
    CHECK((*inForce)->id == theirs.id);

    // Opened again, there is nothing left to resolve... until it conflicts again.
    ui::PlanConflictDialog again(*store, theirs.id, nullptr);
    CHECK_FALSE(again.ready());
}
