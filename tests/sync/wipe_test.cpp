// Signing a workstation out for good: its files go only after everything waiting reached the
// server; the nurse may give up the other waiting changes, never the audit events, which are
// sent first under a new client id (no gap in the numbers the server sees).
#include "sync_fixture.h"

#include "core/store/audit_log.h"
#include "core/store/outbox.h"
#include "core/store/transaction.h"
#include "core/sync/wipe.h"
#include "core/worklist/acknowledgement.h"

#include <filesystem>

using namespace sync_test;
using namespace varde;

namespace
{

void openPatient(Workstation &ws)
{
    auto tx = store::Transaction::begin(ws.store->db());
    VARDE_REQUIRE_OK(tx);
    VARDE_REQUIRE_OK(store::appendAudit(ws.store->db(), store::actorOf(*ws.store), "patient.open",
        ws.patient.meta.id, "patient", ws.patient.meta.id));
    VARDE_REQUIRE_OK(tx->commit());
}

// A change that is not an audit event: the patient's contact details.
void changeSomething(Workstation &ws)
{
    auto db = ws.store->openAnotherConnection();
    VARDE_REQUIRE_OK(db);
    VARDE_REQUIRE_OK(store::enqueueMutation(*db, "patient", ws.patient.meta.id, "update",
        "{\"id\":\"" + ws.patient.meta.id + "\",\"phone\":\"900 00 000\"}"));
}

} // namespace

TEST_CASE("a workstation is wiped only when nothing waits, and audit events are never given up",
    "[sync][wipe]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    auto connection = ws.store->openAnotherConnection();
    VARDE_REQUIRE_OK(connection);
    std::optional<sync::SyncEngine> engine;
    engine.emplace(std::move(*connection), server.address());
    VARDE_REQUIRE_OK(engine->signIn("kari", serverPassword));
    VARDE_REQUIRE_OK(engine->push());
    const auto folder = ws.store->paths().folder;
    const auto audited = [&] {
        return server.count("SELECT count(*) FROM audit_event WHERE action = "
                            "'workstation.patient.open' AND patient_id = $1",
            { ws.patient.meta.id });
    };

    SECTION("everything sent: the files go")
    {
        openPatient(ws);
        VARDE_REQUIRE_OK(engine->push());
        auto waiting = sync::waitingChanges(engine->db());
        VARDE_REQUIRE_OK(waiting);
        CHECK(sync::wipeVerdict(*waiting, false) == sync::WipeVerdict::Wipe);
        CHECK(audited() == 1);
    }
    SECTION("offline: the other changes may be given up, the audit events go first when it can")
    {
        server.server.stop(SIGTERM);
        openPatient(ws);
        changeSomething(ws);
        openPatient(ws);
        REQUIRE_FALSE(engine->push());
        auto waiting = sync::waitingChanges(engine->db());
        VARDE_REQUIRE_OK(waiting);
        CHECK(waiting->auditEvents == 2);
        CHECK(waiting->other == 1);
        CHECK(sync::wipeVerdict(*waiting, false) == sync::WipeVerdict::SendFirst);
        CHECK(sync::wipeVerdict(*waiting, true) == sync::WipeVerdict::AuditUnsent);

        auto discarded = sync::discardAllButAudit(engine->db());
        VARDE_REQUIRE_OK(discarded);
        CHECK(*discarded == 1);
        waiting = sync::waitingChanges(engine->db());
        VARDE_REQUIRE_OK(waiting);
        CHECK(waiting->auditEvents == 2);
        CHECK(waiting->other == 0);
        REQUIRE_FALSE(engine->push()); // still offline: not wiped
        CHECK(sync::wipeVerdict(*waiting, true) == sync::WipeVerdict::AuditUnsent);

        server.server.start();
        auto pushed = engine->push();
        VARDE_REQUIRE_OK(pushed);
        CHECK(pushed->refused == 0);
        CHECK(audited() == 2); // both, once, under the new client id
        waiting = sync::waitingChanges(engine->db());
        VARDE_REQUIRE_OK(waiting);
        CHECK(sync::wipeVerdict(*waiting, true) == sync::WipeVerdict::Wipe);
    }

    // The files go once the store is closed; nothing of it is left.
    engine.reset();
    ws.store.close();
    VARDE_REQUIRE_OK(sync::removeStoreFiles(folder));
    CHECK_FALSE(std::filesystem::exists(folder / "varde.db"));
    CHECK_FALSE(std::filesystem::exists(folder / "varde.keys"));
    CHECK_FALSE(std::filesystem::exists(folder / "varde.db-wal"));
}
