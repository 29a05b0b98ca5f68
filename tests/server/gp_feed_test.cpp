// A GP's change feed on the real server and PostgreSQL: their own listed patients' rows, in
// every service that follows them, and nothing else; long-polls woken for them; a patient who
// moves to another GP.
#include "server_fixture.h"

#include "core/domain/national_id.h"
#include "core/server/change_log.h"
#include "core/server/secrets.h"
#include "core/time/civil_time.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <chrono>
#include <future>
#include <iostream>
#include <set>
#include <thread>

using namespace server_test;
using namespace varde;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using Poco::JSON::Object;

namespace
{

Object::Ptr parse(const std::string &body)
{
    INFO(body);
    auto value = Poco::JSON::Parser().parse(body);
    REQUIRE(value.type() == typeid(Object::Ptr));
    return value.extract<Object::Ptr>();
}

struct Patient {
    std::string id = newUuid();
    std::string nationalId;
    std::string token = server::newSecretToken();
};

// Two services; two GPs. GP 1 has a patient in each service (a, b), GP 2 one in service A (c);
// service B also follows a patient without a GP (d).
struct GpWorld {
    TestDatabase db;
    ServerProcess server { db, { { "long-poll-seconds", "10" } } };
    std::string serviceA = newUuid(), serviceB = newUuid(), gp1 = newUuid(), gp2 = newUuid();
    Patient a, b, c, d;

    GpWorld()
    {
        auto conn = db.connect();
        exec(conn, "INSERT INTO follow_up_service(id, name) VALUES ($1, 'A'), ($2, 'B')",
            { serviceA, serviceB });
        exec(conn, "INSERT INTO general_practitioner(id, name) VALUES ($1, 'L1'), ($2, 'L2')",
            { gp1, gp2 });
        int individual = 100;
        for (auto [p, service, gp] : { std::tuple { &a, serviceA, gp1 }, { &b, serviceB, gp1 },
                 { &c, serviceA, gp2 }, { &d, serviceB, std::string() } }) {
            using namespace std::chrono;
            auto fnr = domain::makeSyntheticFodselsnummer(
                1950y / March / 5d, domain::Sex::Female, individual++);
            REQUIRE(fnr);
            p->nationalId = *fnr;
            exec(conn,
                "INSERT INTO patient(id, service_id, national_id, given_name, family_name, "
                "gp_id) VALUES ($1, $2, $3, 'Test', 'Pasient', $4)",
                { p->id, service, p->nationalId,
                    gp.empty() ? server::PgParam {} : server::PgParam { gp } });
            exec(conn,
                "INSERT INTO device_credential(id, patient_id, token_hash) VALUES ($1, $2, $3)",
                { newUuid(), p->id, server::tokenHash(p->token) });
        }
    }

    static void exec(
        server::PgConnection &conn, const std::string &sql, std::vector<server::PgParam> params)
    {
        auto ok = conn.exec(sql, params);
        INFO((ok ? "" : ok.error().detail));
        REQUIRE(ok);
    }

    // An SpO2 value from the patient's device: the stored Observation's id.
    std::string observe(const Patient &p, int value = 95) const
    {
        const auto body = std::string(R"({"resourceType":"Observation","status":"final",)")
            + R"("code":{"coding":[{"system":"http://loinc.org","code":"2708-6"}]},)"
            + R"("subject":{"identifier":{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":")"
            + p.nationalId + R"("}},"effectiveDateTime":")"
            + time::formatIsoUtc(time::now() - 10min) + R"(","valueQuantity":{"value":)"
            + std::to_string(value) + R"(,"unit":"%","system":"http://unitsofmeasure.org",)"
            + R"("code":"%"}})";
        const auto reply = server.request("POST", "/v1/fhir/Observation", body,
            { { "Authorization", "Bearer " + p.token } }, "application/fhir+json");
        INFO(reply.body);
        REQUIRE(reply.status == 201);
        return reply.headers.at("Location").substr(reply.headers.at("Location").rfind('/') + 1);
    }

    std::map<std::string, std::string> login(
        const std::string &roles, const std::string &service, const std::string &gp)
    {
        static const std::string hash = *server::hashPassword("gp-passord");
        const auto name = "u" + newUuid().substr(0, 8);
        auto conn = db.connect();
        exec(conn,
            "INSERT INTO app_user(id, login, display_name, password_hash, roles, service_id, "
            "gp_id) VALUES ($1, $2, 'Test', $3, $4::text[], $5, $6)",
            { newUuid(), name, hash, roles,
                service.empty() ? server::PgParam {} : server::PgParam { service },
                gp.empty() ? server::PgParam {} : server::PgParam { gp } });
        const auto reply = server.request(
            "POST", "/v1/auth/login", R"({"login":")" + name + R"(","password":"gp-passord"})");
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        return { { "Authorization",
            "Bearer " + parse(reply.body)->getValue<std::string>("access_token") } };
    }
};

struct Page {
    std::vector<std::string> patients; // payload.patient_id (or the patient's own id) per change
    std::vector<std::string> entities;
    std::string cursor;
    bool more = false;
};

Page feed(const GpWorld &w,
    const std::map<std::string, std::string> &who,
    const std::string &cursor,
    const std::string &extra = "&wait=0")
{
    const auto reply = w.server.request("GET", "/v1/feed?cursor=" + cursor + extra, {}, who);
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    auto page = parse(reply.body);
    Page out;
    auto changes = page->getArray("changes");
    for (std::size_t i = 0; i < changes->size(); ++i) {
        auto change = changes->getObject(unsigned(i));
        auto payload = change->getObject("payload");
        const auto entity = change->getValue<std::string>("entity");
        out.entities.push_back(entity);
        out.patients.push_back(entity == "patient"
                ? change->getValue<std::string>("entity_id")
                : payload->optValue<std::string>("patient_id", ""));
    }
    out.cursor = page->getValue<std::string>("cursor");
    out.more = page->getValue<bool>("more");
    return out;
}

// Everything after `cursor`, a page of `limit` at a time.
Page drain(const GpWorld &w,
    const std::map<std::string, std::string> &who,
    std::string cursor,
    int limit = 1000)
{
    Page all;
    for (;;) {
        auto page = feed(w, who, cursor, "&wait=0&limit=" + std::to_string(limit));
        all.patients.insert(all.patients.end(), page.patients.begin(), page.patients.end());
        all.entities.insert(all.entities.end(), page.entities.begin(), page.entities.end());
        cursor = page.cursor;
        if (!page.more)
            break;
    }
    all.cursor = cursor;
    return all;
}

std::multiset<std::string> bag(const std::vector<std::string> &v) { return { v.begin(), v.end() }; }

} // namespace

TEST_CASE("a GP's feed carries their own patients' rows in every service and nothing else",
    "[server][gp]")
{
    GpWorld w;
    for (int i = 0; i < 3; ++i)
        for (const auto *p : { &w.a, &w.b, &w.c, &w.d })
            (void)w.observe(*p, 90 + i);
    {
        // A service-level row (no patient) and a row whose patient_id is no UUID: no GP's.
        auto conn = w.db.connect();
        REQUIRE(server::appendChange(conn, w.serviceA, "plan_version", newUuid(), "create",
            R"({"id":"x","patient_id":null})"));
        REQUIRE(server::appendChange(
            conn, w.serviceA, "note", newUuid(), "create", R"({"patient_id":"not-a-uuid"})"));
    }
    const auto gp1 = w.login("{gp}", "", w.gp1);
    const auto gp2 = w.login("{gp}", "", w.gp2);
    const auto nurseA = w.login("{nurse}", w.serviceA, "");

    // GP 1: patient a (service A) and b (service B), in pages of two.
    const auto first = drain(w, gp1, "", 2);
    CHECK(bag(first.patients) == bag({ w.a.id, w.a.id, w.a.id, w.b.id, w.b.id, w.b.id }));
    CHECK(bag(first.entities) == bag(std::vector<std::string>(6, "measurement")));
    // GP 2: only c. Never b's or d's (another service), never a's (another GP's).
    const auto second = drain(w, gp2, "");
    CHECK(bag(second.patients) == bag({ w.c.id, w.c.id, w.c.id }));
    // The nurse's feed is the service's, as before: a's and c's rows and both service rows.
    const auto nurse = drain(w, nurseA, "");
    CHECK(nurse.patients.size() == 8);

    // More rows after the cursor: only the new one of GP 1's.
    (void)w.observe(w.c);
    (void)w.observe(w.d);
    (void)w.observe(w.b, 99);
    const auto after = drain(w, gp1, first.cursor);
    CHECK(after.patients == std::vector<std::string> { w.b.id });

    // A user with neither a service nor a GP record has no feed.
    const auto specialist = w.login("{specialist}", "", "");
    CHECK(w.server.request("GET", "/v1/feed?wait=0", {}, specialist).status == 403);
}

TEST_CASE(
    "a GP's long-poll wakes within 2 s for their patient, not for another GP's", "[server][gp]")
{
    GpWorld w;
    const auto gp1 = w.login("{gp}", "", w.gp1);
    const auto start = drain(w, gp1, "");
    CHECK(start.patients.empty());

    auto waiting = std::async(std::launch::async, [&] {
        auto page = feed(w, gp1, start.cursor, "&wait=10");
        return std::make_pair(page, Clock::now());
    });
    std::this_thread::sleep_for(300ms);
    (void)w.observe(w.c); // GP 2's patient: the poll goes on waiting
    (void)w.observe(w.d); // no GP
    std::this_thread::sleep_for(500ms);
    const auto committing = Clock::now();
    (void)w.observe(w.b); // GP 1's patient in service B
    auto [page, answered] = waiting.get();
    CHECK(page.patients == std::vector<std::string> { w.b.id });
    std::cout << "GP long-poll: answered "
              << std::chrono::duration<double, std::milli>(answered - committing).count()
              << " ms after the commit\n";
    CHECK(answered - committing < 2s);
}

TEST_CASE(
    "a patient who moves to another GP: the new GP follows from their cursor on", "[server][gp]")
{
    GpWorld w;
    (void)w.observe(w.c, 91); // while c is GP 2's
    (void)w.observe(w.a, 91); // GP 1's cursor moves past c's value with this one
    const auto gp1 = w.login("{gp}", "", w.gp1);
    const auto gp2 = w.login("{gp}", "", w.gp2);
    const auto before1 = drain(w, gp1, "");
    const auto before2 = drain(w, gp2, "");
    CHECK(before1.patients == std::vector<std::string> { w.a.id });
    CHECK(before2.patients == std::vector<std::string> { w.c.id });

    {
        // The move, as a mutation writes it: the patient row and its change in one transaction.
        auto conn = w.db.connect();
        auto tx = server::PgTransaction::begin(conn);
        REQUIRE(tx);
        GpWorld::exec(conn, "UPDATE patient SET gp_id = $2, version = version + 1 WHERE id = $1",
            { w.c.id, w.gp1 });
        REQUIRE(server::appendChange(conn, w.serviceA, "patient", w.c.id, "update",
            R"({"id":")" + w.c.id + R"(","gp_id":")" + w.gp1 + "\"}"));
        REQUIRE(tx->commit());
    }
    (void)w.observe(w.c, 92);

    // GP 1: the move and what came after, not c's earlier value (behind GP 1's cursor).
    const auto after1 = drain(w, gp1, before1.cursor);
    CHECK(after1.entities == std::vector<std::string> { "patient", "measurement" });
    CHECK(after1.patients == std::vector<std::string> { w.c.id, w.c.id });
    // GP 2: nothing more of c.
    CHECK(drain(w, gp2, before2.cursor).patients.empty());
    // A new client of GP 1 starting from the beginning gets c's whole history (and a's).
    CHECK(drain(w, gp1, "").patients.size() == 4);
}

TEST_CASE("change_log.patient_id comes from the patient row or the payload", "[server][gp]")
{
    TestDatabase db;
    ServerProcess server(db); // migrates
    auto conn = db.connect();
    const auto id = newUuid();
    const auto patientOf
        = [&](const std::string &entity, const std::string &entityId, const std::string &payload) {
              auto row = conn.exec("SELECT coalesce(change_patient_id($1, $2, $3)::text, '')",
                  { entity, entityId, payload });
              REQUIRE(row);
              return row->text(0, 0);
          };
    CHECK(patientOf("patient", id, "{}") == id);
    CHECK(patientOf("patient", "nonsense", "{}").empty());
    CHECK(patientOf("measurement", "m1", R"({"id":"m1","patient_id":")" + id + "\"}") == id);
    CHECK(patientOf("measurement", "m1", R"({"id":"m1"})").empty());
    CHECK(patientOf("plan_version", "v", R"({"patient_id":null})").empty());
    CHECK(patientOf("note", "n", R"({"patient_id":17})").empty());
    CHECK(patientOf("note", "n", R"(["patient_id"])").empty());
}
