#pragma once
// The workstation's side of sync, as plain blocking calls over its own store connection and
// its own HTTPS client (the UI runs them on worker threads): sign in, push the outbox, pull the
// feed. Order of work (SYNC.md §2): push what waits, then pull, then the caller re-triages the
// touched patients. Every call is safe to repeat after any failure.

#include "core/common/result.h"
#include "core/store/connection.h"
#include "core/sync/feed_apply.h"
#include "core/sync/outbox_push.h"
#include "core/sync/server_client.h"
#include "core/sync/sync_state.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <string>

namespace varde::sync
{

struct SyncOptions {
    int pageLimit = 1000;
    int pushBatch = 200;
    int historyDays = 400; // measurements older than this are not cached
};

struct PushReport {
    int sent = 0; // mutations the server confirmed in this call
    int conflicts = 0;
    int refused = 0;
    bool reRegistered = false; // a restored or copied store got a new client id
    std::int64_t waiting = 0; // still in the outbox
    std::set<std::string> touchedPatients; // whose plan in force the server's answer changed
};

struct PullReport {
    int pages = 0;
    AppliedPage applied; // summed over the pages
    bool resynced = false;
};

class SyncEngine
{
public:
    // `db` must be this engine's own connection (EncryptedStore::openAnotherConnection()).
    SyncEngine(store::Connection db, ServerAddress address, SyncOptions options = {});

    // Signs in to the server and remembers it (refresh token in the encrypted store).
    Result<ServerSession> signIn(const std::string &login, const std::string &password);
    // Forgets the server session here (the refresh token); the outbox stays.
    Result<> signOut();

    // Pushes everything waiting, in batches. Offline: nothing confirmed, all stays waiting.
    Result<PushReport> push();

    // Reads feed pages until the server has no more right now. When already up to date the
    // first request waits up to `waitSeconds` for news (long-poll). `progress` after each page.
    Result<PullReport> pull(int waitSeconds,
        const std::function<void(const PullReport &)> &progress = {},
        const std::atomic<bool> *cancel = nullptr);

    Result<SyncState> state();
    Result<std::int64_t> waitingCount();

    // From another thread: ends a long-poll or request in flight (it returns Offline).
    void abort() { m_client.abort(); }

    store::Connection &db() { return m_db; }

private:
    Result<std::string> accessToken();
    // One authenticated request, refreshing the access token once on a 401.
    Result<HttpAnswer> authorized(
        const std::function<Result<HttpAnswer>(const std::string &token)> &request);

    store::Connection m_db;
    ServerClient m_client;
    SyncOptions m_options;
    std::string m_accessToken;
    std::int64_t m_accessExpiresAt = 0;
};

std::int64_t currentMillis();

} // namespace varde::sync
