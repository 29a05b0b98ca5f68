#pragma once
// Internal to core/plo: reading plo_message rows and writing their outbox entries, shared by
// message_store.cpp and receive.cpp.

#include "core/common/result.h"
#include "core/plo/message_store.h"
#include "core/store/connection.h"

#include <string>
#include <string_view>
#include <vector>

namespace varde::plo
{

// SELECT ... FROM plo_message <clause>, each `?` in the clause bound to a parameter in order.
Result<std::vector<ThreadMessage>> selectMessages(
    store::Connection &db, std::string_view clause, const std::vector<std::string> &parameters);

// The whole message for the server: a new document (ours or received).
Result<> enqueueMessageMutation(store::Connection &db,
    const std::string &id,
    const std::string &patientId,
    std::string_view type,
    const std::string &msgId,
    const std::string &document,
    std::string_view op);

// A change of state (sent, read, receipt) of a message the server already has.
Result<> enqueueStateMutation(store::Connection &db,
    const std::string &id,
    std::string_view change,
    std::int64_t atMillis,
    std::string_view detailJson = "{}");

} // namespace varde::plo
