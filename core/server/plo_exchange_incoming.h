#pragma once
// One file of the incoming folder, filed as plo_exchange.h describes (used by its pass).

#include "core/common/result.h"
#include "core/plo/schemas.h"
#include "core/server/pg.h"
#include "core/server/plo_exchange.h"

#include <cstdint>
#include <filesystem>

namespace varde::server
{

Result<> fileIncoming(PgConnection &db,
    const std::filesystem::path &file,
    const std::filesystem::path &incoming,
    const plo::SchemaSet &schemas,
    std::int64_t nowMillis,
    ExchangeReport &report);

} // namespace varde::server
