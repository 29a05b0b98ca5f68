// A new workstation's first sync stopped by the nurse after its first page goes on later where
// it stopped: every measurement arrives once, none is missing or doubled.
#include "feed_rows.h"
#include "sync_fixture.h"

using namespace sync_test;
using namespace varde;

TEST_CASE("a first sync stopped after a page resumes where it stopped, with nothing missing or "
          "doubled",
    "[sync][first]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    REQUIRE(
        server.conn.exec(feedMeasurementsSql, { server.serviceId, ws.patient.meta.id, "2500" }));
    sync::SyncOptions options;
    options.pageLimit = 1000;
    auto engine = ws.engine(server.address(), options);
    VARDE_REQUIRE_OK(engine.signIn("kari", serverPassword));

    std::atomic<bool> stop { false };
    auto first = engine.pull(
        0, [&](const sync::PullReport &) { stop = true; }, &stop);
    VARDE_REQUIRE_OK(first);
    CHECK(first->pages == 1);
    CHECK(ws.count("SELECT count(*) FROM measurement") == 1000);
    auto state = engine.state();
    VARDE_REQUIRE_OK(state);
    CHECK_FALSE(state->firstSyncDone);

    // Later (the same engine, or after a restart: the cursor is in the store).
    auto again = ws.engine(server.address(), options);
    auto rest = again.pull(0);
    VARDE_REQUIRE_OK(rest);
    CHECK(rest->applied.measurements == 1500);
    CHECK(ws.count("SELECT count(*) FROM measurement") == 2500);
    CHECK(ws.count("SELECT count(DISTINCT id) FROM measurement") == 2500);
    state = again.state();
    VARDE_REQUIRE_OK(state);
    CHECK(state->firstSyncDone);
}
