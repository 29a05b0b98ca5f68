// Complete entity rows and device enrolment against the real server: a workstation's complete
// rows reach the service's other workstations through the feed (newest version winning) and
// never another service; the entities kept only as rows are scoped like the typed ones; a retry
// with a newer row is the same mutation; a link code is exchanged once for a device token.
#include "server_fixture.h"

#include "core/server/secrets.h"
#include "core/time/civil_time.h"

#include <Poco/JSON/Parser.h>

using namespace server_test;
using namespace varde;
using server::PgParam;

namespace
{

const std::string password = "rad-passord";

Poco::JSON::Object::Ptr json(const std::string &text)
{
    INFO(text);
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string q(const std::string &s) { return "\"" + s + "\""; }

std::int64_t nowMillis() { return time::now().time_since_epoch().count(); }

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

    // Every change of the caller's feed, the last per entity id.
    std::map<std::string, Poco::JSON::Object::Ptr> feed(const std::string &token) const
    {
        std::map<std::string, Poco::JSON::Object::Ptr> seen;
        std::string cursor;
        for (;;) {
            auto reply = server.request("GET", "/v1/feed?wait=0&cursor=" + cursor, {},
                { { "Authorization", "Bearer " + token } });
            INFO(reply.body);
            REQUIRE(reply.status == 200);
            const auto page = json(reply.body);
            const auto changes = page->getArray("changes");
            for (unsigned i = 0; i < changes->size(); ++i)
                seen[changes->getObject(i)->getValue<std::string>("entity_id")]
                    = changes->getObject(i);
            cursor = page->getValue<std::string>("cursor");
            if (!page->getValue<bool>("more"))
                return seen;
        }
    }

    std::string text(const std::string &sql, const std::vector<PgParam> &params = {})
    {
        auto r = conn.exec(sql, params);
        INFO(sql);
        REQUIRE(r);
        REQUIRE(r->rows() == 1);
        return r->text(0, 0);
    }
    std::int64_t count(const std::string &sql, const std::vector<PgParam> &params = {})
    {
        return std::stoll(text(sql, params));
    }
};

std::string mutation(std::int64_t id,
    const std::string &entity,
    const std::string &entityId,
    const std::string &op,
    const std::string &payload,
    const std::string &row = {})
{
    return "{\"id\":" + std::to_string(id) + ",\"entity\":" + q(entity)
        + ",\"entity_id\":" + q(entityId) + ",\"op\":" + q(op) + ",\"payload\":" + payload
        + (row.empty() ? "" : ",\"row\":" + row) + "}";
}

// A workstation row: the common columns and the entity's own (JSON members, leading comma).
std::string row(const std::string &id, std::int64_t version, const std::string &own)
{
    return "{\"id\":" + q(id) + ",\"version\":" + std::to_string(version)
        + ",\"deleted\":0,\"origin\":\"local\",\"updated_at\":1700000000000" + own + "}";
}

std::string patientRow(const std::string &id,
    std::int64_t version,
    const std::string &address,
    const std::string &status,
    const std::string &serviceId,
    const std::string &gp)
{
    return row(id, version,
        ",\"national_id\":\"01017012345\",\"given_name\":\"Kari\",\"family_name\":\"Nordmann\","
        "\"birth_date\":\"1970-01-01\",\"sex\":\"female\",\"address\":"
            + q(address)
            + ",\"postal_code\":\"0155\",\"city\":\"Oslo\",\"municipality\":\"Oslo\","
              "\"phone_mobile\":\"90000000\",\"phone_home\":\"\",\"service_id\":"
            + q(serviceId) + ",\"gp_id\":" + q(gp) + ",\"responsible_nurse_id\":null,\"status\":"
            + q(status) + ",\"enrolled_at\":1700000000000,\"ended_at\":null,\"end_reason\":null");
}

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
    INFO(i);
    return list->getObject(i)->getValue<std::string>("status");
}

std::string reason(const Poco::JSON::Array::Ptr &list, unsigned i)
{
    return list->getObject(i)->optValue<std::string>("reason", "");
}

Poco::JSON::Object::Ptr payloadOf(
    std::map<std::string, Poco::JSON::Object::Ptr> &seen, const std::string &id)
{
    INFO(id);
    REQUIRE(seen.count(id));
    CHECK(seen[id]->optValue<bool>("full_row", false));
    return seen[id]->getObject("payload");
}

} // namespace

TEST_CASE("a patient created with its row reaches the service's other workstations in full, "
          "the newest version winning",
    "[server][rows]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto colleague = w.signIn("ola", "{nurse}", w.serviceA);
    const auto foreign = w.signIn("berit", "{nurse}", w.serviceB);
    const auto client = newUuid();
    const auto p = newUuid();
    // The row names the other service: scope comes from the caller, never from the row.
    auto created = results(
        w.push(nurse, client,
            { mutation(1, "patient", p, "create", "{\"id\":" + q(p) + ",\"status\":\"trial\"}",
                patientRow(p, 1, "Storgata 1", "trial", w.serviceB, w.gp)) }),
        1);
    CHECK(status(created, 0) == "applied");
    CHECK(w.text("SELECT service_id FROM patient WHERE id = $1", { p }) == w.serviceA);
    CHECK(w.text("SELECT birth_date::text || ' ' || national_id || ' ' || status FROM patient "
                 "WHERE id = $1",
              { p })
        == "1970-01-01 01017012345 trial");
    CHECK(w.text("SELECT gp_id FROM patient WHERE id = $1", { p }) == w.gp);

    auto seen = w.feed(colleague);
    auto fed = payloadOf(seen, p);
    CHECK(fed->getValue<std::string>("birth_date") == "1970-01-01");
    CHECK(fed->getValue<std::string>("address") == "Storgata 1");
    CHECK(fed->getValue<std::string>("sex") == "female");
    CHECK(fed->getValue<std::string>("phone_mobile") == "90000000");
    CHECK(fed->getValue<std::string>("service_id") == w.serviceA);
    CHECK(fed->getValue<std::int64_t>("version") == 1);
    CHECK(fed->getValue<std::int64_t>("deleted") == 0);
    CHECK(fed->isNull("end_reason"));
    CHECK(seen[p]->getValue<std::string>("op") == "create");
    CHECK(w.feed(foreign).empty());

    // A later edit (version 3) replaces it, contact details and all; its status is applied.
    auto newer = results(
        w.push(nurse, client,
            { mutation(2, "patient", p, "update", "{\"id\":" + q(p) + ",\"contact\":true}",
                patientRow(p, 3, "Fjordveien 2", "active", w.serviceA, w.gp)) }),
        2);
    CHECK(status(newer, 0) == "applied");
    CHECK(newer->getObject(0)->getValue<std::int64_t>("version") == 3);
    CHECK(!newer->getObject(0)->has("not_stored"));
    seen = w.feed(colleague);
    fed = payloadOf(seen, p);
    CHECK(fed->getValue<std::string>("address") == "Fjordveien 2");
    CHECK(fed->getValue<std::string>("status") == "active");
    CHECK(fed->getValue<std::int64_t>("version") == 3);
    CHECK(
        w.text("SELECT status || ' ' || version FROM patient WHERE id = $1", { p }) == "active 3");

    // An older row (version 2, from a workstation that had not seen version 3) changes nothing
    // of the row; its status change is the server's and is laid over the newest row.
    const auto laptop = newUuid();
    auto older = results(
        w.push(colleague, laptop,
            { mutation(1, "patient", p, "update", "{\"id\":" + q(p) + ",\"status\":\"paused\"}",
                patientRow(p, 2, "Gammel vei 9", "paused", w.serviceA, w.gp)) }),
        1);
    CHECK(status(older, 0) == "applied");
    seen = w.feed(nurse);
    fed = payloadOf(seen, p);
    CHECK(fed->getValue<std::string>("address") == "Fjordveien 2");
    CHECK(fed->getValue<std::string>("status") == "paused");
    CHECK(fed->getValue<std::int64_t>("version") == 4);
    CHECK(w.text(
              "SELECT data->>'address' FROM entity_row WHERE entity = 'patient' AND id = $1", { p })
        == "Fjordveien 2");
    CHECK(w.count("SELECT version FROM patient WHERE id = $1", { p }) == 4);

    // Another service's nurse cannot overwrite it, nor create it again in her service.
    auto theirs = results(
        w.push(foreign, newUuid(),
            { mutation(1, "patient", p, "update", "{\"id\":" + q(p) + ",\"status\":\"ended\"}",
                  patientRow(p, 9, "Tyvegata 1", "ended", w.serviceB, w.gp)),
                mutation(2, "patient", p, "create", "{\"id\":" + q(p) + ",\"status\":\"trial\"}",
                    patientRow(p, 9, "Tyvegata 1", "trial", w.serviceB, w.gp)) }),
        2);
    CHECK(reason(theirs, 0) == "not_allowed");
    CHECK(status(theirs, 1) == "refused");
    CHECK(w.feed(foreign).empty());
    CHECK(w.count("SELECT count(*) FROM entity_row WHERE data->>'address' = 'Tyvegata 1'") == 0);
}

TEST_CASE("a patient's diagnoses, contacts, pauses, exclusions and changes are kept as rows and "
          "fed, and another service gets nothing",
    "[server][rows]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto colleague = w.signIn("ola", "{nurse}", w.serviceA);
    const auto foreign = w.signIn("berit", "{nurse}", w.serviceB);
    const auto lege = w.signIn("lege", "{gp}", {}, w.gp);
    const auto pa = ",\"patient_id\":" + q(w.patientA);
    const auto diagnosis = newUuid(), contact = newUuid(), pause = newUuid(), exclusion = newUuid(),
               change = newUuid(), schedule = newUuid();
    const auto payload = [&](const std::string &id) {
        return "{\"id\":" + q(id) + ",\"patient_id\":" + q(w.patientA) + "}";
    };
    const std::vector<std::string> batch {
        mutation(1, "diagnosis", diagnosis, "create", payload(diagnosis),
            row(diagnosis, 1,
                pa
                    + ",\"code_system\":\"ICD-10\",\"code\":\"J44\",\"text\":\"KOLS\",\"is_"
                      "primary\":1")),
        mutation(2, "contact_person", contact, "create", payload(contact),
            row(contact, 1,
                pa
                    + ",\"name\":\"Ola Nordmann\",\"relation\":\"sønn\",\"phone\":\"91234567\","
                      "\"next_of_kin\":1,\"helps_measure\":0")),
        mutation(3, "follow_up_pause", pause, "create", payload(pause),
            row(pause, 1,
                pa
                    + ",\"reason\":\"hospital\",\"from_at\":1700000000000,\"until_at\":"
                      "1700600000000,\"note\":\"innlagt\",\"created_by\":\"u1\"")),
        mutation(4, "measurement_exclusion", exclusion, "create", payload(exclusion),
            row(exclusion, 1,
                pa
                    + ",\"measurement_id\":\"m1\",\"reason\":\"feilmåling\",\"excluded_by\":\"u1\","
                      "\"excluded_at\":1700000000000")),
        mutation(5, "patient_change", change, "create", payload(change),
            row(change, 1,
                pa
                    + ",\"field\":\"phone_mobile\",\"old_value\":\"1\",\"new_value\":\"2\","
                      "\"changed_by\":\"u1\",\"changed_at\":1700000000000")),
        // The payload without patient_id: the row names the patient.
        mutation(6, "measurement_schedule", schedule, "create", "{\"id\":" + q(schedule) + "}",
            row(schedule, 1, pa + ",\"item\":\"spo2\",\"days_of_week\":127,\"due_by_minute\":600")),
    };
    auto applied = results(w.push(nurse, newUuid(), batch), 6);
    for (unsigned i = 0; i < 6; ++i) {
        INFO(i << " " << reason(applied, i));
        CHECK(status(applied, i) == "applied");
    }
    CHECK(w.count("SELECT count(*) FROM entity_row WHERE patient_id = $1 AND service_id = $2",
              { w.patientA, w.serviceA })
        == 6);
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE action LIKE 'mutation.%.create' AND "
                  "patient_id = $1",
              { w.patientA })
        == 6);

    auto seen = w.feed(colleague);
    CHECK(payloadOf(seen, diagnosis)->getValue<std::string>("code") == "J44");
    CHECK(payloadOf(seen, diagnosis)->getValue<std::int64_t>("is_primary") == 1);
    CHECK(payloadOf(seen, contact)->getValue<std::string>("phone") == "91234567");
    CHECK(payloadOf(seen, pause)->getValue<std::int64_t>("until_at") == 1700600000000);
    CHECK(payloadOf(seen, exclusion)->getValue<std::string>("measurement_id") == "m1");
    CHECK(payloadOf(seen, change)->getValue<std::string>("new_value") == "2");
    CHECK(payloadOf(seen, schedule)->getValue<std::int64_t>("days_of_week") == 127);
    CHECK(payloadOf(seen, diagnosis)->getValue<std::string>("patient_id") == w.patientA);

    // Restoring the measurement: the workstation's delete sends only id, version, deleted.
    auto restored
        = results(w.push(nurse, newUuid(),
                      { mutation(1, "measurement_exclusion", exclusion, "delete",
                            "{\"id\":" + q(exclusion) + ",\"version\":2,\"deleted\":true}"),
                          mutation(2, "diagnosis", newUuid(), "create", payload(newUuid())) }),
            2);
    CHECK(status(restored, 0) == "applied");
    CHECK(reason(restored, 1) == "row_missing");
    seen = w.feed(colleague);
    CHECK(payloadOf(seen, exclusion)->getValue<std::int64_t>("deleted") == 1);
    CHECK(payloadOf(seen, exclusion)->getValue<std::int64_t>("version") == 2);
    CHECK(seen[exclusion]->getValue<std::string>("op") == "delete");

    // Another service's nurse: refused as for a patient that does not exist, nothing stored,
    // her feed empty. The same id in her own service is her own row, apart from ours.
    const auto ghost = newUuid(), nobody = newUuid();
    auto refusedAnswer = w.push(foreign, newUuid(),
        { mutation(1, "diagnosis", diagnosis, "update", payload(diagnosis),
              row(diagnosis, 5,
                  pa
                      + ",\"code_system\":\"ICD-10\",\"code\":\"X99\",\"text\":\"tull\","
                        "\"is_primary\":0")),
            mutation(2, "diagnosis", ghost, "create",
                "{\"id\":" + q(ghost) + ",\"patient_id\":" + q(nobody) + "}",
                row(ghost, 1, ",\"patient_id\":" + q(nobody) + ",\"code\":\"X\"")),
            mutation(3, "measurement_exclusion", exclusion, "delete",
                "{\"id\":" + q(exclusion) + ",\"version\":3,\"deleted\":true}"),
            mutation(4, "diagnosis", diagnosis, "create",
                "{\"id\":" + q(diagnosis) + ",\"patient_id\":" + q(w.patientB) + "}",
                row(diagnosis, 1,
                    ",\"patient_id\":" + q(w.patientB)
                        + ",\"code_system\":\"ICPC-2\",\"code\":\"R95\",\"text\":\"KOLS\","
                          "\"is_primary\":0")) });
    auto refusedList = results(refusedAnswer, 4);
    for (unsigned i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(status(refusedList, i) == "refused");
        CHECK(reason(refusedList, i) == "not_allowed");
    }
    CHECK(refusedList->getObject(0)->getValue<std::string>("message")
        == refusedList->getObject(1)->getValue<std::string>("message"));
    CHECK(status(refusedList, 3) == "applied");
    CHECK(refusedAnswer.body.find("J44") == std::string::npos);
    CHECK(w.text("SELECT data->>'code' FROM entity_row WHERE service_id = $1 AND id = $2",
              { w.serviceA, diagnosis })
        == "J44");
    const auto theirFeed = w.feed(foreign);
    CHECK(theirFeed.size() == 1); // only her own diagnosis of her own patient
    for (const auto &[id, c] : theirFeed)
        CHECK(c->getObject("payload")->getValue<std::string>("patient_id") == w.patientB);
    CHECK(payloadOf(seen, diagnosis)->getValue<std::string>("code") == "J44");

    // A GP may see the patient, but does not edit these records.
    auto gpAnswer = results(w.push(lege, newUuid(),
                                { mutation(1, "diagnosis", diagnosis, "update", payload(diagnosis),
                                    row(diagnosis, 7, pa + ",\"code\":\"J45\"")) }),
        1);
    CHECK(reason(gpAnswer, 0) == "role");
    CHECK(w.text("SELECT data->>'code' FROM entity_row WHERE service_id = $1 AND id = $2",
              { w.serviceA, diagnosis })
        == "J44");
}

TEST_CASE("a retry of a mutation with a newer row is the same mutation", "[server][rows]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto client = newUuid();
    const auto id = newUuid();
    const auto payload = "{\"id\":" + q(id) + ",\"patient_id\":" + q(w.patientA) + "}";
    const auto pa = ",\"patient_id\":" + q(w.patientA);
    auto first = results(
        w.push(nurse, client,
            { mutation(1, "contact_person", id, "create", payload,
                row(id, 1, pa + ",\"name\":\"Ola\",\"relation\":\"sønn\",\"phone\":\"1\"")) }),
        1);
    CHECK(status(first, 0) == "applied");
    // The answer was lost; meanwhile the nurse edited the contact (version 2), and the retry
    // carries the row as it is now.
    const auto retryWithRow = mutation(1, "contact_person", id, "create", payload,
        row(id, 2, pa + ",\"name\":\"Ola\",\"relation\":\"sønn\",\"phone\":\"2\""));
    auto again = results(w.push(nurse, client, { retryWithRow }), 1);
    CHECK(status(again, 0) == "duplicate");
    CHECK(again->getObject(0)->getValue<std::string>("original_status") == "applied");
    // Its own later mutation brings the newer row.
    auto next = results(
        w.push(nurse, client,
            { retryWithRow,
                mutation(2, "contact_person", id, "update", payload,
                    row(id, 2, pa + ",\"name\":\"Ola\",\"relation\":\"sønn\",\"phone\":\"2\"")) }),
        2);
    CHECK(status(next, 0) == "duplicate");
    CHECK(status(next, 1) == "applied");
    CHECK(w.text("SELECT data->>'phone' FROM entity_row WHERE id = $1", { id }) == "2");
    // A different payload under the same number is still a reused client id.
    auto reused = w.push(nurse, client,
        { mutation(1, "contact_person", newUuid(), "create", payload,
            row(id, 1, pa + ",\"name\":\"Kari\"")) });
    CHECK(reused.status == 409);
    CHECK(json(reused.body)->getValue<std::string>("error") == "client_reused");
    // A row that is no object is a bad request.
    CHECK(w.push(nurse, client, { mutation(3, "contact_person", id, "update", payload, "[1]") })
              .status
        == 400);
}

TEST_CASE("a link code is exchanged once for a device token, and its use reaches the feed",
    "[server][rows]")
{
    World w;
    const auto nurse = w.signIn("kari", "{nurse}", w.serviceA);
    const auto colleague = w.signIn("ola", "{nurse}", w.serviceA);
    const auto client = newUuid();
    const auto now = nowMillis();
    const auto code = [&](std::int64_t n, const std::string &id, const std::string &text,
                          std::int64_t expiresAt) {
        return mutation(n, "link_code", id, "create",
            "{\"id\":" + q(id) + ",\"patient_id\":" + q(w.patientA) + ",\"code\":" + q(text)
                + ",\"expires_at\":" + std::to_string(expiresAt) + "}",
            row(id, 1,
                ",\"patient_id\":" + q(w.patientA) + ",\"code\":" + q(text) + ",\"created_at\":"
                    + std::to_string(now) + ",\"expires_at\":" + std::to_string(expiresAt)
                    + ",\"used_at\":null,\"created_by\":\"u1\""));
    };
    const auto enrol = [&](const std::string &text) {
        return w.server.request(
            "POST", "/v1/devices/enrol", "{\"code\":" + q(text) + ",\"label\":\"nettbrett\"}");
    };
    const auto day = std::int64_t(24) * 3600 * 1000;
    const auto first = newUuid(), second = newUuid(), old = newUuid();
    auto pushed = results(w.push(nurse, client,
                              { code(1, old, "HJKN-PQRS", now + 14 * day),
                                  code(2, first, "KMRT-WXYZ", now + 14 * day) }),
        2);
    CHECK(status(pushed, 0) == "applied");
    CHECK(status(pushed, 1) == "applied");
    // Only a hash of the code in the server's own table.
    CHECK(w.count("SELECT count(*) FROM link_code WHERE code_hash LIKE '%KMRT%'") == 0);
    CHECK(w.count("SELECT count(*) FROM link_code") == 2);

    // As typed on a phone: lower case, no dash.
    auto enrolled = enrol("kmrtwxyz");
    INFO(enrolled.body);
    REQUIRE(enrolled.status == 201);
    const auto answer = json(enrolled.body);
    const auto token = answer->getValue<std::string>("device_token");
    CHECK(answer->getObject("patient")->getValue<std::string>("id") == w.patientA);
    CHECK(w.count("SELECT count(*) FROM device_credential WHERE patient_id = $1 AND label = "
                  "'nettbrett'",
              { w.patientA })
        == 1);

    // The token posts a measurement for its patient.
    const auto observation
        = R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2708-6"}]},"subject":{"reference":"Patient/)"
        + w.patientA + R"("},"effectiveDateTime":")"
        + time::formatIsoOslo(time::now() - std::chrono::minutes { 5 })
        + R"(","valueQuantity":{"value":96,"unit":"%","system":"http://unitsofmeasure.org","code":"%"}})";
    auto posted = w.server.request("POST", "/v1/fhir/Observation", observation,
        { { "Authorization", "Bearer " + token } }, "application/fhir+json");
    INFO(posted.body);
    CHECK(posted.status == 201);

    // Once only; the older code ended when the newer was made; an expired code; no code.
    auto twice = enrol("KMRT-WXYZ");
    CHECK(twice.status == 410);
    CHECK(json(twice.body)->getValue<std::string>("error") == "code_used");
    auto ended = enrol("HJKN-PQRS");
    CHECK(ended.status == 410);
    CHECK(json(ended.body)->getValue<std::string>("error") == "code_expired");
    results(w.push(nurse, client, { code(3, second, "ABCD-EFGH", now - 1000) }), 3);
    auto expired = enrol("ABCD-EFGH");
    CHECK(expired.status == 410);
    CHECK(json(expired.body)->getValue<std::string>("error") == "code_expired");
    auto unknown = enrol("ZZZZ-ZZZZ");
    CHECK(unknown.status == 400);
    CHECK(json(unknown.body)->getValue<std::string>("error") == "invalid_code");
    CHECK(w.count("SELECT count(*) FROM device_credential") == 1);

    // The used code reaches the workstations with used_at, under a new version.
    auto seen = w.feed(colleague);
    const auto fed = payloadOf(seen, first);
    CHECK(!fed->isNull("used_at"));
    CHECK(fed->getValue<std::int64_t>("used_at") >= now - 60000);
    CHECK(fed->getValue<std::int64_t>("version") == 2);
    CHECK(fed->getValue<std::string>("code") == "KMRT-WXYZ");
    CHECK(seen[first]->getValue<std::string>("op") == "update");
    CHECK(payloadOf(seen, old)->getValue<std::int64_t>("expires_at") <= nowMillis());
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE action = 'device.enrolled' AND "
                  "patient_id = $1",
              { w.patientA })
        == 1);

    // Guessing is throttled per address: soon answered 429 with Retry-After, even a good code.
    results(w.push(nurse, client, { code(4, newUuid(), "MNPQ-RSTU", now + day) }), 4);
    int throttled = 0;
    for (int i = 0; i < 6 && throttled == 0; ++i) {
        auto guess = enrol("QQQQ-QQQ" + std::string(1, char('A' + i)));
        if (guess.status == 429) {
            ++throttled;
            CHECK(guess.headers.count("Retry-After"));
        } else {
            CHECK(guess.status == 400);
        }
    }
    CHECK(throttled == 1);
    CHECK(enrol("MNPQ-RSTU").status == 429);
}
