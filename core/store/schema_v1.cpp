// Schema version 1: the data contract every later table follows.
//
// Conventions (../shared/design/ARCHITECTURE.md, "The data contract"):
// - Every synced entity has `id` (UUID text made where it is born), `version` (grows with each
//   change), `deleted` (tombstone; rows are never removed) and `origin` ('local', 'server',
//   'demo'), and `updated_at`.
// - Instants are INTEGER milliseconds since the epoch, UTC, in columns named *_at. Civil dates
//   (birth dates) are TEXT 'YYYY-MM-DD'. Enum values are stable lower-case text keys.
// - Values are stored as sent (value, unit, code) beside the canonical value.
// - The audit table names the patient in a plain column, not a foreign key, so that purging an
//   ended patient after the retention period keeps the audit trail; it is append-only.
#include "core/store/schema.h"

namespace varde::store::schema
{

const std::string_view version1 = R"SQL(
CREATE TABLE schema_migration (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  INTEGER NOT NULL
);

-- Sync state: exactly one row. client_id names this installation to the server; mutations are
-- numbered 1, 2, 3 … per client; feed_cursor is the server's opaque change-feed position.
CREATE TABLE sync_state (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    client_id             TEXT NOT NULL,
    last_mutation_id      INTEGER NOT NULL DEFAULT 0,
    confirmed_mutation_id INTEGER NOT NULL DEFAULT 0,
    feed_cursor           TEXT,
    last_pull_at          INTEGER,
    last_push_at          INTEGER
);

-- Everything done here that the server must learn, written in the same transaction as its
-- effect and deleted only when the server has confirmed it.
CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'append')),
    payload     TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE local_user (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('nurse', 'gp', 'specialist', 'leader', 'admin')),
    phone        TEXT NOT NULL DEFAULT '',
    hpr_number   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE follow_up_service (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    name         TEXT NOT NULL,
    her_id       TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT ''
);

CREATE TABLE general_practitioner (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0,
    origin          TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    name            TEXT NOT NULL,
    her_id          TEXT NOT NULL DEFAULT '',
    practice_name   TEXT NOT NULL DEFAULT '',
    practice_her_id TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE patient (
    id                   TEXT PRIMARY KEY,
    version              INTEGER NOT NULL DEFAULT 1,
    deleted              INTEGER NOT NULL DEFAULT 0,
    origin               TEXT NOT NULL,
    updated_at           INTEGER NOT NULL,
    national_id          TEXT NOT NULL,
    given_name           TEXT NOT NULL,
    family_name          TEXT NOT NULL,
    birth_date           TEXT NOT NULL,
    sex                  TEXT NOT NULL CHECK (sex IN ('female', 'male', 'unknown')),
    address              TEXT NOT NULL DEFAULT '',
    postal_code          TEXT NOT NULL DEFAULT '',
    city                 TEXT NOT NULL DEFAULT '',
    municipality         TEXT NOT NULL DEFAULT '',
    phone_mobile         TEXT NOT NULL DEFAULT '',
    phone_home           TEXT NOT NULL DEFAULT '',
    service_id           TEXT REFERENCES follow_up_service(id),
    gp_id                TEXT REFERENCES general_practitioner(id),
    responsible_nurse_id TEXT,
    status               TEXT NOT NULL CHECK (status IN ('trial', 'active', 'paused', 'ended')),
    enrolled_at          INTEGER,
    ended_at             INTEGER,
    end_reason           TEXT
);
CREATE UNIQUE INDEX patient_national_id ON patient(national_id) WHERE deleted = 0;

CREATE TABLE diagnosis (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    patient_id  TEXT NOT NULL REFERENCES patient(id),
    code_system TEXT NOT NULL CHECK (code_system IN ('ICD-10', 'ICPC-2')),
    code        TEXT NOT NULL,
    text        TEXT NOT NULL,
    is_primary  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diagnosis_patient ON diagnosis(patient_id);

-- Pårørende and helpers; helps_measure marks who helps the patient measure.
CREATE TABLE contact_person (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    deleted       INTEGER NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    patient_id    TEXT NOT NULL REFERENCES patient(id),
    name          TEXT NOT NULL,
    relation      TEXT NOT NULL,
    phone         TEXT NOT NULL DEFAULT '',
    next_of_kin   INTEGER NOT NULL DEFAULT 0,
    helps_measure INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_person_patient ON contact_person(patient_id);

-- What the patient measures and when. item is a kind key ('spo2') or 'question:<id>';
-- days_of_week is a bit set, Monday = 1 … Sunday = 64; due_by_minute is local minutes after
-- midnight by which the day's value is expected.
CREATE TABLE measurement_schedule (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    deleted       INTEGER NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    patient_id    TEXT NOT NULL REFERENCES patient(id),
    item          TEXT NOT NULL,
    days_of_week  INTEGER NOT NULL CHECK (days_of_week BETWEEN 1 AND 127),
    due_by_minute INTEGER CHECK (due_by_minute BETWEEN 0 AND 1439)
);
CREATE INDEX measurement_schedule_patient ON measurement_schedule(patient_id);

-- One numeric value; a blood-pressure panel is two rows sharing panel_id.
CREATE TABLE measurement (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0,
    origin          TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    patient_id      TEXT NOT NULL REFERENCES patient(id),
    kind            TEXT NOT NULL,
    code            TEXT NOT NULL,
    value           REAL NOT NULL,
    unit            TEXT NOT NULL,
    canonical_value REAL,
    panel_id        TEXT,
    panel_code      TEXT,
    measured_at     INTEGER NOT NULL,
    received_at     INTEGER NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('device', 'manual', 'patient', 'helper')),
    device          TEXT NOT NULL DEFAULT '',
    server_seq      INTEGER
);
CREATE INDEX measurement_patient_kind_time ON measurement(patient_id, kind, measured_at);

CREATE TABLE questionnaire_answer (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    patient_id  TEXT NOT NULL REFERENCES patient(id),
    question_id TEXT NOT NULL,
    answer      TEXT NOT NULL,
    answered_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('device', 'manual', 'patient', 'helper')),
    server_seq  INTEGER
);
CREATE INDEX questionnaire_answer_patient_time ON questionnaire_answer(patient_id, question_id, answered_at);

-- Who did what, when, to which patient. occurred_at is the workstation's clock, server_time is
-- set when the server has received the event. Never deleted, never changed but server_time.
CREATE TABLE audit_event (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
    origin        TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    occurred_at   INTEGER NOT NULL,
    server_time   INTEGER,
    actor_user_id TEXT NOT NULL,
    actor_login   TEXT NOT NULL,
    actor_role    TEXT NOT NULL,
    action        TEXT NOT NULL,
    patient_id    TEXT,
    entity        TEXT NOT NULL DEFAULT '',
    entity_id     TEXT NOT NULL DEFAULT '',
    workstation   TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_event_patient ON audit_event(patient_id, occurred_at);
CREATE INDEX audit_event_time ON audit_event(occurred_at);

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit events cannot be deleted');
END;

CREATE TRIGGER audit_event_no_change BEFORE UPDATE ON audit_event
WHEN NEW.id IS NOT OLD.id OR NEW.occurred_at IS NOT OLD.occurred_at
  OR NEW.actor_user_id IS NOT OLD.actor_user_id OR NEW.actor_login IS NOT OLD.actor_login
  OR NEW.actor_role IS NOT OLD.actor_role OR NEW.action IS NOT OLD.action
  OR NEW.patient_id IS NOT OLD.patient_id OR NEW.entity IS NOT OLD.entity
  OR NEW.entity_id IS NOT OLD.entity_id OR NEW.workstation IS NOT OLD.workstation
  OR NEW.detail IS NOT OLD.detail OR NEW.deleted IS NOT OLD.deleted
  OR NEW.origin IS NOT OLD.origin OR NEW.version IS NOT OLD.version
  OR NEW.updated_at IS NOT OLD.updated_at
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
)SQL";

} // namespace varde::store::schema
