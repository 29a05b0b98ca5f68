// Schema version 2: triage. Plan versions (the rules in force), stored findings with their
// acknowledgements, measurements a nurse marked as errors, and pauses of follow-up. Same
// conventions as version 1 (see schema_v1.cpp).
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version2 = R"SQL(
-- A version of a patient's egenbehandlingsplan, or (patient_id NULL) of the follow-up
-- service's default rule set. Exactly one active version per patient and per service; triage
-- reads only the active one. rules_json is the triage rule list in the vardectl contract's
-- form; content_json holds the rest of the plan (goals, measures, zone actions).
CREATE TABLE plan_version (
    id               TEXT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    deleted          INTEGER NOT NULL DEFAULT 0,
    origin           TEXT NOT NULL,
    updated_at       INTEGER NOT NULL,
    patient_id       TEXT REFERENCES patient(id),
    service_id       TEXT REFERENCES follow_up_service(id),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'awaiting_approval', 'active',
                                                     'superseded', 'rejected')),
    base_version_id  TEXT,
    rules_json       TEXT NOT NULL,
    content_json     TEXT NOT NULL DEFAULT '{}',
    created_by       TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    approved_by      TEXT,
    approved_by_name TEXT,
    approved_at      INTEGER,
    review_comment   TEXT
);
CREATE INDEX plan_version_patient ON plan_version(patient_id, status);
CREATE UNIQUE INDEX plan_version_one_active_per_patient ON plan_version(patient_id)
    WHERE status = 'active' AND deleted = 0 AND patient_id IS NOT NULL;
CREATE UNIQUE INDEX plan_version_one_active_default ON plan_version(service_id)
    WHERE status = 'active' AND deleted = 0 AND patient_id IS NULL;

-- What triage found. The id is deterministic (patient, rule, plan version, triggering
-- measurement or due time), so a finding is stored once however often triage runs.
-- reason_json is the structured reason; level and found_at are copied out for queries.
CREATE TABLE finding (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0,
    origin          TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    patient_id      TEXT NOT NULL REFERENCES patient(id),
    plan_version_id TEXT NOT NULL,
    rule_index      INTEGER NOT NULL,
    rule_type       TEXT NOT NULL,
    level           TEXT NOT NULL CHECK (level IN ('missing', 'suspect', 'yellow', 'red')),
    trigger_id      TEXT NOT NULL DEFAULT '',
    found_at        INTEGER NOT NULL,
    first_seen_at   INTEGER NOT NULL,
    reason_json     TEXT NOT NULL
);
CREATE INDEX finding_patient ON finding(patient_id, found_at);

-- A nurse's acknowledgement of one finding: who, when, what was done. Several may exist for
-- one finding (two nurses on the same alert): all are kept.
CREATE TABLE acknowledgement (
    id               TEXT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    deleted          INTEGER NOT NULL DEFAULT 0,
    origin           TEXT NOT NULL,
    updated_at       INTEGER NOT NULL,
    finding_id       TEXT NOT NULL REFERENCES finding(id),
    patient_id       TEXT NOT NULL REFERENCES patient(id),
    acknowledged_by  TEXT NOT NULL,
    acknowledged_at  INTEGER NOT NULL,
    action           TEXT NOT NULL CHECK (action IN ('called_patient', 'advised_per_plan',
                                          'contacted_gp', 'sent_plo', 'asked_new_measurement',
                                          'no_action_needed')),
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX acknowledgement_finding ON acknowledgement(finding_id);
CREATE INDEX acknowledgement_patient ON acknowledgement(patient_id, acknowledged_at);

-- A measurement marked as a measurement error: it leaves triage and stays visible. Restoring
-- sets the tombstone (deleted = 1) on the exclusion, never on the measurement.
CREATE TABLE measurement_exclusion (
    id             TEXT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0,
    origin         TEXT NOT NULL,
    updated_at     INTEGER NOT NULL,
    measurement_id TEXT NOT NULL REFERENCES measurement(id),
    patient_id     TEXT NOT NULL REFERENCES patient(id),
    reason         TEXT NOT NULL,
    excluded_by    TEXT NOT NULL,
    excluded_at    INTEGER NOT NULL
);
CREATE INDEX measurement_exclusion_patient ON measurement_exclusion(patient_id);

-- Follow-up paused for a period: no missing-measurement findings meanwhile.
CREATE TABLE follow_up_pause (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    patient_id  TEXT NOT NULL REFERENCES patient(id),
    reason      TEXT NOT NULL CHECK (reason IN ('hospital', 'holiday', 'other')),
    from_at     INTEGER NOT NULL,
    until_at    INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL
);
CREATE INDEX follow_up_pause_patient ON follow_up_pause(patient_id, until_at);
)SQL";

} // namespace varde::store::schema
