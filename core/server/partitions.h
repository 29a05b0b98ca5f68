#pragma once
// Keeping measurement's month partitions ahead of time (schema_v7.cpp): every server instance
// runs measurement_ensure_partitions() once at start and then daily on a thread of its own; the
// function takes an advisory lock, so instances take turns, and what one made the others find.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <string>

namespace varde::server
{

// One run: the number of partitions made (0 when all were there).
Result<int> ensureMeasurementPartitions(PgConnection &db);

// The thread: a run now and every day; after a failure (a lock timeout behind a long read, the
// database away) again in ten minutes. Nothing is refused meanwhile: a measurement without its
// month partition waits in the default partition and moves over on the next run.
void startPartitionMaintenance(const std::string &databaseUrl);
void stopPartitionMaintenance();

} // namespace varde::server
