// A user the server disables: the workstation learns it at its next refresh, forgets the
// session, keeps every waiting change, and its cache stays closed (sync_state) until a user the
// server accepts signs in again.
#include "sync_fixture.h"

#include "core/store/audit_log.h"
#include "core/store/transaction.h"

using namespace sync_test;
using namespace varde;

TEST_CASE("a user disabled on the server closes the workstation's cache until a new sign-in",
    "[sync][disabled]")
{
    ServerSide server;
    server.addUser("ola", "{nurse}", "Ola Brekke");
    Workstation ws;
    server.follow(ws.patient);
    {
        auto engine = ws.engine(server.address());
        VARDE_REQUIRE_OK(engine.signIn("kari", serverPassword));
        VARDE_REQUIRE_OK(engine.push());
    }
    {
        auto tx = store::Transaction::begin(ws.store->db());
        VARDE_REQUIRE_OK(tx);
        VARDE_REQUIRE_OK(store::appendAudit(ws.store->db(), store::actorOf(*ws.store),
            "patient.open", ws.patient.meta.id, "patient", ws.patient.meta.id));
        VARDE_REQUIRE_OK(tx->commit());
    }
    REQUIRE(server.conn.exec("UPDATE app_user SET disabled = true WHERE login = 'kari'"));

    auto engine = ws.engine(server.address()); // the next start: only the refresh token
    auto pushed = engine.push();
    REQUIRE_FALSE(pushed);
    CHECK(pushed.error().code == ErrorCode::UserDisabled);
    auto state = sync::readSyncState(ws.store->db());
    VARDE_REQUIRE_OK(state);
    CHECK(sync::userDisabled(*state)); // main() keeps the cache closed
    CHECK(state->refreshToken.empty());
    CHECK(ws.count("SELECT count(*) FROM outbox") == 1); // nothing waiting is lost

    // The disabled user cannot sign in again; another nurse can, and the cache opens.
    auto refused = engine.signIn("kari", serverPassword);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::WrongPassword);
    CHECK(sync::userDisabled(*sync::readSyncState(ws.store->db())));
    VARDE_REQUIRE_OK(engine.signIn("ola", serverPassword));
    CHECK_FALSE(sync::userDisabled(*sync::readSyncState(ws.store->db())));
    auto after = engine.push();
    VARDE_REQUIRE_OK(after);
    CHECK(after->waiting == 0);
}
