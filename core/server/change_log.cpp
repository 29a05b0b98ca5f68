#include "core/server/change_log.h"

namespace varde::server
{

Result<> appendChange(PgConnection &db,
    const std::string &serviceId,
    std::string_view entity,
    const std::string &entityId,
    std::string_view op,
    const std::string &payloadJson)
{
    // txid and seq come from their defaults: a client can never set them (append-only).
    auto inserted = db.exec("INSERT INTO change_log(service_id, entity, entity_id, op, payload) "
                            "VALUES ($1, $2, $3, $4, $5)",
        { serviceId, std::string(entity), entityId, std::string(op), payloadJson });
    if (!inserted)
        return fail(inserted.error());
    // Delivered at commit, once per transaction and channel/payload pair. The payload is the
    // uuid's canonical text, the form the waiter compares with (feed_waiter.h).
    auto notified = db.exec("SELECT pg_notify('varde_feed', $1::uuid::text)", { serviceId });
    if (!notified)
        return fail(notified.error());
    return {};
}

} // namespace varde::server
