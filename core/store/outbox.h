#pragma once
// The outbox: mutations numbered 1, 2, 3 … for this client, written in the same transaction as
// their effect. The sync issue pushes and confirms them.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <cstdint>
#include <string_view>

namespace varde::store
{

// Returns the mutation id. Call inside the caller's transaction.
Result<std::int64_t> enqueueMutation(Connection &db,
    std::string_view entity,
    std::string_view entityId,
    std::string_view op,
    std::string_view payloadJson);

Result<std::int64_t> pendingMutationCount(Connection &db);

} // namespace varde::store
