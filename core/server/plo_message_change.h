#pragma once
// Shared by plo_outbox.cpp and plo_exchange.cpp: the change_log row of a plo_message write, and
// which MsgIds may name a file.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>

namespace varde::server
{

// Appends the row's current state (JSON: id, patient_id, direction, type, msg_id,
// conversation_id, parent_msg_id, state, document, problem, receipt_status, receipt_text,
// receipt_at, queued_at, sent_at, received_at (epoch ms or null), version) to its service's
// change_log; nothing for a row of no service. When a workstation pushed the message's complete
// row, that row instead, with the fields the exchange owns laid over it (entity_rows.h).
Result<> appendMessageChange(PgConnection &db, const std::string &messageId, std::string_view op);

// The fields the exchange owns (state, queued_at, sent_at, receipt_status, receipt_text,
// receipt_at, problem) of a message of `serviceId`; null when the server has no such message.
Result<Poco::JSON::Object::Ptr> messageServerFields(
    PgConnection &db, const std::string &messageId, const std::string &serviceId);

// Letters, digits, '-', '_', '.'; not starting with '.'; at most 100 characters.
bool isSafeMsgId(std::string_view msgId);

} // namespace varde::server
