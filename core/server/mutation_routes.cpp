// POST /v1/mutations: authenticate, parse, push, answer.
#include "core/server/mutation_routes.h"

#include "core/common/json_text.h"
#include "core/server/auth.h"
#include "core/server/mutations.h"

#include <iostream>

namespace varde::server
{
namespace
{

Response withLast(
    int status, const std::string &code, const std::string &message, const PushAnswer &answer)
{
    return jsonResponse(status,
        "{\"error\":" + jsonString(code) + ",\"message\":" + jsonString(message)
            + ",\"last_mutation_id\":" + std::to_string(answer.lastMutationId)
            + ",\"mutation_id\":" + std::to_string(answer.mutationId) + "}");
}

Response push(ServerContext &context, const Request &request)
{
    auto principal = authenticateUser(context, request);
    if (!principal)
        return authFailureResponse(principal.error());
    auto parsed = parsePushRequest(request.body);
    if (!parsed)
        return errorResponse(400, "bad_request", parsed.error().detail);
    auto lease = context.pool.acquire();
    if (!lease)
        return errorResponse(503, "unavailable", "the server is busy; nothing applied, send again");
    auto answer = pushMutations(**lease, *principal, *parsed);
    if (!answer) {
        // Operator log: the code and SQLSTATE only, never payloads.
        std::cerr << "varde-server: mutations: " << errorCodeName(answer.error().code)
                  << ((*lease)->lastState().empty() ? "" : " SQLSTATE " + (*lease)->lastState())
                  << "\n";
        return errorResponse(503, "unavailable", "nothing was applied; send again");
    }
    switch (answer->kind) {
    case PushAnswer::Kind::Gap:
        return withLast(409, "mutation_gap",
            "mutations are missing before this one; send again from last_mutation_id + 1", *answer);
    case PushAnswer::Kind::ClientReused:
        return withLast(409, "client_reused",
            "this client id already applied this mutation number with other content (a "
            "restored workstation?); nothing was applied: register a new client id",
            *answer);
    case PushAnswer::Kind::ClientForeign:
        return errorResponse(403, "client_foreign", "this client id belongs to another service");
    case PushAnswer::Kind::Done:
        break;
    }
    return jsonResponse(200,
        "{\"last_mutation_id\":" + std::to_string(answer->lastMutationId)
            + ",\"results\":" + answer->resultsJson + "}");
}

} // namespace

void addMutationRoutes(Router &router, ServerContext &context)
{
    router.add("POST", "/v1/mutations",
        [&context](const Request &request) { return push(context, request); });
}

} // namespace varde::server
