#pragma once
// The workstation's one sync_state row: who it is to the server (client id, mutation numbers),
// where the server is and who signed in there, the feed cursor, and when the server last
// answered. Plain reads and writes; the pure rules about them are below.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <cstdint>
#include <optional>
#include <string>

namespace varde::sync
{

struct SyncState {
    std::string clientId;
    std::int64_t lastMutationId = 0; // the newest number given to an outbox entry
    std::int64_t confirmedMutationId = 0; // the newest the server has confirmed
    std::string feedCursor; // "" before the first page
    std::optional<std::int64_t> lastPullAt;
    std::optional<std::int64_t> lastPushAt;
    std::optional<std::int64_t> lastContactAt; // the server last answered (any request)
    std::string serverUrl; // "" when this workstation has never signed in to a server
    std::string serverLogin;
    std::string serverUserId;
    std::string refreshToken; // "" after sign-out or when the server ended the session
    bool firstSyncDone = false;
    std::optional<std::int64_t> userDisabledAt; // the server said the user is disabled
};

Result<SyncState> readSyncState(store::Connection &db);

// After a successful sign-in. Keeps the cursor when the same server and user sign in again.
Result<> saveSignIn(store::Connection &db,
    const std::string &serverUrl,
    const std::string &login,
    const std::string &userId,
    const std::string &refreshToken,
    std::int64_t now);
Result<> saveRefreshToken(store::Connection &db, const std::string &refreshToken);
Result<> noteServerContact(store::Connection &db, std::int64_t now);
// The server disabled the signed-in user: the session is forgotten and the cache closes until
// a new sign-in (saveSignIn clears this).
Result<> markUserDisabled(store::Connection &db, std::int64_t now);

// Days a workstation may work without reaching its server before it must sign in again.
constexpr int defaultMaxOfflineDays = 14;

// True when the cache must stay closed until the user has signed in to the server again: it
// has a server, and has not reached it within `maxOfflineDays`. A workstation that never had a
// server (the demo, a stand-alone trial) is never locked out by this.
bool offlineTooLong(const SyncState &state, std::int64_t nowMillis, int maxOfflineDays);
// True when the server disabled the user who signed in here: the same lock.
inline bool userDisabled(const SyncState &state) { return state.userDisabledAt.has_value(); }

} // namespace varde::sync
