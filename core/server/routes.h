#pragma once
// Every /v1 route of the API besides health: each module adds its own.

#include "core/server/context.h"
#include "core/server/http.h"

namespace varde::server
{

void addApiRoutes(Router &router, ServerContext &context);

} // namespace varde::server
