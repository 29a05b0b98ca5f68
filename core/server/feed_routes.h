#pragma once
// GET /v1/feed?cursor=...&limit=...&wait=...: the caller's follow-up service's changes after a
// cursor, long-polling up to `wait` seconds (at most long_poll_seconds, the default) when
// there are none. Answers {"changes": [...], "cursor": "...", "more": bool} or
// {"resync": true}. A change is {"entity", "entity_id", "op", "payload", "txid", "seq"}, with
// "full_row": true when its payload is the entity's complete row (change_log.h).

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

// Also starts this process's LISTEN connection (feed_waiter.h), which lives as long as the
// route (or until stopFeedRoutes()).
void addFeedRoutes(Router &router, ServerContext &context);

// Answers every waiting long-poll at once and stops the LISTEN connections. Call before
// stopping the HTTP server, so that no request thread is left waiting.
void stopFeedRoutes();

} // namespace varde::server
