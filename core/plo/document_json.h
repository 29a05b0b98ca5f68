#pragma once
// A PloDocument as `vardectl plo read` prints it (one JSON object):
//   {"type": "DIALOG_SVAR", "type_text": "...", "kind": "dialog-1.0", "msg_id": "...",
//    "gen_date": "...", "ref_to_parent": "...", "ref_to_conversation": "...",
//    "sender": {"name", "her_id", "ids": [{"id", "type"}], "unit": {...}|null,
//               "person": {...}|null, "role"}, "receiver": {...},
//    "patient": {"name", "given_name", "family_name", "id", "id_type", "date_of_birth"}|null,
//    "text": "...", "texts": [{"field", "heading", "text"}],
//    "attachments": [{"mime_type", "description", "size"|null, "file_reference"}],
//    "apprec": {"status", "status_text", "errors": [{"code", "text"}], "original_msg_id",
//               "original_msg_type", "original_issue_date"}|null}
// "kind" is the schema driver's name. Absent values are "" (null for absent objects).

#include "core/plo/document.h"

#include <string>

namespace varde::plo
{

std::string documentToJson(const PloDocument &document);

} // namespace varde::plo
