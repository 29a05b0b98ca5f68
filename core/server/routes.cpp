#include "core/server/routes.h"

#include "core/server/auth.h"
#include "core/server/feed_routes.h"
#include "core/server/fhir_ingest.h"

namespace varde::server
{

void addApiRoutes(Router &router, ServerContext &context)
{
    addIngestRoutes(router, context);
    addAuthRoutes(router, context);
    addFeedRoutes(router, context);
}

} // namespace varde::server
