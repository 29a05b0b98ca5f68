#pragma once
// Writing the append-only audit trail (audit_event): who (a user's or device's id and kind),
// what (a dotted action such as "login.success" or "patient.list"), which patient if any, and
// a short detail of codes and counts. Ids only: never names, logins or fødselsnummer.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <string>
#include <string_view>

namespace varde::server
{

struct AuditEntry {
    std::string actorId; // "" = unknown (a login that does not exist)
    std::string actorKind = "user"; // "user" or "device"
    std::string action;
    std::string patientId; // "" = none
    std::string detail;
};

Result<> appendAudit(PgConnection &db, const AuditEntry &entry);

} // namespace varde::server
