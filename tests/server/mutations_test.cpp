// POST /v1/mutations against the real server: exactly once, in order, gaps and reused client ids
// refused, plan conflicts that never block the queue, role and scope refusals without leaks,
// the feed showing applied changes to the service's other users, and concurrent pushes of one
// client applying each mutation once.
#include "server_fixture.h"

#include "core/server/secrets.h"

#include <Poco/JSON/Parser.h>

#include <future>
#include <set>

using namespace server_test;
using namespace varde;
using server::PgParam;

namespace
{

const std::string password = "mutasjon-passord";

Poco::JSON::Object::Ptr json(const std::string &text)
{
    INFO(text);
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string q(const std::string &s) { return "\"" + s + "\""; }

struct World {
    TestDatabase db;
    ServerProcess server { db };
    PgConnection conn = db.connect();
    std::string serviceA = newUuid();
    std::string serviceB = newUuid();
    std::string gp = newUuid();
    std::string patientA = newUuid();
    std::string patientB = newUuid();

    World()
    {
        for (const auto &s : { serviceA, serviceB })
            REQUIRE(conn.exec(
                "INSERT INTO follow_up_service(id, name) VALUES ($1, 'Oppfølging')", { s }));
        REQUIRE(conn.exec(
            "INSERT INTO general_practitioner(id, name) VALUES ($1, 'Fastlege')", { gp }));
        for (const auto &[p, s] : { std::pair { patientA, serviceA }, { patientB, serviceB } })
            REQUIRE(conn.exec("INSERT INTO patient(id, service_id, national_id, given_name, "
                              "family_name, gp_id) VALUES ($1, $2, $3, 'Hemmelig', 'Navn', $4)",
                { p, s, p.substr(0, 11), gp }));
    }

    std::string signIn(const std::string &login,
        const std::string &roles,
        const std::string &service,
        const std::string &gpId = {})
    {
        static const std::string hash = *server::hashPassword(password);
        const auto orNull
            = [](const std::string &s) { return s.empty() ? PgParam {} : PgParam { s }; };
        REQUIRE(conn.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                          "service_id, gp_id) VALUES ($1, $2, 'Navn', $3, $4::text[], $5, $6)",
            { newUuid(), login, hash, roles, orNull(service), orNull(gpId) }));
        const auto reply = server.request("POST", "/v1/auth/login",
            "{\"login\":" + q(login) + ",\"password\":" + q(password) + "}");
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        return json(reply.body)->getValue<std::string>("access_token");
    }

    Reply push(const std::string &token,
        const std::string &client,
        const std::vector<std::string> &mutations) const
    {
        std::string body = "{\"client_id\":" + q(client) + ",\"mutations\":[";
        for (std::size_t i = 0; i < mutations.size(); ++i)
            body += (i ? "," : "") + mutations[i];
        return server.request(
            "POST", "/v1/mutations", body + "]}", { { "Authorization", "Bearer " + token } });
    }

    std::int64_t count(const std::string &sql, const std::vector<PgParam> &params = {})
    {
        auto r = conn.exec(sql, params);
        INFO(sql);
        REQUIRE(r);
        return r->int64(0, 0);
    }
    std::string text(const std::string &sql, const std::vector<PgParam> &params = {})
    {
        auto r = conn.exec(sql, params);
        INFO(sql);
        REQUIRE(r);
        REQUIRE(r->rows() == 1);
        return r->text(0, 0);
    }
};

std::string mutation(std::int64_t id,
    const std::string &entity,
    const std::string &entityId,
    const std::string &op,
    const std::string &payload)
{
    return "{\"id\":" + std::to_string(id) + ",\"entity\":" + q(entity)
        + ",\"entity_id\":" + q(entityId) + ",\"op\":" + q(op) + ",\"payload\":" + payload + "}";
}

std::string ack(std::int64_t n,
    const std::string &id,
    const std::string &patient,
    const std::string &finding = "finding-1",
    const std::string &note = "ringt pasienten")
{
    return mutation(n, "acknowledgement", id, "create",
        "{\"id\":" + q(id) + ",\"finding_id\":" + q(finding) + ",\"patient_id\":" + q(patient)
            + ",\"acknowledged_by\":\"x\",\"acknowledged_at\":1700000000000,\"action\":"
              "\"called\",\"note\":"
            + q(note) + "}");
}

std::string plan(std::int64_t n,
    const std::string &op,
    const std::string &id,
    const std::string &patient,
    const std::string &status,
    const std::string &base,
    const std::string &method = {})
{
    return mutation(n, "plan_version", id, op,
        "{\"id\":" + q(id) + ",\"patient_id\":" + q(patient)
            + ",\"service_id\":\"\",\"status\":" + q(status) + ",\"base_version_id\":" + q(base)
            + ",\"rules\":[{\"kind\":\"band\"}],\"content\":{\"goals\":[]}"
            + (method.empty() ? ""
                              : ",\"approval\":{\"method\":" + q(method)
                        + ",\"by\":\"\",\"at\":1,\"reference\":\"\"}")
            + "}");
}

// The results of a 200 answer.
Poco::JSON::Array::Ptr results(const Reply &reply, std::int64_t expectLast)
{
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    const auto body = json(reply.body);
    CHECK(body->getValue<std::int64_t>("last_mutation_id") == expectLast);
    return body->getArray("results");
}

std::string status(const Poco::JSON::Array::Ptr &list, unsigned i)
{
    return list->getObject(i)->getValue<std::string>("status");
}

} // namespace

TEST_CASE("mutations apply exactly once, in order; a gap and a reused client id are refused",
    "[server][mutations]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto client = newUuid();
    const auto ack1 = newUuid();
    const auto event = newUuid();
    const auto message = newUuid();
    const std::vector<std::string> batch { ack(1, ack1, w.patientA),
        mutation(2, "audit_event", event, "append",
            "{\"id\":" + q(event)
                + ",\"occurred_at\":1700000000000,\"actor_user_id\":\"u\","
                  "\"actor_login\":\"kari\",\"actor_role\":\"nurse\",\"action\":\"patient.open\","
                  "\"patient_id\":"
                + q(w.patientA) + ",\"entity\":\"patient\",\"entity_id\":" + q(w.patientA)
                + ",\"workstation\":\"pc\",\"detail\":\"\"}"),
        mutation(3, "plo_message", message, "create",
            "{\"id\":" + q(message) + ",\"patient_id\":" + q(w.patientA)
                + ",\"type\":\"DIALOG_FORESPORSEL\",\"msg_id\":" + q(newUuid())
                + ",\"document\":\"<MsgHead/>\"}") };

    auto first = results(w.push(nurse, client, batch), 3);
    REQUIRE(first->size() == 3);
    for (unsigned i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(status(first, i) == "applied");
        CHECK(first->getObject(i)->getValue<std::int64_t>("id") == i + 1);
    }
    // Sent again (the answer was lost): the same answers, as duplicates, nothing stored twice.
    auto again = results(w.push(nurse, client, batch), 3);
    REQUIRE(again->size() == 3);
    for (unsigned i = 0; i < 3; ++i) {
        CHECK(status(again, i) == "duplicate");
        CHECK(again->getObject(i)->getValue<std::string>("original_status") == "applied");
    }
    CHECK(w.count("SELECT count(*) FROM acknowledgement") == 1);
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE source_event_id = $1", { event }) == 1);
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE action = 'workstation.patient.open' "
                  "AND patient_id = $1",
              { w.patientA })
        == 1);
    CHECK(w.text("SELECT state FROM plo_message WHERE id = $1", { message }) == "queued");
    CHECK(w.count("SELECT count(*) FROM change_log WHERE entity = 'acknowledgement'") == 1);

    // In order: an old one and two new ones in one push.
    const auto ack2 = newUuid();
    const auto ack3 = newUuid();
    auto next = results(w.push(nurse, client,
                            { batch[2], ack(4, ack2, w.patientA, "finding-2"),
                                ack(5, ack3, w.patientA, "finding-3") }),
        5);
    CHECK(status(next, 0) == "duplicate");
    CHECK(status(next, 1) == "applied");
    CHECK(status(next, 2) == "applied");
    CHECK(w.count("SELECT count(*) FROM acknowledgement") == 3);

    // A gap refuses the whole push, including the mutation before it.
    auto gap
        = w.push(nurse, client, { ack(6, newUuid(), w.patientA), ack(8, newUuid(), w.patientA) });
    CHECK(gap.status == 409);
    CHECK(json(gap.body)->getValue<std::string>("error") == "mutation_gap");
    CHECK(json(gap.body)->getValue<std::int64_t>("last_mutation_id") == 5);
    CHECK(w.count("SELECT count(*) FROM acknowledgement") == 3);
    CHECK(
        w.count("SELECT last_mutation_id FROM client_state WHERE client_id = $1", { client }) == 5);

    // A workstation restored from a snapshot reuses number 4 for other work: refused loudly.
    auto reused = w.push(nurse, client, { ack(4, newUuid(), w.patientA, "finding-9") });
    CHECK(reused.status == 409);
    INFO(reused.body);
    CHECK(json(reused.body)->getValue<std::string>("error") == "client_reused");
    CHECK(json(reused.body)->getValue<std::string>("message").find("new client id")
        != std::string::npos);
    CHECK(w.count("SELECT count(*) FROM acknowledgement") == 3);

    // A malformed payload is a completed, refused mutation: the queue goes on.
    auto bad = results(w.push(nurse, client,
                           { mutation(6, "acknowledgement", newUuid(), "create", "{}"),
                               mutation(7, "measurement_exclusion", newUuid(), "create", "{}"),
                               ack(8, newUuid(), w.patientA, "finding-8") }),
        8);
    CHECK(status(bad, 0) == "refused");
    CHECK(bad->getObject(0)->getValue<std::string>("reason") == "malformed");
    CHECK(status(bad, 1) == "refused");
    CHECK(status(bad, 2) == "applied");

    // Two nurses acknowledging the same finding: both kept.
    const auto other = w.signIn("ola", "{nurse}", w.serviceA);
    results(w.push(other, newUuid(), { ack(1, newUuid(), w.patientA, "finding-1") }), 1);
    CHECK(w.count("SELECT count(*) FROM acknowledgement WHERE finding_id = 'finding-1'") == 2);

    CHECK(w.server.request("POST", "/v1/mutations", "{}").status == 401);
    CHECK(w.push(nurse, "not-a-uuid", {}).status == 400);
}

TEST_CASE("a stale plan parent is a conflict with the current version, and the queue goes on; "
          "a nurse cannot approve",
    "[server][mutations]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto lege = w.signIn("lege", "{gp}", {}, w.gp);
    const auto laptop = newUuid();
    const auto desktop = newUuid();
    const auto gpClient = newUuid();
    const auto p1 = newUuid();

    // The nurse drafts and submits P1; the GP approves it.
    auto drafted = results(w.push(nurse, desktop,
                               { plan(1, "create", p1, w.patientA, "draft", ""),
                                   plan(2, "update", p1, w.patientA, "awaiting_approval", "") }),
        2);
    CHECK(status(drafted, 0) == "applied");
    CHECK(status(drafted, 1) == "applied");
    auto approved = results(
        w.push(lege, gpClient, { plan(1, "update", p1, w.patientA, "active", "", "in_app") }), 1);
    CHECK(status(approved, 0) == "applied");
    CHECK(w.text("SELECT status FROM plan_version WHERE id = $1", { p1 }) == "active");

    // The laptop, offline meanwhile, made P2 from nothing (no plan then), then acknowledged.
    const auto p2 = newUuid();
    const auto ackId = newUuid();
    auto stale = results(
        w.push(nurse, laptop,
            { plan(1, "create", p2, w.patientA, "draft", ""), ack(2, ackId, w.patientA) }),
        2);
    CHECK(status(stale, 0) == "conflict");
    CHECK(stale->getObject(0)->getValue<std::string>("reason") == "stale_base");
    const auto current = stale->getObject(0)->getObject("current");
    REQUIRE(current);
    CHECK(current->getValue<std::string>("id") == p1);
    CHECK(current->getValue<std::string>("status") == "active");
    CHECK(status(stale, 1) == "applied");
    CHECK(w.count("SELECT count(*) FROM plan_version WHERE id = $1", { p2 }) == 0);
    CHECK(w.count("SELECT count(*) FROM acknowledgement WHERE id = $1", { ackId }) == 1);

    // A nurse drafts P3 from P1 and tries to approve it herself: refused, nothing changed (her
    // workstation also sends P1's supersession first, which changes nothing on the server).
    const auto p3 = newUuid();
    auto own = results(w.push(nurse, laptop,
                           { plan(3, "create", p3, w.patientA, "draft", p1),
                               plan(4, "update", p1, w.patientA, "superseded", ""),
                               plan(5, "update", p3, w.patientA, "active", p1, "in_app"),
                               mutation(6, "plan_version", p3, "update",
                                   "{\"id\":" + q(p3) + ",\"patient_id\":" + q(w.patientA)
                                       + ",\"service_id\":\"\",\"status\":\"rejected\","
                                         "\"base_version_id\":"
                                       + q(p1) + "}") }),
        6);
    CHECK(status(own, 0) == "applied");
    CHECK(status(own, 1) == "applied");
    CHECK(status(own, 2) == "refused");
    CHECK(own->getObject(2)->getValue<std::string>("reason") == "role");
    CHECK(status(own, 3) == "refused");
    CHECK(w.text("SELECT status FROM plan_version WHERE id = $1", { p1 }) == "active");
    CHECK(w.text("SELECT status FROM plan_version WHERE id = $1", { p3 }) == "draft");

    // The GP approves P3: P1 is superseded by the server.
    auto gpApproves = results(
        w.push(lege, gpClient, { plan(2, "update", p3, w.patientA, "active", p1, "in_app") }), 2);
    CHECK(status(gpApproves, 0) == "applied");
    CHECK(w.text("SELECT status FROM plan_version WHERE id = $1", { p1 }) == "superseded");
    CHECK(w.text("SELECT status FROM plan_version WHERE id = $1", { p3 }) == "active");
    CHECK(w.text("SELECT approval->>'approved_by_user_id' FROM plan_version WHERE id = $1", { p3 })
        != "");

    // Patient status with a version check.
    auto enrol = results(
        w.push(nurse, laptop,
            { mutation(7, "patient", w.patientA, "update",
                  "{\"id\":" + q(w.patientA) + ",\"status\":\"ended\",\"version\":1}"),
                mutation(8, "patient", w.patientA, "update",
                    "{\"id\":" + q(w.patientA) + ",\"status\":\"active\",\"version\":1}") }),
        8);
    CHECK(status(enrol, 0) == "applied");
    CHECK(status(enrol, 1) == "conflict");
    CHECK(w.text("SELECT status FROM patient WHERE id = $1", { w.patientA }) == "ended");
}

TEST_CASE("another service's nurse cannot change our patients through mutations, and learns "
          "nothing",
    "[server][mutations]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto foreign = w.signIn("berit", "{nurse}", w.serviceB);
    const auto p1 = newUuid();
    results(w.push(nurse, newUuid(), { plan(1, "create", p1, w.patientA, "draft", "") }), 1);

    const auto client = newUuid();
    auto answer = w.push(foreign, client,
        { ack(1, newUuid(), w.patientA), ack(2, newUuid(), newUuid()),
            plan(3, "update", p1, w.patientB, "awaiting_approval", ""),
            plan(4, "update", p1, w.patientA, "awaiting_approval", ""),
            mutation(5, "patient", w.patientA, "update",
                "{\"id\":" + q(w.patientA) + ",\"status\":\"ended\"}") });
    auto list = results(answer, 5);
    for (unsigned i = 0; i < 5; ++i) {
        INFO(i);
        CHECK(status(list, i) == "refused");
        CHECK(list->getObject(i)->getValue<std::string>("reason") == "not_allowed");
    }
    // Our patient and a patient that does not exist get the same answer.
    CHECK(list->getObject(0)->getValue<std::string>("message")
        == list->getObject(1)->getValue<std::string>("message"));
    CHECK(answer.body.find("Hemmelig") == std::string::npos);
    CHECK(answer.body.find(w.patientA.substr(0, 11) + "\"") == std::string::npos);
    CHECK(answer.body.find("current") == std::string::npos);
    CHECK(w.count("SELECT count(*) FROM acknowledgement") == 0);
    CHECK(w.text("SELECT status FROM plan_version WHERE id = $1", { p1 }) == "draft");
    CHECK(w.text("SELECT status FROM patient WHERE id = $1", { w.patientA }) == "active");
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE action = 'mutation.refused'") == 5);

    // Nor can they use our client id.
    CHECK(w.push(foreign, client, {}).status == 200);
    const auto ours = newUuid();
    results(w.push(nurse, ours, { ack(1, newUuid(), w.patientA) }), 1);
    CHECK(w.push(foreign, ours, { ack(1, newUuid(), w.patientA) }).status == 403);
}

TEST_CASE(
    "applied mutations reach the service's other users through the feed", "[server][mutations]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto colleague = w.signIn("ola", "{nurse}", w.serviceA);
    const auto foreign = w.signIn("berit", "{nurse}", w.serviceB);
    const auto ackId = newUuid();
    const auto p1 = newUuid();
    results(w.push(nurse, newUuid(),
                { ack(1, ackId, w.patientA), plan(2, "create", p1, w.patientA, "draft", "") }),
        2);

    const auto feed = [&](const std::string &token) {
        auto reply = w.server.request(
            "GET", "/v1/feed?wait=0", {}, { { "Authorization", "Bearer " + token } });
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        std::map<std::string, Poco::JSON::Object::Ptr> seen;
        const auto changes = json(reply.body)->getArray("changes");
        for (unsigned i = 0; i < changes->size(); ++i)
            seen[changes->getObject(i)->getValue<std::string>("entity_id")] = changes->getObject(i);
        return seen;
    };
    auto seen = feed(colleague);
    REQUIRE(seen.count(ackId));
    CHECK(seen[ackId]->getValue<std::string>("entity") == "acknowledgement");
    CHECK(seen[ackId]->getObject("payload")->getValue<std::string>("finding_id") == "finding-1");
    REQUIRE(seen.count(p1));
    CHECK(seen[p1]->getObject("payload")->getValue<std::string>("status") == "draft");
    CHECK(seen[p1]->getObject("payload")->getValue<std::int64_t>("version") == 1);
    CHECK(feed(foreign).empty());
}

TEST_CASE("two concurrent pushes of one client apply each mutation once", "[server][mutations]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto client = newUuid();
    constexpr int total = 40;
    std::vector<std::string> all;
    for (int i = 1; i <= total; ++i)
        all.push_back(ack(i, newUuid(), w.patientA, "finding-" + std::to_string(i)));
    // Each thread pushes growing prefixes, as a retrying client would.
    const auto run = [&] {
        std::map<std::int64_t, int> applied;
        for (int end = 10; end <= total; end += 10) {
            std::vector<std::string> part(all.begin(), all.begin() + end);
            auto reply = w.push(nurse, client, part);
            if (reply.status != 200)
                continue; // a gap cannot happen here; anything else fails below
            const auto list = json(reply.body)->getArray("results");
            for (unsigned i = 0; i < list->size(); ++i)
                if (list->getObject(i)->getValue<std::string>("status") == "applied")
                    ++applied[list->getObject(i)->getValue<std::int64_t>("id")];
        }
        return applied;
    };
    auto a = std::async(std::launch::async, run);
    auto b = std::async(std::launch::async, run);
    auto fromA = a.get();
    auto fromB = b.get();
    for (int i = 1; i <= total; ++i) {
        INFO(i);
        CHECK(fromA[i] + fromB[i] == 1);
    }
    CHECK(w.count("SELECT count(*) FROM acknowledgement") == total);
    CHECK(w.count("SELECT count(*) FROM applied_mutation") == total);
    CHECK(w.count("SELECT last_mutation_id FROM client_state WHERE client_id = $1", { client })
        == total);
}
