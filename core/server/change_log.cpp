#include "core/server/change_log.h"

namespace varde::server
{
namespace
{

// One statement: the row, and the notifications that wake its readers (delivered at commit,
// once per transaction and channel/payload pair, so a batch of one patient's rows notifies
// once). The service's long-polls listen for the service id (the uuid's canonical text, the form
// the waiter compares with, feed_waiter.h); a GP's for "gp:<gp id>" of the patient's GP as it
// stands in this transaction (a patient moved to another GP in the same transaction wakes the
// new one). patient_id comes from change_patient_id (schema_v7.cpp): the entity itself for a
// patient, else the payload's "patient_id". txid and seq come from their defaults: a client can
// never set them (append-only).
constexpr const char *appendSql
    = "WITH added AS (INSERT INTO change_log(service_id, entity, entity_id, op, payload, "
      "patient_id, full_row) VALUES ($1::uuid, $2, $3, $4, $5, change_patient_id($2, $3, $5), "
      "$6::boolean) "
      "RETURNING patient_id) "
      "SELECT pg_notify('varde_feed', $1::uuid::text), "
      "(SELECT pg_notify('varde_feed', 'gp:' || p.gp_id::text) FROM added "
      "JOIN patient p ON p.id = added.patient_id WHERE p.gp_id IS NOT NULL)";

Result<> append(PgConnection &db,
    const std::string &serviceId,
    std::string_view entity,
    const std::string &entityId,
    std::string_view op,
    const std::string &payloadJson,
    bool fullRow)
{
    auto inserted = db.exec(appendSql,
        { serviceId, std::string(entity), entityId, std::string(op), payloadJson,
            fullRow ? "true" : "false" });
    if (!inserted)
        return fail(inserted.error());
    return {};
}

} // namespace

Result<> appendChange(PgConnection &db,
    const std::string &serviceId,
    std::string_view entity,
    const std::string &entityId,
    std::string_view op,
    const std::string &payloadJson)
{
    return append(db, serviceId, entity, entityId, op, payloadJson, false);
}

Result<> appendRowChange(PgConnection &db,
    const std::string &serviceId,
    std::string_view entity,
    const std::string &entityId,
    std::string_view op,
    const std::string &rowJson)
{
    return append(db, serviceId, entity, entityId, op, rowJson, true);
}

} // namespace varde::server
