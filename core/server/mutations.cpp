// The exactly-once push: parse, lock the client's row, apply each mutation under a savepoint,
// store its answer and hash, advance last_mutation_id, commit once.
#include "core/server/mutations.h"

#include "core/common/uuid.h"
#include "core/server/audit.h"
#include "core/server/mutation_fields.h"
#include "core/server/secrets.h"

#include <Poco/JSON/Parser.h>

namespace varde::server
{
namespace
{

constexpr std::size_t maxBatch = 1000;
constexpr int maxAttempts = 3;

bool retryable(const PgConnection &db)
{
    return db.lastState() == "40001" || db.lastState() == "40P01";
}

std::string hashOf(const Mutation &m)
{
    return tokenHash(m.entity + '\n' + m.entityId + '\n' + m.op + '\n' + m.payloadText);
}

// {"id", "status", "entity", "entity_id", ["reason", "message"], ...fields}
std::string resultJson(const Mutation &m, const MutationOutcome &outcome)
{
    Poco::JSON::Object::Ptr result = outcome.fields;
    result->set("id", m.id);
    result->set("status", outcome.status);
    result->set("entity", m.entity);
    result->set("entity_id", m.entityId);
    if (!outcome.reason.empty())
        result->set("reason", outcome.reason);
    if (!outcome.message.empty())
        result->set("message", outcome.message);
    return mutation::json(result);
}

struct Attempt {
    PushAnswer answer;
    bool commit = false;
};

// Applies mutation `m` as the client's next one: its answer, or a database failure.
Result<std::string> applyNext(
    PgConnection &db, const Principal &who, const std::string &clientId, const Mutation &m)
{
    if (auto ok = db.exec("SAVEPOINT mutation"); !ok)
        return fail(ok.error());
    auto outcome = applyMutation(db, who, m);
    if (!outcome) {
        // A statement the database refused (bad uuid, a foreign key): this mutation is
        // refused, the push goes on. A lost connection or a retryable failure ends the push.
        if (outcome.error().code != ErrorCode::InvalidArgument || retryable(db))
            return fail(outcome.error());
        if (auto ok = db.exec("ROLLBACK TO SAVEPOINT mutation"); !ok)
            return fail(ok.error());
        outcome = refused("invalid", "the database refused it (SQLSTATE " + db.lastState() + ")");
    }
    // A refused mutation changes nothing, whatever its handler wrote before it refused.
    if (outcome->status == "refused")
        if (auto ok = db.exec("ROLLBACK TO SAVEPOINT mutation"); !ok)
            return fail(ok.error());
    if (auto ok = db.exec("RELEASE SAVEPOINT mutation"); !ok)
        return fail(ok.error());
    const auto answer = resultJson(m, *outcome);
    if (!(m.entity == "audit_event" && outcome->status == "applied"))
        if (auto ok = appendAudit(db,
                { who.id, "user",
                    outcome->status == "refused" ? "mutation.refused"
                                                 : "mutation." + m.entity + "." + m.op,
                    mutationPatientId(m),
                    "client=" + clientId + " mutation=" + std::to_string(m.id)
                        + " status=" + outcome->status
                        + (outcome->reason.empty() ? "" : " reason=" + outcome->reason) });
            !ok)
            return fail(ok.error());
    if (auto ok = db.exec("INSERT INTO applied_mutation(client_id, mutation_id, user_id, entity, "
                          "entity_id, op, payload_hash, status, result) VALUES ($1, $2, $3, $4, "
                          "$5, $6, $7, $8, $9)",
            { clientId, std::to_string(m.id), who.id, m.entity, m.entityId, m.op, hashOf(m),
                outcome->status, answer });
        !ok)
        return fail(ok.error());
    return answer;
}

Result<Attempt> attempt(PgConnection &db, const Principal &who, const PushRequest &push)
{
    Attempt out;
    const auto orNull = [](const std::string &s) { return isUuid(s) ? PgParam { s } : PgParam {}; };
    if (auto ok = db.exec("INSERT INTO client_state(client_id, service_id, user_id) VALUES ($1, "
                          "$2, $3) ON CONFLICT (client_id) DO NOTHING",
            { push.clientId, orNull(who.serviceId), who.id });
        !ok)
        return fail(ok.error());
    // The lock that serializes pushes of one client (READ COMMITTED: read after the wait).
    auto state = db.exec("SELECT last_mutation_id, coalesce(service_id::text, ''), user_id FROM "
                         "client_state WHERE client_id = $1 FOR UPDATE",
        { push.clientId });
    if (!state)
        return fail(state.error());
    std::int64_t last = state->int64(0, 0);
    out.answer.lastMutationId = last;
    const auto boundService = state->text(0, 1);
    if (boundService.empty() ? state->text(0, 2) != who.id : boundService != who.serviceId) {
        out.answer.kind = PushAnswer::Kind::ClientForeign;
        return out;
    }
    std::string results = "[";
    for (const auto &m : push.mutations) {
        std::string answer;
        if (m.id <= last) {
            auto stored = db.exec("SELECT payload_hash, result FROM applied_mutation WHERE "
                                  "client_id = $1 AND mutation_id = $2",
                { push.clientId, std::to_string(m.id) });
            if (!stored)
                return fail(stored.error());
            if (stored->rows() == 0 || stored->text(0, 0) != hashOf(m)) {
                out.answer.kind = PushAnswer::Kind::ClientReused;
                out.answer.mutationId = m.id;
                return out;
            }
            auto original = mutation::parseObject(stored->text(0, 1));
            original->set("original_status", original->getValue<std::string>("status"));
            original->set("status", "duplicate");
            answer = mutation::json(original);
        } else if (m.id == last + 1) {
            auto applied = applyNext(db, who, push.clientId, m);
            if (!applied)
                return fail(applied.error());
            answer = std::move(*applied);
            last = m.id;
        } else {
            out.answer.kind = PushAnswer::Kind::Gap;
            out.answer.mutationId = m.id;
            return out;
        }
        results += (results.size() > 1 ? "," : "") + answer;
    }
    if (auto ok = db.exec("UPDATE client_state SET last_mutation_id = $2, user_id = $3, "
                          "updated_at = now() WHERE client_id = $1",
            { push.clientId, std::to_string(last), who.id });
        !ok)
        return fail(ok.error());
    out.answer.lastMutationId = last;
    out.answer.resultsJson = results + "]";
    out.commit = true;
    return out;
}

} // namespace

Result<PushRequest> parsePushRequest(const std::string &body)
{
    Poco::JSON::Object::Ptr root;
    try {
        root = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception &) {
        return fail(ErrorCode::InvalidArgument, "the body is no JSON object");
    }
    PushRequest push;
    const auto client = mutation::text(root, "client_id");
    if (!client || !isUuid(*client))
        return fail(ErrorCode::InvalidArgument, "client_id: a UUID");
    push.clientId = *client;
    const auto list = root->getArray("mutations");
    if (!list)
        return fail(ErrorCode::InvalidArgument, "mutations: an array");
    if (list->size() > maxBatch)
        return fail(ErrorCode::InvalidArgument,
            "mutations: at most " + std::to_string(maxBatch) + " in one push");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto where = "mutations[" + std::to_string(i) + "]";
        const auto item = list->getObject(unsigned(i));
        if (!item)
            return fail(ErrorCode::InvalidArgument, where + ": an object");
        Mutation m;
        const auto id = mutation::integer(item, "id", -1);
        const auto entity = mutation::text(item, "entity");
        const auto entityId = mutation::text(item, "entity_id");
        const auto op = mutation::text(item, "op");
        m.payload = item->getObject("payload");
        if (item->has("row") && !item->isNull("row")) {
            m.row = item->getObject("row");
            if (!m.row)
                return fail(ErrorCode::InvalidArgument, where + ": row, when sent, is an object");
        }
        if (!id || *id < 1 || !entity || entity->empty() || !entityId || entityId->empty() || !op
            || op->empty() || !m.payload)
            return fail(ErrorCode::InvalidArgument,
                where + ": id (from 1), entity, entity_id, op and a payload object");
        m.id = *id;
        m.entity = *entity;
        m.entityId = *entityId;
        m.op = *op;
        // Keys sorted: the same text on every retry. The row stays out of it (mutation_handlers.h).
        m.payloadText = mutation::json(m.payload);
        push.mutations.push_back(std::move(m));
    }
    return push;
}

Result<PushAnswer> pushMutations(PgConnection &db, const Principal &who, const PushRequest &push)
{
    for (int attemptNo = 1;; ++attemptNo) {
        auto tx = PgTransaction::begin(db);
        if (!tx)
            return fail(tx.error());
        auto done = attempt(db, who, push);
        if (!done) {
            if (retryable(db) && attemptNo < maxAttempts)
                continue;
            return fail(done.error());
        }
        if (!done->commit)
            return done->answer; // rolled back: nothing of this push was applied
        if (auto ok = tx->commit(); !ok) {
            if (retryable(db) && attemptNo < maxAttempts)
                continue;
            return fail(ok.error());
        }
        return done->answer;
    }
}

} // namespace varde::server
