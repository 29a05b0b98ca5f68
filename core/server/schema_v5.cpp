// Server schema version 5, for workstation mutations: per-client exactly-once state, and what the
// mutations store (acknowledgements, plan versions, enrolments; workstation audit events in
// audit_event).
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version5 { 5, "mutations: client state, acknowledgements, plan versions",
    R"SQL(
-- One workstation installation (client_id, a UUID it makes) and the last of its mutations the
-- server applied (they are numbered 1, 2, 3 ...). Bound to the service of the user who first
-- pushed (or to that user when they have none, a GP), so a client id cannot be borrowed across
-- services. A push locks its row (SELECT ... FOR UPDATE): one push per client at a time.
CREATE TABLE client_state (
    client_id        uuid PRIMARY KEY,
    service_id       uuid REFERENCES follow_up_service(id),
    user_id          uuid NOT NULL REFERENCES app_user(id),
    last_mutation_id bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
-- Every completed mutation with the SHA-256 of what was sent (entity, id, op, payload) and the
-- answer given, so that a retry gets the same answer and a reused number with other content
-- (a workstation restored from a snapshot) is refused loudly.
CREATE TABLE applied_mutation (
    client_id    uuid NOT NULL REFERENCES client_state(client_id),
    mutation_id  bigint NOT NULL,
    user_id      uuid NOT NULL REFERENCES app_user(id),
    entity       text NOT NULL,
    entity_id    text NOT NULL,
    op           text NOT NULL,
    payload_hash text NOT NULL,
    status       text NOT NULL CHECK (status IN ('applied', 'conflict', 'refused')),
    result       text NOT NULL,
    applied_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, mutation_id)
);
-- A nurse's acknowledgement of a finding. Two nurses acknowledging one finding are two rows.
CREATE TABLE acknowledgement (
    id              uuid PRIMARY KEY,
    service_id      uuid NOT NULL REFERENCES follow_up_service(id),
    patient_id      uuid NOT NULL REFERENCES patient(id),
    finding_id      text NOT NULL,
    acknowledged_by uuid NOT NULL REFERENCES app_user(id),
    acknowledged_at timestamptz NOT NULL,
    action          text NOT NULL DEFAULT '',
    note            text NOT NULL DEFAULT '',
    version         bigint NOT NULL DEFAULT 1,
    received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX acknowledgement_finding ON acknowledgement(finding_id);
CREATE INDEX acknowledgement_patient ON acknowledgement(patient_id);
-- Treatment-plan versions: a patient's (patient_id) or the service's default set (patient_id
-- NULL). A version names the one it was made from (base_version_id); at most one is active per
-- patient or default set.
CREATE TABLE plan_version (
    id              uuid PRIMARY KEY,
    service_id      uuid NOT NULL REFERENCES follow_up_service(id),
    patient_id      uuid REFERENCES patient(id),
    status          text NOT NULL CHECK (status IN ('draft', 'awaiting_approval', 'active',
                                                    'superseded', 'rejected')),
    base_version_id uuid,
    rules           jsonb NOT NULL DEFAULT '[]',
    content         jsonb NOT NULL DEFAULT '{}',
    approval        jsonb,
    review_comment  text NOT NULL DEFAULT '',
    version         bigint NOT NULL DEFAULT 1,
    created_by      uuid NOT NULL REFERENCES app_user(id),
    updated_by      uuid NOT NULL REFERENCES app_user(id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX plan_version_one_active ON plan_version(service_id,
    coalesce(patient_id, '00000000-0000-0000-0000-000000000000')) WHERE status = 'active';
CREATE INDEX plan_version_patient ON plan_version(patient_id);
-- An enrolment of a patient in follow-up (the trial period it starts with).
CREATE TABLE enrolment (
    id          uuid PRIMARY KEY,
    service_id  uuid NOT NULL REFERENCES follow_up_service(id),
    patient_id  uuid NOT NULL REFERENCES patient(id),
    trial_weeks integer NOT NULL DEFAULT 0,
    created_by  uuid NOT NULL REFERENCES app_user(id),
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- Workstation audit events go to audit_event under their own id (once, whichever client or
-- retry brings them) with the time they happened there.
ALTER TABLE audit_event ADD COLUMN source_event_id uuid;
ALTER TABLE audit_event ADD COLUMN occurred_at timestamptz;
CREATE UNIQUE INDEX audit_event_source ON audit_event(source_event_id)
    WHERE source_event_id IS NOT NULL;
)SQL" };

} // namespace varde::server::schema
