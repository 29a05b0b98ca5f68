#include "core/server/routes.h"

namespace varde::server
{

void addApiRoutes(Router &router, ServerContext &context)
{
    (void)router;
    (void)context;
}

} // namespace varde::server
