// Server schema version 1: follow-up services, users and their roles, GPs, patients, device
// credentials from link codes, measurements with their idempotency keys, the change feed, and
// the append-only audit. Times are timestamptz (UTC); ids are UUIDs made where an entity is
// born, as on the workstation.
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version1 { 1, "services, users, patients, devices, measurements, feed, audit",
    R"SQL(
CREATE TABLE follow_up_service (
    id           uuid PRIMARY KEY,
    name         text NOT NULL,
    her_id       text NOT NULL DEFAULT '',
    municipality text NOT NULL DEFAULT ''
);

CREATE TABLE general_practitioner (
    id              uuid PRIMARY KEY,
    name            text NOT NULL,
    her_id          text NOT NULL DEFAULT '',
    practice_name   text NOT NULL DEFAULT '',
    practice_her_id text NOT NULL DEFAULT ''
);

-- A user holds a set of roles. Nurses and leaders belong to one service; a GP to none (they
-- see their own listed patients, gp_id, in whichever services follow them).
CREATE TABLE app_user (
    id            uuid PRIMARY KEY,
    login         text NOT NULL UNIQUE,
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    roles         text[] NOT NULL CHECK (roles <@ ARRAY['nurse', 'gp', 'specialist', 'leader',
                                                        'admin']::text[]),
    service_id    uuid REFERENCES follow_up_service(id),
    gp_id         uuid REFERENCES general_practitioner(id),
    disabled      boolean NOT NULL DEFAULT false,
    failed_logins integer NOT NULL DEFAULT 0,
    blocked_until timestamptz
);

CREATE TABLE patient (
    id           uuid PRIMARY KEY,
    service_id   uuid NOT NULL REFERENCES follow_up_service(id),
    national_id  text NOT NULL,
    given_name   text NOT NULL,
    family_name  text NOT NULL,
    birth_date   date,
    gp_id        uuid REFERENCES general_practitioner(id),
    status       text NOT NULL DEFAULT 'active',
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (service_id, national_id)
);
CREATE INDEX patient_national_id ON patient(national_id);

-- What a patient's app or device gateway signs in with, from an enrolment link code. Only a
-- hash of the token is kept.
CREATE TABLE device_credential (
    id          uuid PRIMARY KEY,
    patient_id  uuid NOT NULL REFERENCES patient(id),
    token_hash  text NOT NULL UNIQUE,
    label       text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

CREATE TABLE measurement (
    id              uuid PRIMARY KEY,
    patient_id      uuid NOT NULL REFERENCES patient(id),
    kind            text NOT NULL,
    value           double precision NOT NULL,
    unit            text NOT NULL,
    canonical_value double precision NOT NULL,
    measured_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    source          text NOT NULL DEFAULT '',
    codes           text NOT NULL DEFAULT ''
);
CREATE INDEX measurement_patient ON measurement(patient_id, measured_at);

-- Idempotency of ingest: the sender's identifier (system|value) names one measurement. In a
-- table of its own so that measurement can later be partitioned by time (a unique index on a
-- partitioned table must include the partition key).
CREATE TABLE ingest_key (
    system         text NOT NULL,
    value          text NOT NULL,
    measurement_id uuid NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (system, value)
);

-- The change feed: every write a workstation must see adds a row here in the same transaction.
-- Readers hand out only rows below the oldest running transaction (see feed.h), so the cursor
-- (txid, seq) never skips a row that commits late. Append-only.
CREATE TABLE change_log (
    txid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq        bigserial NOT NULL,
    service_id uuid NOT NULL,
    entity     text NOT NULL,
    entity_id  text NOT NULL,
    op         text NOT NULL,
    payload    text NOT NULL
);
CREATE INDEX change_log_feed ON change_log(service_id, txid, seq);

-- Who read or changed which patient, when. Append-only; ids only, never names.
CREATE TABLE audit_event (
    id         bigserial PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    actor_id   uuid,
    actor_kind text NOT NULL,
    action     text NOT NULL,
    patient_id uuid,
    detail     text NOT NULL DEFAULT ''
);
CREATE INDEX audit_event_patient ON audit_event(patient_id, at);
)SQL" };

} // namespace varde::server::schema
