#pragma once
// POST /v1/mutations: a workstation pushes its outbox (mutations.h), as a signed-in user.
//   {"client_id": uuid, "mutations": [{"id": 1, "entity", "entity_id", "op", "payload": {},
//        "row": {} (optional: the entity's complete local row, entity_rows.h; not hashed)}]}
//   200 {"last_mutation_id", "results": [{"id", "status": "applied" | "duplicate" |
//        "conflict" | "refused", "entity", "entity_id", "reason", "message", ...}]}
//        (duplicate: the stored answer, with "original_status"; conflict: "current")
//   400 bad_request (nothing applied), 401 (auth.h),
//   403 client_foreign: the client id is bound to another service (or user),
//   409 mutation_gap {"last_mutation_id"}: resend from last_mutation_id + 1,
//   409 client_reused {"last_mutation_id", "mutation_id"}: a known mutation number with other
//        content (a workstation restored from a snapshot): register a new client id,
//   503 database unavailable (nothing applied; send again).

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

void addMutationRoutes(Router &router, ServerContext &context);

} // namespace varde::server
