#pragma once
// The message exchange with the health network, through two folders a message-hub adapter
// shares with us. One pass, under a PostgreSQL advisory lock (one instance at a time):
// - outgoing: every queued document is written as <outgoing>/<MsgId>.xml (temporary name
//   <MsgId>.xml.part, fsync, rename, fsync of the folder) and only then marked sent. A crash
//   in between leaves it queued, and the next pass writes the same MsgId again (never a new
//   one), so the receiver drops the duplicate.
// - incoming: every <incoming>/*.xml is read (plo reader + schema validation). An AppRec sets
//   the receipt of our message (by OriginalMsgId); a message addressed to one of our services
//   (receiver HER-id) about one of its patients (fødselsnummer) is filed as received and
//   answered with an AppRec OK through the outgoing queue; both reach the change feed. The file
//   then moves to <incoming>/done/. Anything else moves to <incoming>/refused/ with
//   <name>.reason.txt beside it (no names or fødselsnummer in it); a readable one is kept as a
//   refused row too. Nothing is deleted. A MsgId read before (a crash after filing, or the
//   transport sending twice) only moves the file again.

#include "core/common/result.h"
#include "core/plo/schemas.h"
#include "core/server/context.h"
#include "core/server/pg.h"
#include "core/time/civil_time.h"

#include <filesystem>
#include <functional>

namespace varde::server
{

struct ExchangeFolders {
    std::filesystem::path outgoing;
    std::filesystem::path incoming;
    // Tests only: called once the pass holds the lock, before any work.
    std::function<void()> afterLock;
};

struct ExchangeReport {
    bool ran = false; // false: another instance held the lock, nothing done
    int written = 0; // outgoing files written and marked sent
    int receipts = 0; // AppRecs that set the receipt of one of our messages
    int received = 0; // messages filed with their patient (each answered with an AppRec OK)
    int refused = 0; // files moved to refused/
    int duplicates = 0; // files whose MsgId was read before
};

// The advisory lock key of the exchange (any constant every instance shares).
inline constexpr const char *exchangeLockKey = "7411630605";

// One pass. Errors of the database or the folders end the pass (what was done stays done).
// Environment VARDE_TEST_EXCHANGE_CRASH_AFTER_RENAME=1 (tests only) kills the process with
// SIGKILL right after the first outgoing rename, before it is marked sent.
Result<ExchangeReport> runExchangeOnce(PgConnection &db,
    const ExchangeFolders &folders,
    const plo::SchemaSet &schemas,
    time::Instant now);

// The server's background thread: a pass every few seconds while both folders are configured
// (nothing otherwise), on a connection of its own. startExchange is called by addApiRoutes;
// stopExchange before the process ends (waits for a running pass).
void startExchange(const ServerContext &context);
void stopExchange();

} // namespace varde::server
