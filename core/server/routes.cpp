#include "core/server/routes.h"

#include "core/server/auth.h"
#include "core/server/device_enrol.h"
#include "core/server/feed_routes.h"
#include "core/server/fhir_ingest.h"
#include "core/server/mutation_routes.h"
#include "core/server/partitions.h"
#include "core/server/plo_exchange.h"

namespace varde::server
{

void addApiRoutes(Router &router, ServerContext &context)
{
    addIngestRoutes(router, context);
    addAuthRoutes(router, context);
    addFeedRoutes(router, context);
    addMutationRoutes(router, context);
    addDeviceEnrolRoutes(router, context);
    startExchange(context); // a background thread when both PLO folders are configured
    startPartitionMaintenance(context.config.databaseUrl); // at start, then daily
}

} // namespace varde::server
