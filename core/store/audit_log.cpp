#include "core/store/audit_log.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/domain/user.h"
#include "core/store/encrypted_store.h"
#include "core/store/outbox.h"
#include "core/store/statement.h"
#include "core/time/civil_time.h"

namespace varde::store
{

Actor actorOf(const EncryptedStore &store)
{
    return Actor { store.user().meta.id, store.user().login,
        std::string(domain::roleKey(store.user().role)), store.clientId() };
}

Result<> appendAudit(Connection &db,
    const Actor &actor,
    std::string_view action,
    std::string_view patientId,
    std::string_view entity,
    std::string_view entityId,
    std::string_view detail)
{
    const auto id = newUuid();
    const auto at = time::toEpochMillis(time::now());
    auto insert = Statement::prepare(db,
        "INSERT INTO audit_event(id, origin, updated_at, occurred_at, actor_user_id, "
        "actor_login, actor_role, action, patient_id, entity, entity_id, workstation, detail) "
        "VALUES (?, 'local', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, id)
        .bind(2, at)
        .bind(3, at)
        .bind(4, actor.userId)
        .bind(5, actor.login)
        .bind(6, actor.role)
        .bind(7, action)
        .bindOrNull(8, patientId)
        .bind(9, entity)
        .bind(10, entityId)
        .bind(11, actor.workstation)
        .bind(12, detail);
    if (auto ok = insert->run(); !ok)
        return ok;
    const std::string payload = "{\"id\":" + jsonString(id) + ",\"occurred_at\":"
        + std::to_string(at) + ",\"actor_user_id\":" + jsonString(actor.userId)
        + ",\"actor_login\":" + jsonString(actor.login)
        + ",\"actor_role\":" + jsonString(actor.role) + ",\"action\":" + jsonString(action)
        + ",\"patient_id\":" + (patientId.empty() ? std::string("null") : jsonString(patientId))
        + ",\"entity\":" + jsonString(entity) + ",\"entity_id\":" + jsonString(entityId)
        + ",\"workstation\":" + jsonString(actor.workstation) + ",\"detail\":" + jsonString(detail)
        + "}";
    auto queued = enqueueMutation(db, "audit_event", id, "append", payload);
    if (!queued)
        return fail(queued.error());
    return {};
}

Result<std::vector<AuditEvent>> recentAudit(Connection &db, int limit)
{
    auto select = Statement::prepare(db,
        "SELECT id, occurred_at, actor_user_id, actor_login, actor_role, action, "
        "coalesce(patient_id, ''), entity, entity_id, workstation, detail FROM audit_event "
        "ORDER BY occurred_at DESC, rowid DESC LIMIT ?");
    if (!select)
        return fail(select.error());
    select->bind(1, limit);
    return collectRows<AuditEvent>(*select, [](const Statement &row) {
        return AuditEvent { row.text(0), row.int64(1), row.text(2), row.text(3), row.text(4),
            row.text(5), row.text(6), row.text(7), row.text(8), row.text(9), row.text(10) };
    });
}

} // namespace varde::store
