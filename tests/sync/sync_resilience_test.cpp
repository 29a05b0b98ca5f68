// The workstation's sync when things go wrong: killed with -9 in the middle of a pull or a
// push, restored from a VM snapshot, the network cut in the middle of a request, and a session
// the server has ended. After each, nothing a user did or the server sent is lost or doubled.
#include "feed_rows.h"
#include "sync_fixture.h"
#include "tcp_proxy.h"

#include "core/store/audit_log.h"
#include "core/store/outbox.h"
#include "core/store/transaction.h"

#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <functional>
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

std::int64_t openedOnServer(ServerSide &server)
{
    return server.count(
        "SELECT count(*) FROM audit_event WHERE action = 'workstation.patient.open'");
}

// Runs `work` in a child process (a workstation program of its own) that ends with _exit, so
// that none of the parent's objects are destroyed twice. Exit code 0 when `work` returned true.
pid_t forkWorkstation(const std::function<bool()> &work)
{
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        int code = 3;
        try {
            code = work() ? 0 : 1;
        } catch (...) {
            code = 2;
        }
        ::_exit(code);
    }
    return pid;
}

// SIGKILL, then true when it was the signal that ended the child (not a normal exit first).
bool killNine(pid_t pid)
{
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

sync::SyncEngine engineOn(
    const std::filesystem::path &folder, const sync::ServerAddress &address, sync::SyncOptions o)
{
    auto opened = store::EncryptedStore::open(folder, test::kari.login, test::kariPassword);
    if (!opened)
        throw std::runtime_error(opened.error().detail);
    auto db = opened->openAnotherConnection();
    if (!db)
        throw std::runtime_error(db.error().detail);
    return sync::SyncEngine(std::move(*db), address, o);
}

template <class Condition> void pollUntil(Condition condition, const char *what)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!condition()) {
        INFO(what);
        REQUIRE(std::chrono::steady_clock::now() < deadline);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

} // namespace

TEST_CASE("a workstation killed with -9 in the middle of a pull resumes at its stored cursor "
          "with every measurement stored exactly once",
    "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    constexpr int total = 20'000;
    constexpr int pageLimit = 500;
    REQUIRE(server.conn.exec(
        feedMeasurementsSql, { server.serviceId, ws.patient.meta.id, std::to_string(total) }));
    {
        auto engine = ws.engine(server.address());
        signIn(engine); // the refresh token is kept in the store for the next program
    }
    const auto folder = ws.store.folder.path();
    ws.store.close();

    sync::SyncOptions options;
    options.pageLimit = pageLimit;
    int pages[2];
    REQUIRE(::pipe(pages) == 0);
    const pid_t child = forkWorkstation([&] {
        ::close(pages[0]);
        auto engine = engineOn(folder, server.address(), options);
        // One byte after each page is stored with its cursor.
        return bool(engine.pull(0, [&](const sync::PullReport &) {
            const char c = 'p';
            (void)!::write(pages[1], &c, 1);
        }));
    });
    ::close(pages[1]);
    int seen = 0;
    char c;
    while (seen < 8 && ::read(pages[0], &c, 1) == 1)
        ++seen;
    REQUIRE(seen == 8); // the child was pulling page after page
    REQUIRE(killNine(child));
    ::close(pages[0]);

    ws.store.reopen();
    CHECK(ws.store->db().queryText("PRAGMA quick_check").value_or("") == "ok");
    const auto stored = ws.count("SELECT count(*) FROM measurement");
    INFO("stored when killed: " << stored);
    CHECK(stored >= 8 * pageLimit);
    CHECK(stored < total);
    CHECK(stored % pageLimit == 0); // a page is stored whole or not at all
    auto before = sync::readSyncState(ws.store->db());
    VARDE_REQUIRE_OK(before);
    REQUIRE_FALSE(before->feedCursor.empty());
    CHECK_FALSE(before->firstSyncDone);

    auto engine = ws.engine(server.address(), options); // the stored refresh token, no sign-in
    auto rest = engine.pull(0);
    VARDE_REQUIRE_OK(rest);
    // Resumed at the stored cursor: only what was missing, nothing read twice.
    CHECK(rest->applied.measurements == total - stored);
    CHECK(rest->applied.kept == 0);
    CHECK(ws.count("SELECT count(*) FROM measurement") == total);
    CHECK(ws.count("SELECT count(DISTINCT id) FROM measurement") == total);
    CHECK(ws.count("SELECT count(DISTINCT server_seq) FROM measurement") == total);
    auto after = sync::readSyncState(ws.store->db());
    VARDE_REQUIRE_OK(after);
    CHECK(after->feedCursor != before->feedCursor);
    CHECK(after->firstSyncDone);
}

TEST_CASE("a workstation killed with -9 in the middle of a push delivers the rest after a "
          "restart and every change reaches the server exactly once",
    "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    {
        auto engine = ws.engine(server.address());
        signIn(engine);
        VARDE_REQUIRE_OK(engine.push()); // what the store wrote when it was made
    }
    constexpr int made = 500;
    openPatient(*ws.store, ws.patient.meta.id, made);
    const auto folder = ws.store.folder.path();
    ws.store.close();

    sync::SyncOptions options;
    options.pushBatch = 10;
    const pid_t child = forkWorkstation([&] {
        auto engine = engineOn(folder, server.address(), options);
        return bool(engine.push());
    });
    pollUntil([&] { return openedOnServer(server) >= 100; }, "the child's push goes on");
    REQUIRE(killNine(child));
    const auto delivered = openedOnServer(server);
    INFO("on the server when killed: " << delivered);
    CHECK(delivered < made);

    ws.store.reopen();
    auto engine = ws.engine(server.address(), options);
    // Confirmed entries left the outbox; at most the batch in flight is waiting again. (Opening
    // the store writes entries of its own: only the patient views are counted.)
    const auto waiting = ws.count(
        "SELECT count(*) FROM outbox WHERE payload LIKE '%\"action\":\"patient.open\"%'");
    CHECK(waiting >= made - delivered);
    CHECK(waiting <= made - delivered + options.pushBatch);
    auto pushed = engine.push();
    VARDE_REQUIRE_OK(pushed);
    CHECK(pushed->waiting == 0);
    CHECK_FALSE(pushed->reRegistered);
    CHECK(openedOnServer(server) == made);
}

TEST_CASE("a store restored from a snapshot re-registers under a new client id and neither its "
          "changes nor the original's are skipped or doubled",
    "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    auto engine = ws.engine(server.address());
    signIn(engine);
    VARDE_REQUIRE_OK(engine.push());
    openPatient(*ws.store, ws.patient.meta.id, 5);
    VARDE_REQUIRE_OK(engine.push());
    const auto clientBefore = engine.state()->clientId;

    // The VM snapshot: the store folder as it is on disk, copied with the store closed.
    test::TempFolder snapshot("snapshot");
    ws.store.close();
    std::filesystem::copy(ws.store.folder.path(), snapshot.path(),
        std::filesystem::copy_options::recursive
            | std::filesystem::copy_options::overwrite_existing);
    ws.store.reopen();

    // The original goes on working: its mutation numbers move past the snapshot's.
    openPatient(*ws.store, ws.patient.meta.id, 7);
    const auto waiting = engine.waitingCount(); // with what reopening the store wrote
    VARDE_REQUIRE_OK(waiting);
    auto original = engine.push();
    VARDE_REQUIRE_OK(original);
    CHECK(original->sent == *waiting);
    CHECK_FALSE(original->reRegistered);
    CHECK(openedOnServer(server) == 12);

    // The snapshot is started: other work under the same numbers as the original's.
    {
        auto copy = test::openStore(snapshot.path());
        openPatient(copy, ws.patient.meta.id, 3);
        auto db = copy.openAnotherConnection();
        VARDE_REQUIRE_OK(db);
        sync::SyncEngine restored(std::move(*db), server.address());
        signIn(restored); // the nurse signs in on the restored machine
        auto pushed = restored.push();
        VARDE_REQUIRE_OK(pushed);
        CHECK(pushed->reRegistered);
        CHECK(pushed->waiting == 0);
        CHECK(pushed->refused == 0);
        CHECK(restored.state()->clientId != clientBefore);
    }
    // Each audit event has its own id: none of the copy's was skipped as "already applied".
    CHECK(openedOnServer(server) == 15);

    // The original keeps its own client id and numbers, and is not disturbed by the copy.
    openPatient(*ws.store, ws.patient.meta.id, 2);
    auto later = engine.push();
    VARDE_REQUIRE_OK(later);
    CHECK_FALSE(later->reRegistered);
    CHECK(engine.state()->clientId == clientBefore);
    CHECK(openedOnServer(server) == 17);
}

TEST_CASE(
    "a network cut in the middle of a long-poll or a push loses and doubles nothing", "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    TcpProxy proxy(server.port);
    auto viaProxy = server.address();
    viaProxy.baseUrl = "https://127.0.0.1:" + std::to_string(proxy.port());
    sync::SyncOptions options;
    options.pushBatch = 5;
    auto engine = ws.engine(viaProxy, options);
    signIn(engine);
    VARDE_REQUIRE_OK(engine.push());
    VARDE_REQUIRE_OK(engine.pull(0)); // up to date: the next pull waits

    SECTION("cut while the long-poll waits")
    {
        auto waiting = std::async(std::launch::async, [&] { return engine.pull(25); });
        // Waiting at the server: the connection is open and nothing passes.
        pollUntil([&] { return proxy.openConnections() == 1 && proxy.quietMillis() > 300; },
            "the long-poll waits at the server");
        proxy.cutAll();
        const auto cutAt = std::chrono::steady_clock::now();
        auto cut = waiting.get();
        CHECK(std::chrono::steady_clock::now() - cutAt < std::chrono::seconds(5));
        REQUIRE_FALSE(cut);
        CHECK(cut.error().code == ErrorCode::Offline);

        // Posted while the workstation is cut off: the next pull gets it, once.
        REQUIRE(server.postSpo2(ws.patient, 91, 3, "spo2-cut-1").status == 201);
        auto back = engine.pull(0);
        VARDE_REQUIRE_OK(back);
        CHECK(back->applied.measurements == 1);
        VARDE_REQUIRE_OK(engine.pull(0));
        CHECK(ws.count("SELECT count(*) FROM measurement") == 1);
    }

    SECTION("cut while a push is under way")
    {
        constexpr int made = 300;
        openPatient(*ws.store, ws.patient.meta.id, made);
        auto pushing = std::async(std::launch::async, [&] { return engine.push(); });
        pollUntil([&] { return openedOnServer(server) >= 50; }, "the push goes on");
        proxy.cutAll();
        auto cut = pushing.get();
        // Cut between two batches the push may also have finished its next ones; either way
        // what the server has is what it confirmed or will confirm again.
        if (!cut)
            CHECK(cut.error().code == ErrorCode::Offline);
        auto again = engine.push();
        VARDE_REQUIRE_OK(again);
        CHECK(again->waiting == 0);
        CHECK_FALSE(again->reRegistered);
        CHECK(openedOnServer(server) == made);
    }
}

TEST_CASE("the cache closes after 14 days without reaching the server, never for a workstation "
          "without a server",
    "[sync]")
{
    constexpr std::int64_t day = 86'400'000;
    const std::int64_t now = 1'800'000'000'000;
    sync::SyncState state;
    CHECK_FALSE(sync::offlineTooLong(state, now, sync::defaultMaxOfflineDays)); // no server
    state.serverUrl = "https://varde.example:8443";
    CHECK(sync::offlineTooLong(state, now, 14)); // a server, never reached
    state.lastContactAt = now - 14 * day;
    CHECK_FALSE(sync::offlineTooLong(state, now, 14)); // exactly 14 days: still open
    state.lastContactAt = now - 14 * day - 1;
    CHECK(sync::offlineTooLong(state, now, 14));
    state.lastContactAt = now - 3 * day;
    CHECK_FALSE(sync::offlineTooLong(state, now, 14));
    CHECK(sync::offlineTooLong(state, now, 2));
    state.lastContactAt = now + day; // a clock set back since: not locked out
    CHECK_FALSE(sync::offlineTooLong(state, now, 14));
}

TEST_CASE("a workstation whose server session was ended asks for sign-in and keeps its "
          "waiting changes",
    "[sync]")
{
    ServerSide server;
    Workstation ws;
    server.follow(ws.patient);
    {
        auto engine = ws.engine(server.address());
        signIn(engine);
        VARDE_REQUIRE_OK(engine.push());
    }
    openPatient(*ws.store, ws.patient.meta.id, 3);
    auto state = sync::readSyncState(ws.store->db());
    VARDE_REQUIRE_OK(state);
    REQUIRE_FALSE(state->refreshToken.empty());
    const auto ended = server.server.request(
        "POST", "/v1/auth/logout", R"({"refresh_token":")" + state->refreshToken + "\"}");
    INFO(ended.body);
    REQUIRE(ended.status == 204);

    auto engine = ws.engine(server.address()); // a restarted program: only the refresh token
    auto pushed = engine.push();
    REQUIRE_FALSE(pushed);
    CHECK(pushed.error().code == ErrorCode::SignInNeeded);
    auto pulled = engine.pull(0);
    REQUIRE_FALSE(pulled);
    CHECK(pulled.error().code == ErrorCode::SignInNeeded);
    CHECK(ws.count("SELECT count(*) FROM outbox") == 3);
    CHECK(sync::readSyncState(ws.store->db())->refreshToken.empty());
    CHECK(openedOnServer(server) == 0);

    signIn(engine);
    auto after = engine.push();
    VARDE_REQUIRE_OK(after);
    CHECK(after->waiting == 0);
    CHECK(openedOnServer(server) == 3);
}
