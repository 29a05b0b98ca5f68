// Password login, refresh-token rotation, logout, and the Principal of a bearer token.
#include "core/server/auth.h"

#include "core/common/json_text.h"
#include "core/server/audit.h"
#include "core/server/auth_session.h"
#include "core/server/auth_throttle.h"
#include "core/server/auth_token.h"
#include "core/server/auth_user.h"
#include "core/server/secrets.h"
#include "core/server/user_routes.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <chrono>
#include <iostream>
#include <optional>

namespace varde::server
{
namespace
{

constexpr std::size_t maxLoginLength = 256;
constexpr std::size_t maxPasswordLength = 1024;

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The body as a JSON object; nullopt when it is not one.
std::optional<Poco::JSON::Object::Ptr> jsonObject(const std::string &body)
{
    try {
        auto parsed = Poco::JSON::Parser().parse(body);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr))
            return parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception &) {
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

std::string stringField(const Poco::JSON::Object::Ptr &object, const std::string &key)
{
    if (!object->has(key))
        return {};
    const auto value = object->get(key);
    return value.isString() ? value.extract<std::string>() : std::string();
}

// What an unknown login is checked against, so that it costs what a wrong password costs.
const std::string &decoyHash()
{
    static const std::string hash = [] {
        auto made = hashPassword(newSecretToken());
        return made ? *made : std::string();
    }();
    return hash;
}

// The operator's log gets the kind of failure only: database messages may quote values.
Response unavailable(const Error &error)
{
    std::cerr << "varde-server: sign-in or scope check failed: " << errorCodeName(error.code)
              << "\n";
    return errorResponse(503, "unavailable", "try again later");
}

Response invalidCredentials()
{
    return errorResponse(401, "invalid_credentials", "wrong login or password");
}

Response invalidGrant()
{
    return errorResponse(401, "invalid_grant", "the refresh token is not valid");
}

Response tokenResponse(
    const ServerContext &context, const UserAccount &user, const IssuedRefresh &issued)
{
    AccessClaims claims;
    claims.userId = user.id;
    claims.sessionId = issued.sessionId;
    claims.roles = user.roles;
    claims.serviceId = user.serviceId;
    claims.gpId = user.gpId;
    claims.issuedAt = nowSeconds();
    const std::int64_t lifetime = std::int64_t(context.config.tokenMinutes) * 60;
    claims.expiresAt = claims.issuedAt + lifetime;
    auto response = jsonResponse(200,
        "{\"access_token\":" + jsonString(signAccessToken(claims, context.config.tokenSecret))
            + ",\"token_type\":\"Bearer\",\"expires_in\":" + std::to_string(lifetime)
            + ",\"refresh_token\":" + jsonString(issued.refreshToken) + ",\"refresh_expires_in\":"
            + std::to_string(std::int64_t(context.config.refreshDays) * 86400)
            + ",\"user\":" + userJson(user) + "}");
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

Response login(ServerContext &context, const Request &request)
{
    const auto body = jsonObject(request.body);
    const auto login = body ? stringField(*body, "login") : std::string();
    const auto password = body ? stringField(*body, "password") : std::string();
    if (login.empty() || password.empty() || login.size() > maxLoginLength
        || password.size() > maxPasswordLength)
        return errorResponse(400, "invalid_request", "login and password are required");
    const auto key = loginKey(login, context.config.tokenSecret);

    std::optional<UserAccount> user;
    {
        auto db = context.pool.acquire();
        if (!db)
            return unavailable(db.error());
        auto claim = claimLoginAttempt(**db, key);
        if (!claim)
            return unavailable(claim.error());
        auto found = findUserByLogin(**db, login);
        if (!found)
            return unavailable(found.error());
        user = std::move(*found);
        if (!claim->allowed) {
            if (auto ok = appendAudit(
                    **db, { user ? user->id : "", "user", "login.failure", "", "throttled" });
                !ok)
                return unavailable(ok.error());
            auto response = errorResponse(
                429, "too_many_attempts", "too many failed logins; try again later");
            response.headers.emplace_back("Retry-After", std::to_string(claim->retryAfterSeconds));
            return response;
        }
    } // the connection goes back to the pool while the password is hashed

    const bool passwordOk = verifyPassword(password, user ? user->passwordHash : decoyHash());
    const bool ok = user && passwordOk && !user->disabled;

    auto db = context.pool.acquire();
    if (!db)
        return unavailable(db.error());
    if (!ok) {
        const char *why = !user ? "unknown_login" : !passwordOk ? "wrong_password" : "disabled";
        if (auto logged
            = appendAudit(**db, { user ? user->id : "", "user", "login.failure", "", why });
            !logged)
            return unavailable(logged.error());
        return invalidCredentials();
    }
    if (auto cleared = clearLoginAttempts(**db, key); !cleared)
        return unavailable(cleared.error());
    auto tx = PgTransaction::begin(**db);
    if (!tx)
        return unavailable(tx.error());
    auto issued = startSession(**db, user->id, context.config.refreshDays);
    if (!issued)
        return unavailable(issued.error());
    if (auto logged = appendAudit(**db, { user->id, "user", "login.success", "", "" }); !logged)
        return unavailable(logged.error());
    if (auto committed = tx->commit(); !committed)
        return unavailable(committed.error());
    return tokenResponse(context, *user, *issued);
}

Response refresh(ServerContext &context, const Request &request)
{
    const auto body = jsonObject(request.body);
    const auto token = body ? stringField(*body, "refresh_token") : std::string();
    if (token.empty())
        return errorResponse(400, "invalid_request", "refresh_token is required");
    auto db = context.pool.acquire();
    if (!db)
        return unavailable(db.error());
    auto rotation = rotateRefreshToken(**db, token, context.config.refreshDays);
    if (!rotation)
        return unavailable(rotation.error());
    const auto &issued = rotation->issued;
    switch (rotation->outcome) {
    case RefreshOutcome::Rotated:
        break;
    case RefreshOutcome::Reused:
        if (auto logged
            = appendAudit(**db, { issued.userId, "user", "token.reuse", "", "session revoked" });
            !logged)
            return unavailable(logged.error());
        return invalidGrant();
    case RefreshOutcome::Disabled:
        // Only the holder of a valid refresh token learns this: their workstation closes its
        // cache until someone the server accepts signs in (a wrong password never tells it).
        return errorResponse(401, "user_disabled", "the user is disabled");
    case RefreshOutcome::Unknown:
    case RefreshOutcome::Expired:
    case RefreshOutcome::Revoked:
        return invalidGrant();
    }
    auto user = findUserById(**db, issued.userId);
    if (!user)
        return unavailable(user.error());
    if (!*user)
        return invalidGrant();
    return tokenResponse(context, **user, issued);
}

Response logout(ServerContext &context, const Request &request)
{
    auto db = context.pool.acquire();
    if (!db)
        return unavailable(db.error());
    std::string sessionId, userId;
    if (auto claims
        = verifyAccessToken(bearerToken(request), context.config.tokenSecret, nowSeconds())) {
        sessionId = claims->sessionId;
        userId = claims->userId;
    } else if (const auto body = jsonObject(request.body)) {
        const auto token = stringField(*body, "refresh_token");
        if (!token.empty()) {
            auto found = findRefreshToken(**db, token);
            if (!found)
                return unavailable(found.error());
            sessionId = found->sessionId;
            userId = found->userId;
        }
    }
    if (sessionId.empty())
        return authFailureResponse(
            Error { ErrorCode::NotAllowed, "a bearer token or refresh token is needed" });
    if (auto ok = revokeSession(**db, sessionId, "logout"); !ok)
        return unavailable(ok.error());
    if (auto ok = appendAudit(**db, { userId, "user", "logout", "", "" }); !ok)
        return unavailable(ok.error());
    Response response;
    response.status = 204;
    return response;
}

} // namespace

Result<Principal> authenticateUser(ServerContext &context, const Request &request)
{
    const auto token = bearerToken(request);
    if (token.empty())
        return fail(ErrorCode::NotAllowed, "a bearer token is needed");
    auto claims = verifyAccessToken(token, context.config.tokenSecret, nowSeconds());
    if (!claims)
        return fail(claims.error());
    auto db = context.pool.acquire();
    if (!db)
        return fail(db.error());
    auto found = (*db)->exec("SELECT array_to_string(u.roles, ','), "
                             "coalesce(u.service_id::text, ''), coalesce(u.gp_id::text, '') "
                             "FROM app_user u JOIN auth_session s ON s.user_id = u.id "
                             "WHERE u.id = $1 AND s.id = $2 AND NOT u.disabled "
                             "AND s.revoked_at IS NULL",
        { claims->userId, claims->sessionId });
    if (!found)
        return fail(found.error());
    if (found->rows() != 1)
        return fail(ErrorCode::NotAllowed, "the session ended or the user is disabled");
    Principal user;
    user.kind = Principal::Kind::User;
    user.id = claims->userId;
    user.roles = parseRoles(found->text(0, 0));
    user.serviceId = found->text(0, 1);
    user.gpId = found->text(0, 2);
    return user;
}

Response authFailureResponse(const Error &error)
{
    if (error.code != ErrorCode::NotAllowed)
        return unavailable(error);
    auto response = errorResponse(401, "unauthorized", "a valid bearer token is needed");
    response.headers.emplace_back("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return response;
}

void addAuthRoutes(Router &router, ServerContext &context)
{
    (void)decoyHash(); // made now, so that the first unknown login costs no more than others
    router.add("POST", "/v1/auth/login",
        [&context](const Request &request) { return login(context, request); });
    router.add("POST", "/v1/auth/refresh",
        [&context](const Request &request) { return refresh(context, request); });
    router.add("POST", "/v1/auth/logout",
        [&context](const Request &request) { return logout(context, request); });
    addUserRoutes(router, context);
}

} // namespace varde::server
