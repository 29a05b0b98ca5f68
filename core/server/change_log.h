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
//                 "version", "deleted"}   (only when the server holds no complete row, below)
//   plan_version, acknowledgement, enrolment, plo_message: their typed state with its version,
//                 likewise only without a complete row.
//
// Complete rows (appendRowChange, schema v6, entity_rows.h). For the workstation entities
// patient, diagnosis, contact_person, measurement_schedule, enrolment, link_code,
// patient_change, acknowledgement, measurement_exclusion, follow_up_pause, plan_version,
// plo_message and general_practitioner, once a workstation pushed the entity's complete local
// row (a mutation's "row"), every later change of it is fed as that complete row, and the
// feed marks it "full_row": true. Contract of such a payload:
//   - the keys are the workstation table's column names, with the values as the workstation
//     sent them (epoch-ms times, 0/1 flags, JSON kept as text where the table keeps text): a
//     client may INSERT OR REPLACE it by column name;
//   - "id" is the entity id, "version" the server's: it only grows per (service, entity, id)
//     and a client keeps the row with the higher version (feed order is not commit order);
//   - fields the server owns are written over what the workstation sent: patient: status,
//     deleted, service_id; plan_version: status (and superseded_at when the server supersedes
//     it); plo_message: state, queued_at, sent_at, receipt_status, receipt_text, receipt_at,
//     problem (the exchange's); link_code: used_at, expires_at (enrolment by the device);
//   - "deleted" is the tombstone (1): the row stays, with op "delete".
// Rows with "full_row" false (measurements, answers, older typed payloads) are the typed
// forms above and are applied by their own code on the client.

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

// The same for a complete entity row (full_row = true; see above).
Result<> appendRowChange(PgConnection &db,
    const std::string &serviceId,
    std::string_view entity,
    const std::string &entityId,
    std::string_view op,
    const std::string &rowJson);

} // namespace varde::server
