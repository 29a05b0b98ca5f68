#pragma once
// Pushing the outbox (SYNC.md §2): the waiting mutations in number order, each with the
// entity's current row attached (entity_rows.h; not part of the payload the server hashes),
// and what the server's answer does here, in one local transaction: confirmed entries leave
// the outbox, and a conflict or a refusal is kept in sync_outcome for a person to see.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace varde::sync
{

struct PendingMutation {
    std::int64_t id = 0;
    std::string entity;
    std::string entityId;
    std::string op;
    std::string payload; // JSON text as written with the change
};

// Up to `limit` waiting mutations, oldest first.
Result<std::vector<PendingMutation>> pendingMutations(store::Connection &db, int limit);

// {"client_id", "mutations": [{"id", "entity", "entity_id", "op", "payload", "row"?}]}
Result<std::string> pushBody(
    store::Connection &db, const std::string &clientId, const std::vector<PendingMutation> &batch);

struct PushResult {
    std::int64_t lastMutationId = 0; // the server's: everything up to it is confirmed
    int applied = 0;
    int duplicates = 0; // applied before (a retry after a lost answer)
    int conflicts = 0;
    int refused = 0;
    // Patients whose plan in force changed because the server refused this workstation's
    // version (plan_in_force.h): their triage must run again.
    std::set<std::string> touchedPatients;
};

// Reads the server's 200 answer and records it: InvalidArgument if it is not one.
Result<PushResult> recordPushAnswer(store::Connection &db,
    const std::string &clientId,
    const std::vector<PendingMutation> &batch,
    const std::string &answerBody,
    std::int64_t nowMillis);

// The server knows this client id with other content under the same numbers (a workstation
// restored from a snapshot, or a copied store): the waiting entries are renumbered 1, 2, 3 ...
// under a new client id, so that nothing is skipped as "already applied". Returns the new id.
Result<std::string> registerNewClient(store::Connection &db);

// Conflicts and refusals not yet looked at, newest first.
struct Outcome {
    std::string clientId;
    std::int64_t mutationId = 0;
    std::string entity;
    std::string entityId;
    std::string status; // "conflict", "refused"
    std::string reason;
    std::string message;
    std::string answerJson; // the server's whole answer (a conflict carries the current row)
    std::string payload; // what was sent
    std::int64_t recordedAt = 0;
};
Result<std::vector<Outcome>> openOutcomes(store::Connection &db);
Result<> resolveOutcome(store::Connection &db,
    const std::string &clientId,
    std::int64_t mutationId,
    const std::string &userId,
    std::int64_t nowMillis);

} // namespace varde::sync
