#include "core/sync/outbox_push.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/sync/entity_rows.h"
#include "core/sync/plan_in_force.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace varde::sync
{

Result<std::vector<PendingMutation>> pendingMutations(store::Connection &db, int limit)
{
    auto select = store::Statement::prepare(db,
        "SELECT mutation_id, entity, entity_id, op, payload FROM outbox ORDER BY mutation_id "
        "LIMIT ?");
    if (!select)
        return fail(select.error());
    select->bind(1, limit);
    return store::collectRows<PendingMutation>(*select, [](const store::Statement &s) {
        return PendingMutation { s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4) };
    });
}

Result<std::string> pushBody(
    store::Connection &db, const std::string &clientId, const std::vector<PendingMutation> &batch)
{
    std::string out = "{\"client_id\":" + jsonString(clientId) + ",\"mutations\":[";
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const auto &m = batch[i];
        if (i > 0)
            out += ',';
        out += "{\"id\":" + std::to_string(m.id) + ",\"entity\":" + jsonString(m.entity)
            + ",\"entity_id\":" + jsonString(m.entityId) + ",\"op\":" + jsonString(m.op)
            + ",\"payload\":" + m.payload;
        auto row = readRowJson(db, m.entity, m.entityId);
        if (!row)
            return fail(row.error());
        if (*row)
            out += ",\"row\":" + **row;
        out += '}';
    }
    return out + "]}";
}

namespace
{

Result<> recordOutcome(store::Connection &db,
    const std::string &clientId,
    const PendingMutation &m,
    const Poco::JSON::Object::Ptr &result,
    const std::string &status,
    std::int64_t now)
{
    auto insert = store::Statement::prepare(db,
        "INSERT OR IGNORE INTO sync_outcome(mutation_id, client_id, entity, entity_id, op, status, "
        "reason, message, answer, payload, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    std::ostringstream answer;
    result->stringify(answer);
    insert->bind(1, m.id)
        .bind(2, clientId)
        .bind(3, m.entity)
        .bind(4, m.entityId)
        .bind(5, m.op)
        .bind(6, status)
        .bind(7, result->optValue<std::string>("reason", ""))
        .bind(8, result->optValue<std::string>("message", ""))
        .bind(9, answer.str())
        .bind(10, m.payload)
        .bind(11, now);
    return insert->run();
}

} // namespace

Result<PushResult> recordPushAnswer(store::Connection &db,
    const std::string &clientId,
    const std::vector<PendingMutation> &batch,
    const std::string &answerBody,
    std::int64_t nowMillis)
{
    PushResult out;
    Poco::JSON::Array::Ptr results;
    try {
        Poco::JSON::Parser parser;
        const auto root = parser.parse(answerBody).extract<Poco::JSON::Object::Ptr>();
        out.lastMutationId = root->getValue<std::int64_t>("last_mutation_id");
        results = root->getArray("results");
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "push answer: " + e.displayText());
    }
    if (!results)
        return fail(ErrorCode::InvalidArgument, "push answer: no results");

    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    for (std::size_t i = 0; i < results->size(); ++i) {
        const auto result = results->getObject(unsigned(i));
        if (!result)
            continue;
        const auto id = result->optValue<std::int64_t>("id", -1);
        auto status = result->optValue<std::string>("status", "");
        if (status == "duplicate") {
            ++out.duplicates;
            status = result->optValue<std::string>("original_status", "applied");
        }
        const PendingMutation *sent = nullptr;
        for (const auto &m : batch)
            if (m.id == id)
                sent = &m;
        if (!sent)
            continue;
        if (status == "conflict" || status == "refused") {
            ++(status == "conflict" ? out.conflicts : out.refused);
            if (auto ok = recordOutcome(db, clientId, *sent, result, status, nowMillis); !ok)
                return fail(ok.error());
            if (sent->entity == "plan_version" && result->has("current_row")) {
                const auto current = result->getObject("current_row");
                auto taken = current ? takeServerPlanInForce(db, *current, nowMillis)
                                     : Result<std::optional<std::string>> {};
                if (!taken)
                    return fail(taken.error());
                if (*taken)
                    out.touchedPatients.insert(**taken);
            }
        } else {
            ++out.applied;
        }
    }
    auto confirm = store::Statement::prepare(db, "DELETE FROM outbox WHERE mutation_id <= ?");
    if (!confirm)
        return fail(confirm.error());
    confirm->bind(1, out.lastMutationId);
    if (auto ok = confirm->run(); !ok)
        return fail(ok.error());
    auto state = store::Statement::prepare(db,
        "UPDATE sync_state SET confirmed_mutation_id = max(confirmed_mutation_id, ?), "
        "last_push_at = ?, last_contact_at = ? WHERE id = 1");
    if (!state)
        return fail(state.error());
    state->bind(1, out.lastMutationId).bind(2, nowMillis).bind(3, nowMillis);
    if (auto ok = state->run(); !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return out;
}

Result<std::string> registerNewClient(store::Connection &db)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    const auto clientId = newUuid();
    // Through negative numbers: SQLite checks the key row by row.
    if (auto ok = db.exec("UPDATE outbox SET mutation_id = -mutation_id"); !ok)
        return fail(ok.error());
    auto ids
        = store::Statement::prepare(db, "SELECT mutation_id FROM outbox ORDER BY mutation_id DESC");
    if (!ids)
        return fail(ids.error());
    auto old = store::collectRows<std::int64_t>(
        *ids, [](const store::Statement &s) { return s.int64(0); });
    if (!old)
        return fail(old.error());
    auto renumber
        = store::Statement::prepare(db, "UPDATE outbox SET mutation_id = ? WHERE mutation_id = ?");
    if (!renumber)
        return fail(renumber.error());
    std::int64_t next = 1;
    for (const auto id : *old) // -1, -2, ...: the oldest first
        if (auto ok = renumber->bind(1, next++).bind(2, id).run(); !ok)
            return fail(ok.error());
    auto state = store::Statement::prepare(db,
        "UPDATE sync_state SET client_id = ?, confirmed_mutation_id = 0, "
        "last_mutation_id = (SELECT count(*) FROM outbox) WHERE id = 1");
    if (!state)
        return fail(state.error());
    state->bind(1, clientId);
    if (auto ok = state->run(); !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return clientId;
}

Result<std::vector<Outcome>> openOutcomes(store::Connection &db)
{
    auto select = store::Statement::prepare(db,
        "SELECT client_id, mutation_id, entity, entity_id, status, reason, message, answer, "
        "payload, recorded_at FROM sync_outcome WHERE resolved_at IS NULL "
        "ORDER BY recorded_at DESC, mutation_id DESC");
    if (!select)
        return fail(select.error());
    return store::collectRows<Outcome>(*select, [](const store::Statement &s) {
        return Outcome { s.text(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5),
            s.text(6), s.text(7), s.text(8), s.int64(9) };
    });
}

Result<> resolveOutcome(store::Connection &db,
    const std::string &clientId,
    std::int64_t mutationId,
    const std::string &userId,
    std::int64_t nowMillis)
{
    auto update = store::Statement::prepare(db,
        "UPDATE sync_outcome SET resolved_at = ?, resolved_by = ? WHERE client_id = ? AND "
        "mutation_id = ? AND resolved_at IS NULL");
    if (!update)
        return fail(update.error());
    update->bind(1, nowMillis).bind(2, userId).bind(3, clientId).bind(4, mutationId);
    return update->run();
}

} // namespace varde::sync
