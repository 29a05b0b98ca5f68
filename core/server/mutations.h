#pragma once
// Exactly-once mutations from workstations (SYNC.md §2). Each installation has a client_id and
// numbers its mutations 1, 2, 3 ...; a push applies a batch in one transaction, in order, with
// the client's row locked so that two pushes of one client never interleave:
//   id <= last:     applied before: the stored answer again, as "duplicate" (a different
//                   payload under a known number fails the whole push: client_reused);
//   id == last + 1: applied now (mutation_handlers.h), its answer stored, last advanced;
//   id >  last + 1: a gap: the whole push is refused (nothing of it is applied).
// A refused or conflicting mutation is completed like an applied one (last advances), so the
// mutations queued behind it are never blocked.

#include "core/common/result.h"
#include "core/server/mutation_handlers.h"
#include "core/server/pg.h"
#include "core/server/principal.h"

#include <cstdint>
#include <string>
#include <vector>

namespace varde::server
{

struct PushRequest {
    std::string clientId;
    std::vector<Mutation> mutations;
};

struct PushAnswer {
    enum class Kind { Done, Gap, ClientReused, ClientForeign };
    Kind kind = Kind::Done;
    std::int64_t lastMutationId = 0;
    std::int64_t mutationId = 0; // Gap, ClientReused: the mutation that stopped the push
    std::string resultsJson = "[]"; // Done: one object per mutation, in order
};

// Reads {"client_id", "mutations": [{"id", "entity", "entity_id", "op", "payload", "row"?}]};
// InvalidArgument with the reason when it is not that.
Result<PushRequest> parsePushRequest(const std::string &body);

// Applies the push for `who` (retrying a serialization failure or deadlock); a failure is a
// database failure and nothing of the push was applied.
Result<PushAnswer> pushMutations(PgConnection &db, const Principal &who, const PushRequest &push);

} // namespace varde::server
