// GET /v1/me and GET /v1/patients for users with a bearer token.
#include "core/server/user_routes.h"

#include "core/common/json_text.h"
#include "core/server/audit.h"
#include "core/server/auth.h"
#include "core/server/auth_user.h"
#include "core/server/scope.h"

namespace varde::server
{
namespace
{

Response me(ServerContext &context, const Request &request)
{
    auto principal = authenticateUser(context, request);
    if (!principal)
        return authFailureResponse(principal.error());
    auto db = context.pool.acquire();
    if (!db)
        return authFailureResponse(db.error());
    auto user = findUserById(**db, principal->id);
    if (!user)
        return authFailureResponse(user.error());
    if (!*user)
        return authFailureResponse(Error { ErrorCode::NotAllowed, "no such user" });
    return jsonResponse(200, userJson(**user));
}

std::string textOrNull(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? "null" : jsonString(rows.text(row, column));
}

Response patients(ServerContext &context, const Request &request)
{
    auto principal = authenticateUser(context, request);
    if (!principal)
        return authFailureResponse(principal.error());
    auto db = context.pool.acquire();
    if (!db)
        return authFailureResponse(db.error());
    const auto scope = patientScope(*principal);
    std::string body = "{\"patients\":[";
    int count = 0;
    if (!scope.empty()) {
        auto rows = (*db)->exec("SELECT p.id, p.service_id, p.national_id, p.given_name, "
                                "p.family_name, p.birth_date, p.gp_id, p.status, p.version "
                                "FROM patient p WHERE NOT p.deleted AND "
                + patientScopeSql("p", 1) + " ORDER BY p.family_name, p.given_name, p.id",
            patientScopeParams(scope));
        if (!rows)
            return authFailureResponse(rows.error());
        for (int i = 0; i < rows->rows(); ++i, ++count)
            body += std::string(i ? "," : "") + "{\"id\":" + jsonString(rows->text(i, 0))
                + ",\"service_id\":" + jsonString(rows->text(i, 1)) + ",\"national_id\":"
                + jsonString(rows->text(i, 2)) + ",\"given_name\":" + jsonString(rows->text(i, 3))
                + ",\"family_name\":" + jsonString(rows->text(i, 4)) + ",\"birth_date\":"
                + textOrNull(*rows, i, 5) + ",\"gp_id\":" + textOrNull(*rows, i, 6) + ",\"status\":"
                + jsonString(rows->text(i, 7)) + ",\"version\":" + rows->text(i, 8) + "}";
    }
    body += "]}";
    if (auto ok = appendAudit(
            **db, { principal->id, "user", "patient.list", "", "count=" + std::to_string(count) });
        !ok)
        return authFailureResponse(ok.error());
    return jsonResponse(200, body);
}

} // namespace

void addUserRoutes(Router &router, ServerContext &context)
{
    router.add(
        "GET", "/v1/me", [&context](const Request &request) { return me(context, request); });
    router.add("GET", "/v1/patients",
        [&context](const Request &request) { return patients(context, request); });
}

} // namespace varde::server
