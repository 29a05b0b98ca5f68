// The patient scope of users and devices, and the plan approval rule.
#include "core/server/scope.h"

#include "core/common/uuid.h"

namespace varde::server
{

PatientScope patientScope(const Principal &who)
{
    PatientScope scope;
    if (who.kind == Principal::Kind::Device) {
        scope.patientId = who.patientId;
        return scope;
    }
    if (who.hasRole("nurse") || who.hasRole("leader"))
        scope.serviceId = who.serviceId;
    if (who.hasRole("gp"))
        scope.gpId = who.gpId;
    return scope;
}

std::string patientScopeSql(const std::string &alias, int firstParameter)
{
    const auto p = [&](int i) { return "$" + std::to_string(firstParameter + i) + "::uuid"; };
    return "(" + alias + ".service_id = " + p(0) + " OR " + alias + ".gp_id = " + p(1) + " OR "
        + alias + ".id = " + p(2) + ")";
}

std::vector<PgParam> patientScopeParams(const PatientScope &scope)
{
    // Anything but a UUID grants nothing (and would make PostgreSQL refuse the statement).
    const auto param
        = [](const std::string &id) { return isUuid(id) ? PgParam { id } : PgParam {}; };
    return { param(scope.serviceId), param(scope.gpId), param(scope.patientId) };
}

Result<> mayReadPatient(PgConnection &db, const Principal &who, const std::string &patientId)
{
    const auto scope = patientScope(who);
    if (scope.empty() || !isUuid(patientId))
        return fail(ErrorCode::NotAllowed, "not a patient the caller may see");
    auto params = patientScopeParams(scope);
    params.insert(params.begin(), PgParam { patientId });
    auto found
        = db.exec("SELECT 1 FROM patient p WHERE p.id = $1 AND " + patientScopeSql("p", 2), params);
    if (!found)
        return fail(found.error());
    if (found->rows() == 0)
        return fail(ErrorCode::NotAllowed, "not a patient the caller may see");
    return {};
}

bool mayApprovePlan(const Principal &who)
{
    return who.kind == Principal::Kind::User && (who.hasRole("gp") || who.hasRole("specialist"));
}

} // namespace varde::server
