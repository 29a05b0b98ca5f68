#pragma once
// Brings the database to the latest schema at start. Several instances may start at once: an
// advisory lock lets one migrate while the others wait, then find nothing to do.

#include "core/common/result.h"
#include "core/server/pg.h"

namespace varde::server
{

int latestServerSchema();

// The schema version after migrating. InvalidArgument when the database is newer than this
// program (it is left unchanged).
Result<int> migrate(PgConnection &db);

} // namespace varde::server
