// Schema version 4: enrolment, contact and ending. Each period of follow-up is an enrolment
// (a patient ended and enrolled again keeps both, linked by patient_id); link codes for the
// patient's app or device gateway; the history of changed contact details; and the service's
// retention period after which an ended patient leaves the workstation's store.
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version4 = R"SQL(
CREATE TABLE enrolment (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0,
    origin          TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    patient_id      TEXT NOT NULL REFERENCES patient(id),
    referral_source TEXT NOT NULL CHECK (referral_source IN ('gp', 'hospital',
                                         'allocation_office', 'other')),
    referrer_name   TEXT NOT NULL DEFAULT '',
    referral_date   TEXT NOT NULL,
    started_at      INTEGER NOT NULL,
    trial_weeks     INTEGER NOT NULL CHECK (trial_weeks BETWEEN 2 AND 4),
    created_by      TEXT NOT NULL,
    ended_at        INTEGER,
    end_reason      TEXT CHECK (end_reason IN ('goals_met', 'moved', 'declined',
                                               'long_term_care', 'died', 'other')),
    end_note        TEXT NOT NULL DEFAULT '',
    ended_by        TEXT
);
CREATE INDEX enrolment_patient ON enrolment(patient_id, started_at);

-- A one-time code the patient's app or gateway exchanges for its own credentials.
CREATE TABLE link_code (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    patient_id  TEXT NOT NULL REFERENCES patient(id),
    code        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    created_by  TEXT NOT NULL
);
CREATE INDEX link_code_patient ON link_code(patient_id);

-- Contact details as they were: every edit of an address, phone, relative or nurse.
CREATE TABLE patient_change (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    patient_id  TEXT NOT NULL REFERENCES patient(id),
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL,
    new_value   TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  INTEGER NOT NULL
);
CREATE INDEX patient_change_patient ON patient_change(patient_id, changed_at);

ALTER TABLE follow_up_service ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 180;
ALTER TABLE follow_up_service ADD COLUMN phone TEXT NOT NULL DEFAULT '';
)SQL";

} // namespace varde::store::schema
