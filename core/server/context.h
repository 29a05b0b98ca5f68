#pragma once
// What the request handlers share: the configuration, the database pool and the metrics.
// Nothing else: every piece of state lives in PostgreSQL, so instances are interchangeable.

#include "core/server/config.h"
#include "core/server/metrics.h"
#include "core/server/pg.h"

namespace varde::server
{

struct ServerContext {
    ServerConfig config;
    PgPool &pool;
    Metrics &metrics;
};

} // namespace varde::server
