// A day's work with the server out of reach (issue 10): the nurse acknowledges a red finding
// with a note, drafts a plan change and queues a PLO message to the GP; when the server is
// back every change arrives once, with the times it was made, not the time it was sent.
#include "sync_fixture.h"

#include "core/plan/plan_repository.h"
#include "core/plo/drafting.h"
#include "core/plo/message_store.h"
#include "core/worklist/acknowledgement.h"
#include "tests/core/plo/plo_practice.h"

#include <chrono>
#include <thread>

using namespace sync_test;
using namespace varde;
using test::millisAt;
using test::osloAt;

TEST_CASE("a day offline: acknowledgements, a plan draft and a PLO message arrive once each "
          "with their original times",
    "[sync][offline]")
{
    ServerSide server;
    plo_test::Practice practice;
    auto &store = practice.clinic.store();
    const auto patient = practice.addPatient();
    server.follow(patient);
    auto db = store.openAnotherConnection();
    VARDE_REQUIRE_OK(db);
    sync::SyncEngine engine(std::move(*db), server.address());
    VARDE_REQUIRE_OK(engine.signIn("kari", serverPassword));
    VARDE_REQUIRE_OK(engine.push()); // what the store wrote when it was made
    const auto auditBefore = server.count("SELECT count(*) FROM audit_event WHERE action LIKE "
                                          "'workstation.%' AND patient_id = $1",
        { patient.meta.id });

    server.server.stop(SIGTERM);
    // 08:14 a red SpO2 (home device, read from the local cache); 09:05 the nurse calls and
    // acknowledges with a note; 09:20 she drafts a plan change; 09:30 she writes to the GP.
    practice.clinic.addSpo2(patient.meta.id, 95, osloAt(8, 0, -1));
    practice.clinic.addSpo2(patient.meta.id, 86, osloAt(8, 14));
    const auto findings
        = test::openFindingIds(test::rowOf(practice.clinic.build(osloAt(9, 0)), patient.meta.id));
    REQUIRE_FALSE(findings.empty());
    VARDE_REQUIRE_OK(worklist::acknowledgeFindings(store, patient.meta.id, findings,
        worklist::AckAction::CalledPatient, "Ringte, tungpustet etter trapp", millisAt(9, 5)));
    auto draft = plan::openDraft(store, patient.meta.id, practice.service.meta.id, millisAt(9, 20));
    VARDE_REQUIRE_OK(draft);
    draft->content.goals.push_back({ "Klare trappene hjemme", {} });
    VARDE_REQUIRE_OK(plan::saveDraft(store, *draft, millisAt(9, 20)));
    auto message = plo::draftForPatient(
        store, patient.meta.id, plo::OutgoingKind::DialogForesporsel, osloAt(9, 30));
    VARDE_REQUIRE_OK(message);
    auto queued = plo::queueMessage(store, plo_test::bundled(), patient.meta.id, *message,
        { "", findings.front(), {}, "" }, millisAt(9, 30));
    VARDE_REQUIRE_OK(queued);

    auto offline = engine.push();
    REQUIRE_FALSE(offline);
    CHECK(offline.error().code == ErrorCode::Offline);
    auto waiting = engine.waitingCount();
    VARDE_REQUIRE_OK(waiting);
    const auto made = *waiting;
    CHECK(made >= 6); // each change and its audit event

    // The connection comes back later; the nurse's changes were all made before it.
    std::this_thread::sleep_for(std::chrono::milliseconds(2000));
    server.server.start();
    const auto reconnectedAt = sync::currentMillis();
    auto pushed = engine.push();
    VARDE_REQUIRE_OK(pushed);
    CHECK(pushed->waiting == 0);
    CHECK(pushed->conflicts == 0);
    CHECK(pushed->refused == 0);

    const auto once = [&](const std::string &sql, const std::string &id) {
        INFO(sql);
        CHECK(server.count(sql, { id }) == 1);
    };
    for (const auto &finding : findings)
        once("SELECT count(*) FROM acknowledgement WHERE finding_id = $1 AND note = 'Ringte, "
             "tungpustet etter trapp' AND acknowledged_at = to_timestamp("
                + std::to_string(millisAt(9, 5)) + " / 1000.0)",
            finding);
    once("SELECT count(*) FROM plan_version WHERE id = $1 AND status = 'draft'", draft->id);
    once("SELECT count(*) FROM plo_message WHERE id = $1", queued->id);

    // The audit trail shows each action at the moment it was done, before the reconnection.
    const auto audited = server.count("SELECT count(*) FROM audit_event WHERE action LIKE "
                                      "'workstation.%' AND patient_id = $1",
                             { patient.meta.id })
        - auditBefore;
    CHECK(audited >= 3);
    CHECK(server.count("SELECT count(*) FROM audit_event WHERE action LIKE 'workstation.%' AND "
                       "patient_id = $1 AND occurred_at >= to_timestamp($2::bigint / 1000.0)",
              { patient.meta.id, std::to_string(reconnectedAt - 1000) })
        == 0);

    // Pushing again sends nothing and doubles nothing.
    auto again = engine.push();
    VARDE_REQUIRE_OK(again);
    CHECK(again->sent == 0);
    for (const auto &finding : findings)
        CHECK(
            server.count("SELECT count(*) FROM acknowledgement WHERE finding_id = $1", { finding })
            == 1);
    CHECK(server.count("SELECT count(*) FROM audit_event WHERE action LIKE 'workstation.%' AND "
                       "patient_id = $1",
              { patient.meta.id })
        == auditBefore + audited);
}
