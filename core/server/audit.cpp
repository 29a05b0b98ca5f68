// One row of audit_event per call, in the caller's transaction if one is open.
#include "core/server/audit.h"

namespace varde::server
{

Result<> appendAudit(PgConnection &db, const AuditEntry &entry)
{
    const auto orNull = [](const std::string &s) { return s.empty() ? PgParam {} : PgParam { s }; };
    auto ok = db.exec("INSERT INTO audit_event(actor_id, actor_kind, action, patient_id, detail) "
                      "VALUES ($1, $2, $3, $4, $5)",
        { orNull(entry.actorId), entry.actorKind, entry.action, orNull(entry.patientId),
            entry.detail });
    if (!ok)
        return fail(ok.error());
    return {};
}

} // namespace varde::server
