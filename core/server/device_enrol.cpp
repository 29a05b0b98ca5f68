// POST /v1/devices/enrol: throttle, find the code under a row lock, check it, make the
// credential, mark the code used, feed its row, audit, commit.
#include "core/server/device_enrol.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/server/audit.h"
#include "core/server/auth_throttle.h"
#include "core/server/change_log.h"
#include "core/server/entity_rows.h"
#include "core/server/link_codes.h"
#include "core/server/secrets.h"

#include <Poco/JSON/Parser.h>

#include <iostream>

namespace varde::server
{
namespace
{

constexpr std::size_t maxLabel = 100;

Response unavailable(PgConnection &db)
{
    // Operator log: the SQLSTATE only, never the code.
    std::cerr << "varde-server: devices/enrol: database failure"
              << (db.lastState().empty() ? "" : " SQLSTATE " + db.lastState()) << "\n";
    return errorResponse(503, "unavailable", "try again later");
}

struct Body {
    std::string code;
    std::string label;
};

std::optional<Body> parse(const std::string &text)
{
    try {
        const auto root = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
        Body body;
        body.code = root->optValue<std::string>("code", "");
        body.label = root->optValue<std::string>("label", "");
        if (body.code.empty() || body.code.size() > 64 || body.label.size() > maxLabel)
            return std::nullopt;
        return body;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

// The address's attempts, keyed apart from login names (auth_throttle.h).
std::string throttleKey(const ServerContext &context, const Request &request)
{
    return loginKey(std::string("\x01") + "device enrol from " + request.remoteAddress,
        context.config.tokenSecret);
}

// Audited (ids only) in the transaction that only read the code so far.
Response refusal(PgConnection &db,
    PgTransaction &tx,
    int status,
    const std::string &code,
    const std::string &message,
    const std::string &patientId,
    const std::string &detail)
{
    if (!appendAudit(db, { "", "device", "device.enrol.refused", patientId, detail })
        || !tx.commit())
        return unavailable(db);
    return errorResponse(status, code, message);
}

Response enrol(ServerContext &context, const Request &request)
{
    const auto body = parse(request.body);
    if (!body)
        return errorResponse(400, "bad_request", "{\"code\": \"...\"} (label: at most 100)");
    auto lease = context.pool.acquire();
    if (!lease)
        return errorResponse(503, "unavailable", "the server is busy; try again");
    auto &db = **lease;
    const auto key = throttleKey(context, request);
    auto claim = claimLoginAttempt(db, key); // its own statement: counted even when refused
    if (!claim)
        return unavailable(db);
    if (!claim->allowed) {
        auto response
            = errorResponse(429, "too_many_attempts", "too many attempts; try again later");
        response.headers.emplace_back("Retry-After", std::to_string(claim->retryAfterSeconds));
        return response;
    }

    auto tx = PgTransaction::begin(db);
    if (!tx)
        return unavailable(db);
    auto found = db.exec("SELECT l.id, l.patient_id, l.service_id, l.used_at IS NOT NULL, "
                         "l.expires_at <= now() OR p.deleted OR p.status = 'ended' "
                         "FROM link_code l JOIN patient p ON p.id = l.patient_id "
                         "WHERE l.code_hash = $1 FOR UPDATE OF l",
        { linkCodeHash(body->code) });
    if (!found)
        return unavailable(db);
    if (found->rows() != 1)
        return refusal(db, *tx, 400, "invalid_code", "no such link code; check it and try again",
            "", "unknown code");
    const auto codeId = found->text(0, 0);
    const auto patientId = found->text(0, 1);
    const auto serviceId = found->text(0, 2);
    if (found->text(0, 3) == "t")
        return refusal(db, *tx, 410, "code_used",
            "this link code was used already; ask the nurse for a new one", patientId,
            "link_code=" + codeId + " used");
    if (found->text(0, 4) == "t")
        return refusal(db, *tx, 410, "code_expired",
            "this link code has expired; ask the nurse for a new one", patientId,
            "link_code=" + codeId + " expired");

    const auto token = newSecretToken();
    const auto credentialId = newUuid();
    if (!db.exec("INSERT INTO device_credential(id, patient_id, token_hash, label) VALUES ($1, "
                 "$2, $3, $4)",
            { credentialId, patientId, tokenHash(token), body->label }))
        return unavailable(db);
    auto used = db.exec("UPDATE link_code SET used_at = now(), device_credential_id = $2 WHERE id "
                        "= $1 RETURNING (extract(epoch FROM used_at) * 1000)::bigint, "
                        "(extract(epoch FROM expires_at) * 1000)::bigint",
        { codeId, credentialId });
    if (!used)
        return unavailable(db);
    Poco::JSON::Object::Ptr owned = new Poco::JSON::Object;
    owned->set("used_at", used->int64(0, 0));
    owned->set("expires_at", used->int64(0, 1));
    // Without a complete row (a workstation that sent none) there is nothing to feed that a
    // client could apply; the next push of its row brings used_at back.
    if (!writeAndFeed(
            db, { serviceId, "link_code", codeId, patientId, "", nullptr, owned }, "update", ""))
        return unavailable(db);
    if (!appendAudit(
            db, { credentialId, "device", "device.enrolled", patientId, "link_code=" + codeId }))
        return unavailable(db);
    if (!tx->commit())
        return unavailable(db);
    (void)clearLoginAttempts(db, key);
    auto response = jsonResponse(201,
        "{\"device_token\":" + jsonString(token) + ",\"patient\":{\"id\":" + jsonString(patientId)
            + "}}");
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace

void addDeviceEnrolRoutes(Router &router, ServerContext &context)
{
    router.add("POST", "/v1/devices/enrol",
        [&context](const Request &request) { return enrol(context, request); });
}

} // namespace varde::server
