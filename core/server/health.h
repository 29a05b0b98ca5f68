#pragma once
// /v1/health (the process answers), /v1/ready (the database answers and is migrated) and
// /v1/metrics (Prometheus text: requests, ingest, feed lag, oldest open transaction age).

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

void addHealthRoutes(Router &router, ServerContext &context);

} // namespace varde::server
