#pragma once
// Users: password login, short-lived bearer tokens (JWT, HS256 pinned on verification, "none"
// refused), revocable refresh tokens, slower answers after repeated failures (state in the
// database), and the Principal of a request's "Authorization: Bearer" header.

#include "core/common/result.h"
#include "core/server/context.h"
#include "core/server/http.h"
#include "core/server/principal.h"

namespace varde::server
{

// The user behind a valid, unexpired bearer token. NotAllowed (answer 401) otherwise.
Result<Principal> authenticateUser(ServerContext &context, const Request &request);

// POST /v1/auth/login, /v1/auth/refresh, /v1/auth/logout.
void addAuthRoutes(Router &router, ServerContext &context);

} // namespace varde::server
