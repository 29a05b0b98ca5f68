// Server schema version 7: the GP's change feed (change_log.patient_id). Version 6 comes from
// another branch (entity rows and generic mutations) and is merged in beside this one; migrate.cpp
// applies the versions in their order, whatever the gaps.
#include "core/server/schema.h"

namespace varde::server::schema
{

const Version version7 { 7, "GP feed: the patient of each change",
    R"SQL(
-- Whose patient a change is about, so that a GP's feed can read their listed patients' rows in
-- every service (feed.cpp). NULL for service-level rows (a default rule set): never sent to GPs.
ALTER TABLE change_log ADD COLUMN patient_id uuid;

-- The patient of a change, from what appendChange already has: a patient row is its own
-- entity_id; any other row names its patient in the payload's "patient_id" (change_log.h).
-- Anything that is not a UUID gives NULL rather than an error: a change is never refused for it.
-- The text test before the JSON parse keeps rows without the key (most of the volume) cheap.
CREATE FUNCTION change_patient_id(entity text, entity_id text, payload text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN t ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                THEN t::uuid END
      FROM (SELECT CASE WHEN entity = 'patient' THEN entity_id
                        WHEN payload LIKE '{%' AND payload LIKE '%"patient_id"%'
                        THEN payload::json ->> 'patient_id' END AS t) AS s
$$;

-- The rows already written get theirs too. No GP has a cursor yet (the GP feed starts with this
-- version), so filling the column behind existing cursors hides nothing from anyone.
UPDATE change_log SET patient_id = change_patient_id(entity, entity_id, payload)
 WHERE entity = 'patient' OR payload LIKE '%"patient_id"%';

-- The GP read: per listed patient, an index range after the cursor (feed.cpp).
CREATE INDEX change_log_patient ON change_log(patient_id, txid, seq);
CREATE INDEX patient_gp ON patient(gp_id) WHERE gp_id IS NOT NULL;
)SQL" };

} // namespace varde::server::schema
