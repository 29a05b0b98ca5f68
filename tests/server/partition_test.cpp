// measurement partitioned by month (server schema v7) on the real server and PostgreSQL: rows in
// their month partitions, the default partition for the rest, identifiers deduplicated across
// partitions, the FHIR search paging across months, and a v5 database migrated without losing a
// measurement.
#include "server_fixture.h"

#include "core/domain/national_id.h"
#include "core/server/migrate.h"
#include "core/server/schema.h"
#include "core/server/secrets.h"
#include "core/time/civil_time.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <chrono>

using namespace server_test;
using namespace varde;
using namespace std::chrono_literals;
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

std::string text(PgConnection &c, const std::string &sql, std::vector<server::PgParam> params = {})
{
    auto rows = c.exec(sql, params);
    INFO(sql << ": " << (rows ? "" : rows.error().detail));
    REQUIRE(rows);
    REQUIRE(rows->rows() == 1);
    return rows->text(0, 0);
}

// Where each measurement is stored: "ok" when in its month's partition, else the partition.
constexpr const char *misplacedSql
    = "SELECT coalesce(string_agg(tableoid::regclass::text || ' for ' || measured_at, '; '), "
      "'ok') FROM measurement WHERE tableoid::regclass::text <> 'measurement_p' || "
      "to_char(measured_at AT TIME ZONE 'UTC', 'YYYY_MM') AND measured_at >= now() - interval "
      "'9 years' AND measured_at < now() + interval '1 month'";

struct World {
    TestDatabase db;
    ServerProcess server { db };
    std::string serviceId = newUuid(), patientId = newUuid(), nationalId;
    std::string token = server::newSecretToken();

    World()
    {
        using namespace std::chrono;
        nationalId = *domain::makeSyntheticFodselsnummer(1944y / May / 8d, domain::Sex::Male, 400);
        auto c = db.connect();
        REQUIRE(c.exec("INSERT INTO follow_up_service(id, name) VALUES ($1, 'A')", { serviceId }));
        REQUIRE(c.exec("INSERT INTO patient(id, service_id, national_id, given_name, family_name) "
                       "VALUES ($1, $2, $3, 'Test', 'Pasient')",
            { patientId, serviceId, nationalId }));
        REQUIRE(
            c.exec("INSERT INTO device_credential(id, patient_id, token_hash) VALUES ($1, $2, $3)",
                { newUuid(), patientId, server::tokenHash(token) }));
    }

    Reply observe(const std::string &when, const std::string &identifier, int value) const
    {
        const auto body = std::string(R"({"resourceType":"Observation","status":"final",)")
            + R"("code":{"coding":[{"system":"http://loinc.org","code":"2708-6"}]},)"
            + R"("identifier":[{"system":"urn:oid:1.2.3.4.vendor","value":")" + identifier
            + R"("}],"subject":{"identifier":{"system":"urn:oid:2.16.578.1.12.4.1.4.1",)"
            + R"("value":")" + nationalId + R"("}},"effectiveDateTime":")" + when
            + R"(","valueQuantity":{"value":)" + std::to_string(value)
            + R"(,"unit":"%","system":"http://unitsofmeasure.org","code":"%"}})";
        return server.request("POST", "/v1/fhir/Observation", body,
            { { "Authorization", "Bearer " + token } }, "application/fhir+json");
    }

    std::string login()
    {
        static const std::string hash = *server::hashPassword("part-passord");
        auto c = db.connect();
        const auto name = "u" + newUuid().substr(0, 8);
        REQUIRE(c.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                       "service_id) VALUES ($1, $2, 'Test', $3, '{nurse}', $4)",
            { newUuid(), name, hash, serviceId }));
        const auto reply = server.request(
            "POST", "/v1/auth/login", R"({"login":")" + name + R"(","password":"part-passord"})");
        REQUIRE(reply.status == 200);
        return parse(reply.body)->getValue<std::string>("access_token");
    }
};

std::string locationId(const Reply &reply)
{
    const auto &location = reply.headers.at("Location");
    return location.substr(location.rfind('/') + 1);
}

std::string ago(std::chrono::minutes m) { return time::formatIsoUtc(time::now() - m); }

} // namespace

TEST_CASE("measurements land in their month partitions, the rest in the default partition",
    "[server][gp][partition]")
{
    World w;
    constexpr auto day = std::chrono::minutes(24 * 60);
    const std::vector<std::string> times { ago(10min), ago(35 * day), ago(70 * day), ago(130 * day),
        "1995-06-01T10:00:00Z" };
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < times.size(); ++i) {
        const auto reply = w.observe(times[i], "obs-" + std::to_string(i), 90 + int(i));
        INFO(reply.body);
        REQUIRE(reply.status == 201);
        ids.push_back(locationId(reply));
    }
    auto c = w.db.connect();
    // A time no ingest accepts (the future), written directly: still stored.
    REQUIRE(c.exec("INSERT INTO measurement(id, patient_id, kind, value, unit, canonical_value, "
                   "measured_at) VALUES ($1, $2, 'spo2', 97, '%', 97, '2099-01-01T00:00:00Z')",
        { newUuid(), w.patientId }));
    CHECK(text(c, "SELECT count(*) FROM measurement") == "6");

    // Months without a partition yet wait in the default one; maintenance moves them over.
    CHECK(std::stoi(text(c, "SELECT measurement_ensure_partitions()")) >= 1);
    CHECK(text(c, misplacedSql) == "ok");
    CHECK(text(c, "SELECT count(*) FROM measurement") == "6");
    CHECK(text(c,
              "SELECT string_agg(to_char(measured_at AT TIME ZONE 'UTC', 'YYYY'), ',' ORDER "
              "BY measured_at) FROM measurement_default")
        == "1995,2099");
    CHECK(text(c, "SELECT measurement_ensure_partitions()") == "0"); // nothing left to do
    // The partitions, as the catalogue has them: this month and the two ahead, the default.
    CHECK(text(c,
              "SELECT count(*) FROM pg_inherits WHERE inhparent = 'measurement'::regclass "
              "AND inhrelid::regclass::text IN ('measurement_default', 'measurement_p' || "
              "to_char(now() AT TIME ZONE 'UTC' + interval '2 months', 'YYYY_MM'), "
              "'measurement_p' || to_char(now() AT TIME ZONE 'UTC', 'YYYY_MM'))")
        == "3");

    // The same identifiers again, wherever their rows are: answered as stored, not stored twice.
    for (std::size_t i = 0; i < times.size(); ++i) {
        const auto reply = w.observe(times[i], "obs-" + std::to_string(i), 90 + int(i));
        CHECK(reply.status == 200);
        CHECK(locationId(reply) == ids[i]);
    }
    CHECK(w.observe(ago(3 * day), "obs-2", 50).status == 200); // another time: the same key
    CHECK(text(c, "SELECT count(*) FROM measurement") == "6");

    // The FHIR search pages across the partitions in time order, and reads one by id.
    const auto nurse = w.login();
    const auto get = [&](const std::string &query) {
        const auto reply
            = w.server.request("GET", "/v1/fhir/Observation?patient=" + w.patientId + query, {},
                { { "Authorization", "Bearer " + nurse } });
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        return parse(reply.body);
    };
    std::vector<std::string> paged;
    for (int offset = 0; offset < 8; offset += 2) {
        auto bundle = get("&_count=2&_offset=" + std::to_string(offset));
        CHECK(bundle->getValue<int>("total") == 6);
        auto entries = bundle->getArray("entry");
        for (std::size_t i = 0; entries && i < entries->size(); ++i)
            paged.push_back(entries->getObject(unsigned(i))
                                ->getObject("resource")
                                ->getValue<std::string>("id"));
    }
    REQUIRE(paged.size() == 6);
    CHECK(paged[0] == ids[4]); // 1995
    CHECK(paged[1] == ids[3]);
    CHECK(paged[2] == ids[2]);
    CHECK(paged[3] == ids[1]);
    CHECK(paged[4] == ids[0]); // then 2099 last
    CHECK(
        get("&date=ge" + ago(100 * day) + "&date=lt" + ago(1 * day))->getValue<int>("total") == 2);
    for (const auto &id : { ids[2], ids[4] })
        CHECK(w.server
                  .request("GET", "/v1/fhir/Observation/" + id, {},
                      { { "Authorization", "Bearer " + nurse } })
                  .status
            == 200);
}

TEST_CASE(
    "migrating a v5 database to partitions keeps every measurement", "[server][gp][partition]")
{
    TestDatabase db;
    auto c = db.connect();
    // Versions 1 to 5 as migrate() applied them before version 7 existed.
    REQUIRE(c.script("CREATE TABLE schema_migration (version integer PRIMARY KEY, description "
                     "text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"));
    for (const auto *v : { &server::schema::version1, &server::schema::version2,
             &server::schema::version3, &server::schema::version4, &server::schema::version5 }) {
        INFO("version " << v->number);
        REQUIRE(c.script(v->sql));
        REQUIRE(c.exec("INSERT INTO schema_migration(version, description) VALUES ($1, 'x')",
            { std::to_string(v->number) }));
    }
    const auto service = newUuid(), patient = newUuid(), gp = newUuid();
    REQUIRE(c.exec("INSERT INTO follow_up_service(id, name) VALUES ($1, 'A')", { service }));
    REQUIRE(c.exec("INSERT INTO general_practitioner(id, name) VALUES ($1, 'L')", { gp }));
    REQUIRE(c.exec("INSERT INTO patient(id, service_id, national_id, given_name, family_name, "
                   "gp_id) VALUES ($1, $2, '01010112345', 'Test', 'Pasient', $3)",
        { patient, service, gp }));
    // 2,000 values over the last 20 months, one from 1995, a blood-pressure panel; their feed rows.
    REQUIRE(c.exec("INSERT INTO measurement(id, patient_id, kind, value, unit, canonical_value, "
                   "measured_at) SELECT gen_random_uuid(), $1, 'spo2', 90 + i % 10, '%', "
                   "90 + i % 10, now() - i * interval '7 hours' FROM generate_series(1, 2000) i",
        { patient }));
    REQUIRE(c.exec("INSERT INTO measurement(id, patient_id, kind, value, unit, canonical_value, "
                   "measured_at) VALUES (gen_random_uuid(), $1, 'spo2', 95, '%', 95, "
                   "'1995-06-01T10:00:00Z')",
        { patient }));
    const auto panel = newUuid();
    REQUIRE(c.exec("INSERT INTO measurement(id, patient_id, kind, value, unit, canonical_value, "
                   "measured_at, panel_id, panel_code) VALUES (gen_random_uuid(), $1, "
                   "'systolic', 120, 'mm[Hg]', 120, now() - interval '40 days', $2, '85354-9'), "
                   "(gen_random_uuid(), $1, 'diastolic', 80, 'mm[Hg]', 80, now() - interval "
                   "'40 days', $2, '85354-9')",
        { patient, panel }));
    REQUIRE(c.exec("INSERT INTO change_log(service_id, entity, entity_id, op, payload) SELECT $1, "
                   "'measurement', id::text, 'insert', json_build_object('id', id, "
                   "'patient_id', patient_id)::text FROM measurement",
        { service }));
    const auto fingerprint = "SELECT count(*) || ':' || sum(hashtext(id::text || measured_at::text "
                             "|| value::text || coalesce(panel_id::text, ''))) FROM measurement";
    const auto before = text(c, fingerprint);

    auto version = server::migrate(c);
    REQUIRE(version);
    CHECK(*version == server::latestServerSchema());
    CHECK(text(c, fingerprint) == before);
    CHECK(text(c, "SELECT count(*) FROM measurement") == "2003");
    CHECK(text(c, misplacedSql) == "ok");
    CHECK(text(c, "SELECT count(*) FROM measurement_default") == "1"); // 1995
    CHECK(text(c, "SELECT to_regclass('measurement_unpartitioned') IS NULL") == "t");
    CHECK(std::stoi(text(c,
              "SELECT count(*) FROM pg_inherits WHERE inhparent = "
              "'measurement'::regclass"))
        >= 20);
    // The feed rows written before know their patient now.
    CHECK(text(c, "SELECT count(*) FROM change_log WHERE patient_id = $1", { patient }) == "2003");
    // And the table still takes rows, and refuses a patient that does not exist.
    CHECK(c.exec("INSERT INTO measurement(id, patient_id, kind, value, unit, canonical_value, "
                 "measured_at) VALUES (gen_random_uuid(), $1, 'spo2', 95, '%', 95, now())",
        { patient }));
    CHECK_FALSE(c.exec("INSERT INTO measurement(id, patient_id, kind, value, unit, "
                       "canonical_value, measured_at) VALUES (gen_random_uuid(), "
                       "gen_random_uuid(), 'spo2', 95, '%', 95, now())"));
}
