#pragma once
// Reads one received message (MsgHead v1.2 with PLO 1.6 or Dialogmelding 1.0/1.1 content, or an
// AppRec 1.0/1.1) into a PloDocument. It does not validate against the schemas (validate.h
// does); it needs what the workstation shows and names what is missing:
//   "not well-formed XML: line 3: ..."
//   "not a MsgHead or AppRec document (root {ns}bar)"
//   "unknown message type FOO"
//   "MsgHead/MsgInfo/Patient: missing"
// all ErrorCode::InvalidArgument. Details never contain names or identity numbers.

#include "core/common/result.h"
#include "core/plo/document.h"

#include <string_view>

namespace varde::plo
{

Result<PloDocument> readDocument(std::string_view xml);

} // namespace varde::plo
