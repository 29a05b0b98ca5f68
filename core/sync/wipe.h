#pragma once
// Signing a workstation out for good (issue 10): the local store and its keys leave the disk,
// but only after everything waiting has reached the server. A user may explicitly give up the
// other waiting changes; audit events can never be given up: they are sent first, and while
// they cannot be sent the workstation is not wiped.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <cstdint>
#include <filesystem>

namespace varde::sync
{

struct WaitingChanges {
    std::int64_t auditEvents = 0;
    std::int64_t other = 0; // acknowledgements, notes, plans, messages …
    std::int64_t total() const { return auditEvents + other; }
};
Result<WaitingChanges> waitingChanges(store::Connection &db);

enum class WipeVerdict {
    Wipe, // nothing waits: the files may go
    SendFirst, // changes wait and may still be sent (or, except audit events, given up)
    AuditUnsent, // only audit events wait and they did not reach the server: never wiped so
};
// After a push: what may happen now. `discardOthers` is the user's explicit choice.
WipeVerdict wipeVerdict(const WaitingChanges &waiting, bool discardOthers);

// Gives up every waiting change except the audit events, which stay in the outbox renumbered
// from 1 under a new client id (the server must never see a gap in a client's numbers).
// Returns how many were given up.
Result<std::int64_t> discardAllButAudit(store::Connection &db);

// Removes the store's files (database, its WAL and shared memory, the key slots) and the folder
// if it is then empty. The store must be closed. Without the key slots nothing left could be
// decrypted.
Result<> removeStoreFiles(const std::filesystem::path &folder);

} // namespace varde::sync
