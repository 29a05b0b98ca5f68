// Server schema version 6, for sync: the complete row of each workstation entity (what the
// change feed hands back for a generic INSERT OR REPLACE), link codes kept by hash for device
// enrolment, and a flag on change_log rows whose payload is such a complete row.
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version6 { 6, "sync: complete entity rows, link codes, full-row feed flag",
    R"SQL(
-- The complete local row of a workstation entity (patient, diagnosis, link_code, ...) as the
-- workstation's table has it (its column names, epoch-ms times, 0/1 flags), with the fields the
-- server owns written over it (entity_rows.h). Keyed by service as well as id: ids are born on
-- workstations, a row is its service's copy, and an id that happens to exist in another
-- service can then neither overwrite nor reveal that service's row (a shared record such as a
-- general_practitioner may be kept by several services). service_id is always the caller's
-- service or the patient's, never one the client sent. The column is "data", not "row": ROW
-- is an SQL keyword.
CREATE TABLE entity_row (
    service_id uuid NOT NULL REFERENCES follow_up_service(id),
    entity     text NOT NULL,
    id         text NOT NULL,
    patient_id uuid REFERENCES patient(id),
    version    bigint NOT NULL,
    deleted    boolean NOT NULL DEFAULT false,
    data       jsonb NOT NULL,
    updated_by uuid,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, entity, id)
);
CREATE INDEX entity_row_patient ON entity_row(patient_id) WHERE patient_id IS NOT NULL;

-- A link code a workstation made for a patient's app or gateway, by the SHA-256 of its
-- normalized form (upper case, no '-'), for POST /v1/devices/enrol. Used once: used_at and the
-- credential it became are set in the enrolling transaction, under a row lock.
CREATE TABLE link_code (
    id                   uuid PRIMARY KEY,
    service_id           uuid NOT NULL REFERENCES follow_up_service(id),
    patient_id           uuid NOT NULL REFERENCES patient(id),
    code_hash            text NOT NULL UNIQUE,
    expires_at           timestamptz NOT NULL,
    used_at              timestamptz,
    device_credential_id uuid REFERENCES device_credential(id),
    created_by           uuid REFERENCES app_user(id),
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX link_code_patient ON link_code(patient_id) WHERE used_at IS NULL;

-- true: the payload is the entity's complete row (entity_row.data), which a client may
-- INSERT OR REPLACE by column name; false: the older typed payload (change_log.h).
ALTER TABLE change_log ADD COLUMN full_row boolean NOT NULL DEFAULT false;
)SQL" };

} // namespace varde::server::schema
