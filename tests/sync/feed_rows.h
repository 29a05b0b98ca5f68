#pragma once
// Home measurements straight into the server's change_log (setup speed: no FHIR ingest), as
// core/server/change_log.h documents the payload: `count` oxygen saturations of one patient,
// one every 10 seconds back from now, in one server transaction.
#include <string>

namespace sync_test
{

// Parameters: $1 service id, $2 patient id, $3 how many.
inline const std::string feedMeasurementsSql = R"(
INSERT INTO change_log(service_id, entity, entity_id, op, payload)
SELECT $1::uuid, 'measurement', id, 'insert',
       json_build_object('id', id, 'patient_id', $2::text, 'kind', 'spo2',
                         'value', 90 + g % 10, 'unit', '%', 'canonical_value', 90 + g % 10,
                         'measured_at', (extract(epoch FROM now()) * 1000)::bigint - g * 10000,
                         'source', 'device', 'code', '59408-5', 'date_only', false,
                         'panel_id', NULL)::text
  FROM (SELECT g, gen_random_uuid()::text AS id FROM generate_series(1, $3::int) g) s)";

} // namespace sync_test
