// Server schema version 4, for the message exchange: PLO documents queued by workstations, sent
// as files, and what comes back through the incoming folder (plo_outbox.h, plo_exchange.h).
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version4 { 4, "message exchange: PLO documents out and in",
    R"SQL(
-- One PLO document or AppRec. Outgoing rows keep the workstation's id and the MsgId the file is
-- named by on every retry (unique: a MsgId names one document). Incoming rows are what was read
-- from the incoming folder: received when filed with their patient, refused with the reason
-- (problem) when not; service_id is NULL only for a refused document addressed to no service
-- of ours, patient_id NULL when it matched no patient.
CREATE TABLE plo_message (
    id              uuid PRIMARY KEY,
    service_id      uuid REFERENCES follow_up_service(id),
    patient_id      uuid REFERENCES patient(id),
    direction       text NOT NULL CHECK (direction IN ('out', 'in')),
    type            text NOT NULL,
    msg_id          text NOT NULL DEFAULT '',
    conversation_id text NOT NULL DEFAULT '',
    parent_msg_id   text NOT NULL DEFAULT '',
    state           text NOT NULL CHECK (state IN ('queued', 'sent', 'received', 'refused')),
    document        text NOT NULL,
    problem         text NOT NULL DEFAULT '',
    receipt_status  text NOT NULL DEFAULT '',
    receipt_text    text NOT NULL DEFAULT '',
    receipt_at      timestamptz,
    file_name       text NOT NULL DEFAULT '',
    version         bigint NOT NULL DEFAULT 1,
    queued_at       timestamptz,
    sent_at         timestamptz,
    received_at     timestamptz,
    CHECK (direction = 'in' OR (service_id IS NOT NULL AND msg_id <> ''))
);
CREATE UNIQUE INDEX plo_message_out_msg_id ON plo_message(msg_id) WHERE direction = 'out';
CREATE INDEX plo_message_in_msg_id ON plo_message(msg_id) WHERE direction = 'in';
CREATE INDEX plo_message_queued ON plo_message(queued_at) WHERE state = 'queued';
CREATE INDEX plo_message_patient ON plo_message(patient_id);
)SQL" };

} // namespace varde::server::schema
