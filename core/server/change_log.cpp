#include "core/server/change_log.h"

namespace varde::server
{
namespace
{

Result<> append(PgConnection &db,
    const std::string &serviceId,
    std::string_view entity,
    const std::string &entityId,
    std::string_view op,
    const std::string &payloadJson,
    bool fullRow)
{
    // txid and seq come from their defaults: a client can never set them (append-only).
    auto inserted = db.exec("INSERT INTO change_log(service_id, entity, entity_id, op, payload, "
                            "full_row) VALUES ($1, $2, $3, $4, $5, $6)",
        { serviceId, std::string(entity), entityId, std::string(op), payloadJson,
            fullRow ? "true" : "false" });
    if (!inserted)
        return fail(inserted.error());
    // Delivered at commit, once per transaction and channel/payload pair. The payload is the
    // uuid's canonical text, the form the waiter compares with (feed_waiter.h).
    auto notified = db.exec("SELECT pg_notify('varde_feed', $1::uuid::text)", { serviceId });
    if (!notified)
        return fail(notified.error());
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
