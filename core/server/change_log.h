#pragma once
// Writing the change feed: every write that a workstation must see appends one row to
// change_log in the same transaction as the write, and notifies the waiting long-polls
// (channel "varde_feed", payload = service id, and "gp:<gp id>" when the row's patient has a
// GP; only a hint, see feed.h). The row's patient_id (for GPs' feeds) is the entity id of a
// patient row, else the payload's "patient_id" when it is a UUID: a row about a patient must
// name it there, or GPs never see it.
//
// Payload contract (JSON text), by entity:
//   measurement: {"id", "patient_id", "kind", "value", "unit", "canonical_value",
//                 "measured_at" (epoch ms), "source", "code" (as recognised),
//                 "date_only" (a date without a time of day), "panel_id" (blood pressure)}
//   questionnaire_answer: {"id", "patient_id", "response_id", "question_id", "answer",
//                 "answered_at" (epoch ms), "date_only", "source"}
//   patient:     {"id", "national_id", "given_name", "family_name", "gp_id", "status",
//                 "version", "deleted"}
// Later entities (plan versions, acknowledgements, messages) follow the same shape: the
// entity's current state with its version, so a client keeps the newest.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <string>
#include <string_view>

namespace varde::server
{

Result<> appendChange(PgConnection &db,
    const std::string &serviceId,
    std::string_view entity,
    const std::string &entityId,
    std::string_view op,
    const std::string &payloadJson);

} // namespace varde::server
