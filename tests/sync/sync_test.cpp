// The workstation's sync against the real server: a home measurement reaches the worklist by
// long-poll, the outbox is delivered exactly once across a server outage, and a workstation
// killed in the middle of a pull resumes at its stored cursor with nothing missing or doubled.
#include "sync_fixture.h"

#include "core/store/audit_log.h"
#include "core/store/outbox.h"
#include "core/store/transaction.h"
#include "core/worklist/worklist.h"

#include <chrono>
#include <future>
#include <thread>

using namespace sync_test;
using namespace varde;

namespace
{

void signIn(sync::SyncEngine &engine)
{
    auto session = engine.signIn("kari", serverPassword);
    VARDE_REQUIRE_OK(session);
}

triage::Level levelOf(store::EncryptedStore &store, const std::string &patientId)
{
    auto list = worklist::buildWorklist(store, time::now());
    VARDE_REQUIRE_OK(list);
    for (const auto &row : list->rows)
        if (row.patientId() == patientId)
            return row.result.status;
    FAIL("the patient is not in the worklist");
    return triage::Level::Green;
}

// `n` "patient opened" audit events, each with its outbox entry, as the patient view writes.
void openPatient(store::EncryptedStore &store, const std::string &patientId, int n)
{
    for (int i = 0; i < n; ++i) {
        auto tx = store::Transaction::begin(store.db());
        VARDE_REQUIRE_OK(tx);
        VARDE_REQUIRE_OK(store::appendAudit(
            store.db(), store::actorOf(store), "patient.open", patientId, "patient", patientId));
        VARDE_REQUIRE_OK(tx->commit());
    }
}

} // namespace

TEST_CASE("a home measurement posted to the server reaches the waiting workstation's worklist "
          "as red within 2 seconds",
    "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    auto engine = ws.engine(server.address());
    signIn(engine);

    // Up to date first, so that the next pull long-polls.
    VARDE_REQUIRE_OK(engine.pull(0));
    REQUIRE(levelOf(*ws.store, ws.patient.meta.id) != triage::Level::Red);

    auto waiting = std::async(std::launch::async, [&] { return engine.pull(20); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the long-poll is waiting
    const auto posted = std::chrono::steady_clock::now();
    const auto reply = server.postSpo2(ws.patient, 84, 5, "spo2-red-1");
    INFO(reply.body);
    REQUIRE(reply.status == 201);
    auto pulled = waiting.get();
    const auto elapsed = std::chrono::steady_clock::now() - posted;
    VARDE_REQUIRE_OK(pulled);
    CHECK(pulled->applied.measurements == 1);
    CHECK(pulled->applied.touchedPatients.count(ws.patient.meta.id) == 1);
    REQUIRE(levelOf(*ws.store, ws.patient.meta.id) == triage::Level::Red);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
    WARN("ingest to stored in the workstation: " << ms << " ms");
    CHECK(ms < 2000);

    // The same reading sent again by the device is neither stored nor pulled twice.
    REQUIRE(server.postSpo2(ws.patient, 84, 5, "spo2-red-1").status == 200);
    VARDE_REQUIRE_OK(engine.pull(0));
    CHECK(ws.count("SELECT count(*) FROM measurement") == 1);
}

TEST_CASE("changes made while the server is down wait in the outbox and are delivered exactly "
          "once when it is back",
    "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    auto engine = ws.engine(server.address());
    signIn(engine);
    VARDE_REQUIRE_OK(engine.push()); // what the store wrote when it was made

    server.server.stop(SIGTERM);
    openPatient(*ws.store, ws.patient.meta.id, 3);
    auto offline = engine.push();
    REQUIRE_FALSE(offline);
    CHECK(offline.error().code == ErrorCode::Offline);
    auto waiting = engine.waitingCount();
    VARDE_REQUIRE_OK(waiting);
    CHECK(*waiting == 3);

    server.server.start();
    auto pushed = engine.push();
    VARDE_REQUIRE_OK(pushed);
    CHECK(pushed->waiting == 0);
    const auto opened = [&] {
        return server.count(
            "SELECT count(*) FROM audit_event WHERE action = 'workstation.patient.open' AND "
            "patient_id = $1",
            { ws.patient.meta.id });
    };
    CHECK(opened() == 3);

    // Nothing waits, so nothing is sent again; a later change goes alone.
    VARDE_REQUIRE_OK(engine.push());
    openPatient(*ws.store, ws.patient.meta.id, 1);
    VARDE_REQUIRE_OK(engine.push());
    CHECK(opened() == 4);
}

TEST_CASE("a push whose answer is lost is sent again and applied once", "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    auto engine = ws.engine(server.address());
    signIn(engine);
    VARDE_REQUIRE_OK(engine.push());
    openPatient(*ws.store, ws.patient.meta.id, 2);

    // The server applies the push but the answer never arrives: afterwards the workstation
    // still has the entries, exactly as they were (kept aside here and put back).
    auto &db = ws.store->db();
    VARDE_REQUIRE_OK(db.exec("CREATE TEMP TABLE kept AS SELECT * FROM outbox"));
    auto first = engine.push();
    VARDE_REQUIRE_OK(first);
    REQUIRE(ws.count("SELECT count(*) FROM outbox") == 0);
    VARDE_REQUIRE_OK(db.exec("INSERT INTO outbox SELECT * FROM kept"));

    auto again = engine.push();
    VARDE_REQUIRE_OK(again);
    CHECK(again->waiting == 0);
    CHECK(ws.count("SELECT count(*) FROM outbox") == 0);
    CHECK(server.count("SELECT count(*) FROM audit_event WHERE action = 'workstation.patient.open'")
        == 2);
}
