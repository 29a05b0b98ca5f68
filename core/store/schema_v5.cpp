// Schema version 5: PLO messages. One row per message in a patient's thread with the GP:
// outgoing drafts, queued and sent documents with the receipt (AppRec) each got; incoming
// replies, read or not; and received documents that could not be read or matched, kept (with
// patient_id NULL and the reason in `problem`) for a person to look at. Our own AppRec answers
// are outgoing rows of type APPREC. The service sets after how many hours a message without a
// receipt is flagged in the worklist.
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version5 = R"SQL(
CREATE TABLE plo_message (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0,
    origin          TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    patient_id      TEXT REFERENCES patient(id),
    direction       TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    type            TEXT NOT NULL DEFAULT '',
    msg_id          TEXT NOT NULL DEFAULT '',
    conversation_id TEXT NOT NULL DEFAULT '',
    parent_msg_id   TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL CHECK (state IN ('draft', 'queued', 'sent', 'received',
                                                    'refused')),
    finding_id      TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    draft_json      TEXT NOT NULL DEFAULT '',
    document        TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    queued_at       INTEGER,
    sent_at         INTEGER,
    receipt_status  TEXT NOT NULL DEFAULT '' CHECK (receipt_status IN ('', 'ok',
                                                    'ok_with_errors', 'rejected')),
    receipt_text    TEXT NOT NULL DEFAULT '',
    receipt_at      INTEGER,
    read_at         INTEGER,
    read_by         TEXT,
    problem         TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plo_message_patient ON plo_message(patient_id, created_at);
CREATE INDEX plo_message_msg_id ON plo_message(msg_id);

ALTER TABLE follow_up_service ADD COLUMN plo_receipt_alert_hours INTEGER NOT NULL DEFAULT 24;
)SQL";

} // namespace varde::store::schema
