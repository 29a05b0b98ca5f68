#pragma once
// Users: password login, short-lived bearer tokens (JWT, HS256 pinned on verification, "none"
// refused), revocable refresh tokens, slower answers after repeated failures (state in the
// database), and the Principal of a request's "Authorization: Bearer" header.
//
//   POST /v1/auth/login   {"login", "password"}
//        200 {"access_token", "token_type": "Bearer", "expires_in" (s), "refresh_token",
//             "refresh_expires_in" (s), "user": {"id", "display_name", "roles", "service_id",
//             "gp_id"}}
//        401 invalid_credentials (a wrong password and an unknown login alike)
//        429 too_many_attempts with Retry-After (auth_throttle.h)
//   POST /v1/auth/refresh {"refresh_token"}: the same 200 with a new refresh token (the old one
//        is used up; using it again revokes the session), 401 invalid_grant otherwise
//   POST /v1/auth/logout  bearer token, or {"refresh_token"}: 204, the session is revoked
//   GET  /v1/me, GET /v1/patients: see user_routes.h
// Every login, failed login, reuse of a refresh token and logout is audited (ids only).

#include "core/common/result.h"
#include "core/server/context.h"
#include "core/server/http.h"
#include "core/server/principal.h"

namespace varde::server
{

// The user behind a valid, unexpired bearer token of a session that is not revoked, with the
// user's roles, service and GP as they are now in the database (a disabled user has none).
// NotAllowed (answer 401) otherwise; Io or InvalidArgument when the database fails (503).
Result<Principal> authenticateUser(ServerContext &context, const Request &request);

// 401 with WWW-Authenticate for NotAllowed, 503 for a database failure.
Response authFailureResponse(const Error &error);

// POST /v1/auth/login, /v1/auth/refresh, /v1/auth/logout, and user_routes.h's.
void addAuthRoutes(Router &router, ServerContext &context);

} // namespace varde::server
