#include "core/store/outbox.h"

#include "core/store/statement.h"
#include "core/time/civil_time.h"

namespace varde::store
{

Result<std::int64_t> enqueueMutation(Connection &db,
    std::string_view entity,
    std::string_view entityId,
    std::string_view op,
    std::string_view payloadJson)
{
    if (auto ok = db.exec("UPDATE sync_state SET last_mutation_id = last_mutation_id + 1"); !ok)
        return fail(ok.error());
    auto insert = Statement::prepare(db,
        "INSERT INTO outbox(mutation_id, entity, entity_id, op, payload, created_at) "
        "SELECT last_mutation_id, ?, ?, ?, ?, ? FROM sync_state");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, entity)
        .bind(2, entityId)
        .bind(3, op)
        .bind(4, payloadJson)
        .bind(5, time::toEpochMillis(time::now()));
    if (auto ok = insert->run(); !ok)
        return fail(ok.error());
    auto id = db.queryText("SELECT last_mutation_id FROM sync_state");
    if (!id)
        return fail(id.error());
    return std::stoll(*id);
}

Result<std::int64_t> pendingMutationCount(Connection &db)
{
    auto count = db.queryText("SELECT count(*) FROM outbox");
    if (!count)
        return fail(count.error());
    return std::stoll(*count);
}

} // namespace varde::store
