#pragma once
// A draft message as JSON for the store's draft_json column. Attachments are not kept in a
// draft: the composer attaches the file again when the message is queued.

#include "core/common/result.h"
#include "core/plo/compose.h"

#include <string>
#include <string_view>

namespace varde::plo
{

std::string outgoingToJson(const OutgoingMessage &message);
// InvalidArgument when the text is not a draft written by outgoingToJson.
Result<OutgoingMessage> outgoingFromJson(std::string_view json);

} // namespace varde::plo
