#pragma once
// Schema migrations. Each migration runs once, in its own transaction together with its row in
// schema_migration, so a crash leaves the store at the previous version, never half-migrated.
// SQLite 3.15 (inside SQLCipher 3.4.1) cannot rename or drop columns: migrations only add.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <span>
#include <string_view>

namespace varde::store
{

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

std::span<const Migration> migrations();
int latestSchemaVersion();

// 0 for a new, empty database.
Result<int> schemaVersion(Connection &db);

// Brings the database to `target` (default: the latest). A store written by a newer program
// gives ErrorCode::StoreNewerThanProgram and is not touched.
Result<> migrate(Connection &db, int target = -1);

} // namespace varde::store
