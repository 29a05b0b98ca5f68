// FHIR ingest against the real server and PostgreSQL: devices post Observations,
// QuestionnaireResponses and Bundles; the database holds exactly what was accepted; every
// problem gets an OperationOutcome naming it; users read it back as a searchset Bundle.
#include "server_fixture.h"

#include "core/domain/national_id.h"
#include "core/server/secrets.h"
#include "core/time/civil_time.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

using namespace server_test;
using namespace varde;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace
{

constexpr const char *fnrSystem = "urn:oid:2.16.578.1.12.4.1.4.1";

Object::Ptr parse(const std::string &body)
{
    INFO(body);
    Poco::JSON::Parser parser;
    auto value = parser.parse(body);
    REQUIRE(value.type() == typeid(Object::Ptr));
    return value.extract<Object::Ptr>();
}

// "code@expression" of every issue of an OperationOutcome.
std::vector<std::string> issuesOf(const Object::Ptr &outcome)
{
    std::vector<std::string> out;
    auto list = outcome->getArray("issue");
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        auto item = list->getObject(unsigned(i));
        std::string expression;
        if (auto paths = item->getArray("expression"); paths && paths->size())
            expression = paths->getElement<std::string>(0);
        out.push_back(item->getValue<std::string>("code") + "@" + expression);
    }
    return out;
}

// The id of a stored resource, from the Location header.
std::string locationId(const Reply &reply)
{
    const auto location = reply.headers.at("Location");
    return location.substr(location.rfind('/') + 1);
}

std::string isoAgo(std::chrono::minutes ago) { return time::formatIsoOslo(time::now() - ago); }

std::string fnrReference(const std::string &digits)
{
    return std::string(R"({"identifier":{"system":")") + fnrSystem + R"(","value":")" + digits
        + R"("}})";
}

// An Observation as JSON text, one member at a time so that each test changes what it needs.
struct Obs {
    std::string coding = R"([{"system":"http://loinc.org","code":"2708-6"}])";
    std::string quantity
        = R"({"value":96,"unit":"%","system":"http://unitsofmeasure.org","code":"%"})";
    std::string time = "\"effectiveDateTime\":\"" + isoAgo(std::chrono::minutes { 60 }) + "\"";
    std::string subject; // JSON of the Reference
    std::string identifier; // value of a vendor identifier, "" = none
    std::string extra; // more members, with a leading comma

    std::string json() const
    {
        std::string out
            = R"({"resourceType":"Observation","status":"final","code":{"coding":)" + coding + "}";
        if (!subject.empty())
            out += ",\"subject\":" + subject;
        if (!time.empty())
            out += "," + time;
        if (!quantity.empty())
            out += ",\"valueQuantity\":" + quantity;
        if (!identifier.empty())
            out += R"(,"identifier":[{"system":"urn:oid:1.2.3.4.vendor","value":")" + identifier
                + "\"}]";
        return out + extra + "}";
    }
};

std::string ucum(const std::string &value, const std::string &code)
{
    return "{\"value\":" + value + R"(,"unit":"x","system":"http://unitsofmeasure.org","code":")"
        + code + "\"}";
}

// One follow-up service with two patients, each with a device; a revoked device; a second
// service; a nurse of each service and the first patient's GP.
struct IngestWorld {
    TestDatabase db;
    ServerProcess server { db };
    std::string serviceId = newUuid(), otherServiceId = newUuid(), gpId = newUuid();
    std::string patientId = newUuid(), otherPatientId = newUuid();
    std::string nationalId, otherNationalId, strangerNationalId;
    std::string token = server::newSecretToken(), otherToken = server::newSecretToken();
    std::string revokedToken = server::newSecretToken();
    std::string deviceId = newUuid();

    IngestWorld()
    {
        using namespace std::chrono;
        auto fnr = [](year_month_day born, int individual) {
            auto made = domain::makeSyntheticFodselsnummer(born, domain::Sex::Female, individual);
            REQUIRE(made);
            return *made;
        };
        nationalId = fnr(1948y / March / 5d, 100);
        otherNationalId = fnr(1951y / June / 17d, 200);
        strangerNationalId = fnr(1960y / January / 2d, 300);
        auto c = db.connect();
        auto exec = [&](const std::string &sql, const std::vector<server::PgParam> &params) {
            auto ok = c.exec(sql, params);
            INFO((ok ? "" : ok.error().detail));
            REQUIRE(ok);
        };
        exec("INSERT INTO follow_up_service(id, name) VALUES ($1, 'Tjeneste A'), ($2, 'B')",
            { serviceId, otherServiceId });
        exec("INSERT INTO general_practitioner(id, name) VALUES ($1, 'Lege')", { gpId });
        exec("INSERT INTO patient(id, service_id, national_id, given_name, family_name, gp_id) "
             "VALUES ($1, $3, $4, 'Kari', 'Nordmann', $6), ($2, $3, $5, 'Ola', 'Nordmann', NULL)",
            { patientId, otherPatientId, serviceId, nationalId, otherNationalId, gpId });
        exec("INSERT INTO device_credential(id, patient_id, token_hash) VALUES ($1, $2, $3), "
             "($4, $5, $6)",
            { deviceId, patientId, server::tokenHash(token), newUuid(), otherPatientId,
                server::tokenHash(otherToken) });
        exec("INSERT INTO device_credential(id, patient_id, token_hash, revoked_at) "
             "VALUES ($1, $2, $3, now())",
            { newUuid(), patientId, server::tokenHash(revokedToken) });
    }

    Reply post(const std::string &path, const std::string &body, const std::string &bearer) const
    {
        std::map<std::string, std::string> headers;
        if (!bearer.empty())
            headers["Authorization"] = "Bearer " + bearer;
        return server.request("POST", path, body, headers, "application/fhir+json");
    }
    Reply observe(const Obs &obs) const { return post("/v1/fhir/Observation", obs.json(), token); }

    std::int64_t count(
        const std::string &sql, const std::vector<server::PgParam> &params = {}) const
    {
        auto c = db.connect();
        auto rows = c.exec(sql, params);
        INFO((rows ? "" : rows.error().detail));
        REQUIRE(rows);
        return rows->int64(0, 0);
    }
    std::int64_t measurements() const { return count("SELECT count(*) FROM measurement"); }

    Obs obs() const
    {
        Obs o;
        o.subject = fnrReference(nationalId);
        return o;
    }

    // A user with `roles`, logged in through /v1/auth/login: the bearer token.
    std::string login(const std::string &roles, const std::string &service, const std::string &gp)
    {
        const auto name = "u" + newUuid().substr(0, 8);
        auto hash = server::hashPassword("correct horse");
        REQUIRE(hash);
        auto c = db.connect();
        REQUIRE(c.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                       "service_id, gp_id) VALUES ($1, $2, 'Test', $3, $4::text[], $5, $6)",
            { newUuid(), name, *hash, roles,
                service.empty() ? server::PgParam {} : server::PgParam { service },
                gp.empty() ? server::PgParam {} : server::PgParam { gp } }));
        auto reply = server.request(
            "POST", "/v1/auth/login", R"({"login":")" + name + R"(","password":"correct horse"})");
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        return parse(reply.body)->getValue<std::string>("access_token");
    }
};

} // namespace

TEST_CASE("a device's Observation is stored with its change and audit rows", "[server][ingest]")
{
    IngestWorld w;
    auto o = w.obs();
    o.identifier = "spo2-0001";
    o.extra = R"(,"device":{"reference":"Device/oximeter-1"})";
    const auto reply = w.observe(o);
    INFO(reply.body);
    REQUIRE(reply.status == 201);
    const auto id = locationId(reply);
    CHECK(reply.headers.at("Location") == "/v1/fhir/Observation/" + id);
    // The answer names the new id; it does not echo the fødselsnummer back.
    CHECK(issuesOf(parse(reply.body)) == std::vector<std::string> { "informational@" });
    CHECK(reply.body.find(id) != std::string::npos);
    CHECK(reply.body.find(w.nationalId) == std::string::npos);

    auto c = w.db.connect();
    auto row = c.exec("SELECT patient_id, kind, value, unit, canonical_value, source, date_only, "
                      "extract(epoch FROM now() - measured_at) FROM measurement WHERE id = $1",
        { id });
    REQUIRE(row);
    REQUIRE(row->rows() == 1);
    CHECK(row->text(0, 0) == w.patientId);
    CHECK(row->text(0, 1) == "spo2");
    CHECK(row->text(0, 2) == "96");
    CHECK(row->text(0, 3) == "%");
    CHECK(row->text(0, 4) == "96");
    CHECK(row->text(0, 5) == "device");
    CHECK(row->text(0, 6) == "f");
    CHECK(std::abs(std::stod(row->text(0, 7)) - 3600) < 60);
    CHECK(w.count("SELECT count(*) FROM ingest_key WHERE system = 'urn:oid:1.2.3.4.vendor' AND "
                  "value = 'spo2-0001' AND measurement_id = $1",
              { id })
        == 1);
    auto change = c.exec("SELECT service_id, entity, entity_id, payload FROM change_log");
    REQUIRE(change);
    REQUIRE(change->rows() == 1);
    CHECK(change->text(0, 0) == w.serviceId);
    CHECK(change->text(0, 1) == "measurement");
    CHECK(change->text(0, 2) == id);
    auto payload = parse(change->text(0, 3));
    CHECK(payload->getValue<std::string>("kind") == "spo2");
    CHECK(payload->getValue<double>("canonical_value") == 96);
    CHECK(payload->getValue<std::string>("patient_id") == w.patientId);
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE actor_kind = 'device' AND actor_id = $1 "
                  "AND patient_id = $2",
              { w.deviceId, w.patientId })
        == 1);
    const auto metrics = w.server.request("GET", "/v1/metrics");
    CHECK(metrics.body.find("varde_ingested_measurements_total 1\n") != std::string::npos);

    auto again = w.obs();
    again.quantity = ucum("97", "%");
    const auto echoed = w.server.request("POST", "/v1/fhir/Observation", again.json(),
        { { "Authorization", "Bearer " + w.token }, { "Prefer", "return=representation" } },
        "application/fhir+json");
    CHECK(echoed.status == 201);
    CHECK(parse(echoed.body)->getValue<std::string>("id") == locationId(echoed));
}

TEST_CASE("the same identifier twice is stored once and answered 200 with the same id",
    "[server][ingest]")
{
    IngestWorld w;
    SECTION("a vendor identifier")
    {
        auto o = w.obs();
        o.identifier = "dup-1";
        const auto first = w.observe(o);
        REQUIRE(first.status == 201);
        o.quantity = ucum("95", "%"); // a resend with another value is still the same resource
        const auto second = w.observe(o);
        INFO(second.body);
        CHECK(second.status == 200);
        CHECK(second.headers.at("Location") == first.headers.at("Location"));
        CHECK(issuesOf(parse(second.body)) == std::vector<std::string> { "duplicate@" });
        CHECK(w.measurements() == 1);
        CHECK(w.count("SELECT count(*) FROM change_log") == 1);
    }
    SECTION("no identifier: the content decides")
    {
        const auto o = w.obs();
        REQUIRE(w.observe(o).status == 201);
        CHECK(w.observe(o).status == 200);
        auto other = o;
        other.quantity = ucum("94", "%");
        CHECK(w.observe(other).status == 201);
        CHECK(w.measurements() == 2);
    }
    SECTION("ifNoneExist in a Bundle, and twice in one Bundle")
    {
        const auto entry
            = R"({"request":{"method":"POST","url":"Observation","ifNoneExist":"identifier=urn:oid:1.2.3.4.vendor|dup-9"},"resource":)"
            + w.obs().json() + "}";
        const auto bundle
            = R"({"resourceType":"Bundle","type":"batch","entry":[)" + entry + "," + entry + "]}";
        const auto reply = w.post("/v1/fhir", bundle, w.token);
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        auto entries = parse(reply.body)->getArray("entry");
        CHECK(entries->getObject(0)->getObject("response")->getValue<std::string>("status")
            == "201 Created");
        CHECK(entries->getObject(1)->getObject("response")->getValue<std::string>("status")
            == "200 OK");
        const auto again = parse(w.post("/v1/fhir", bundle, w.token).body)->getArray("entry");
        for (unsigned i = 0; i < 2; ++i)
            CHECK(again->getObject(i)->getObject("response")->getValue<std::string>("status")
                == "200 OK");
        CHECK(w.measurements() == 1);
    }
    SECTION("another patient's identifier is a conflict, not theirs")
    {
        auto o = w.obs();
        o.identifier = "shared-1";
        REQUIRE(w.observe(o).status == 201);
        o.subject = fnrReference(w.otherNationalId);
        const auto reply = w.post("/v1/fhir/Observation", o.json(), w.otherToken);
        INFO(reply.body);
        CHECK(reply.status == 409);
        CHECK(reply.body.find(w.patientId) == std::string::npos);
        CHECK(w.measurements() == 1);
    }
}

TEST_CASE("concurrent posts of one identifier store it once", "[server][ingest]")
{
    IngestWorld w;
    auto o = w.obs();
    o.identifier = "race-1";
    const auto body = o.json();
    std::vector<int> statuses(8);
    std::vector<std::thread> senders;
    for (std::size_t i = 0; i < statuses.size(); ++i)
        senders.emplace_back(
            [&, i] { statuses[i] = w.post("/v1/fhir/Observation", body, w.token).status; });
    for (auto &t : senders)
        t.join();
    CHECK(std::count(statuses.begin(), statuses.end(), 201) == 1);
    CHECK(std::count(statuses.begin(), statuses.end(), 200) == 7);
    CHECK(w.measurements() == 1);
    CHECK(w.count("SELECT count(*) FROM change_log") == 1);
}

TEST_CASE("each kind of invalid Observation gets an OperationOutcome naming it", "[server][ingest]")
{
    IngestWorld w;
    struct Case {
        const char *what;
        Obs obs;
        std::string issue; // code@expression
    };
    std::vector<Case> cases;
    auto add = [&](const char *what, auto change, std::string issue) {
        auto o = w.obs();
        change(o);
        cases.push_back({ what, o, std::move(issue) });
    };
    add(
        "unknown code",
        [](Obs &o) { o.coding = R"([{"system":"http://loinc.org","code":"1234-5"}])"; },
        "code-invalid@Observation.code.coding");
    add(
        "LOINC code under another system",
        [](Obs &o) { o.coding = R"([{"system":"http://snomed.info/sct","code":"2708-6"}])"; },
        "code-invalid@Observation.code.coding");
    add(
        "wrong unit", [](Obs &o) { o.quantity = ucum("96", "kg"); },
        "code-invalid@Observation.valueQuantity.code");
    add(
        "unit only as display text", [](Obs &o) { o.quantity = R"({"value":96,"unit":"%"})"; },
        "required@Observation.valueQuantity.code");
    add(
        "out of range", [](Obs &o) { o.quantity = ucum("130", "%"); },
        "value@Observation.valueQuantity.value");
    add(
        "missing value", [](Obs &o) { o.quantity.clear(); }, "required@Observation.valueQuantity");
    add(
        "missing time", [](Obs &o) { o.time.clear(); }, "required@Observation.effective[x]");
    add(
        "time without offset",
        [](Obs &o) { o.time = R"("effectiveDateTime":"2025-01-10T08:00:00")"; },
        "value@Observation.effectiveDateTime");
    add(
        "unknown patient", [&](Obs &o) { o.subject = fnrReference(w.strangerNationalId); },
        "not-found@Observation.subject");
    add(
        "unknown Patient id",
        [&](Obs &o) { o.subject = R"({"reference":"Patient/)" + newUuid() + "\"}"; },
        "not-found@Observation.subject");
    add(
        "missing subject", [](Obs &o) { o.subject.clear(); }, "required@Observation.subject");
    add(
        "too far in the future",
        [](Obs &o) {
            o.time = "\"effectiveDateTime\":\"" + isoAgo(std::chrono::minutes { -120 }) + "\"";
        },
        "business-rule@Observation.effectiveDateTime");
    add(
        "a date after tomorrow",
        [](Obs &o) {
            const auto tomorrow
                = std::chrono::sys_days(time::osloDate(time::now())) + std::chrono::days { 2 };
            o.time = "\"effectiveDateTime\":\"" + time::formatIsoDate(time::LocalDate(tomorrow))
                + "\"";
        },
        "business-rule@Observation.effectiveDateTime");
    add(
        "only a month", [](Obs &o) { o.time = R"("effectiveDateTime":"2025-01")"; },
        "value@Observation.effectiveDateTime");
    add(
        "blood-pressure panel without diastolic",
        [](Obs &o) {
            o.coding = R"([{"system":"http://loinc.org","code":"85354-9"}])";
            o.quantity.clear();
            o.extra
                = R"(,"component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":120,"system":"http://unitsofmeasure.org","code":"mm[Hg]"}}])";
        },
        "required@Observation.component");

    for (const auto &c : cases) {
        INFO(c.what);
        const auto reply = w.observe(c.obs);
        INFO(reply.body);
        CHECK(reply.status == 400);
        CHECK(reply.headers.at("Content-Type").find("application/fhir+json") == 0);
        const auto outcome = parse(reply.body);
        CHECK(outcome->getValue<std::string>("resourceType") == "OperationOutcome");
        CHECK(issuesOf(outcome) == std::vector<std::string> { c.issue });
        auto first = outcome->getArray("issue")->getObject(0);
        CHECK(first->getValue<std::string>("severity") == "error");
        CHECK(!first->getValue<std::string>("diagnostics").empty());
        // Never a fødselsnummer in an answer.
        CHECK(reply.body.find(w.nationalId) == std::string::npos);
        CHECK(reply.body.find(w.strangerNationalId) == std::string::npos);
    }
    CHECK(w.measurements() == 0);
    CHECK(w.count("SELECT count(*) FROM change_log") == 0);

    SECTION("several problems are all named at once")
    {
        auto o = w.obs();
        o.coding = R"([{"system":"http://loinc.org","code":"29463-7"}])";
        o.quantity = ucum("80", "kgs");
        o.time.clear();
        const auto reply = w.observe(o);
        CHECK(issuesOf(parse(reply.body))
            == std::vector<std::string> { "code-invalid@Observation.valueQuantity.code",
                "required@Observation.effective[x]" });
    }
    SECTION("a body that is not JSON, and a resource at the wrong address")
    {
        CHECK(w.post("/v1/fhir/Observation", "{\"resourceType\":", w.token).status == 400);
        const auto wrong = w.post("/v1/fhir/QuestionnaireResponse", w.obs().json(), w.token);
        CHECK(issuesOf(parse(wrong.body))
            == std::vector<std::string> { "structure@QuestionnaireResponse.resourceType" });
    }
    SECTION("a few minutes ahead of the server's clock is accepted (device clocks drift)")
    {
        auto o = w.obs();
        o.time = "\"effectiveDateTime\":\"" + isoAgo(std::chrono::minutes { -5 }) + "\"";
        CHECK(w.observe(o).status == 201);
    }
}

TEST_CASE(
    "a blood-pressure panel is stored as systolic and diastolic under one id", "[server][ingest]")
{
    IngestWorld w;
    const std::string component
        = R"({"code":{"coding":[{"system":"http://loinc.org","code":"%s"}]},"valueQuantity":{"value":%s,"unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}})";
    auto part = [&](const std::string &code, const std::string &value) {
        auto text = component;
        text.replace(text.find("%s"), 2, code);
        text.replace(text.find("%s"), 2, value);
        return text;
    };
    // Synthea's panel code, and the mean pressure component VKP adds (accepted, not stored).
    const auto panelCode = GENERATE(as<std::string> {}, "85354-9", "55284-4");
    auto o = w.obs();
    o.coding = R"([{"system":"http://loinc.org","code":")" + panelCode + "\"}]";
    o.quantity.clear();
    o.extra = ",\"component\":[" + part("8480-6", "142") + "," + part("8462-4", "91") + ","
        + part("8478-0", "108") + "]";
    const auto reply = w.observe(o);
    INFO(reply.body);
    REQUIRE(reply.status == 201);
    const auto id = locationId(reply);
    auto c = w.db.connect();
    auto rows
        = c.exec("SELECT kind, value, unit, panel_id, panel_code FROM measurement ORDER BY kind");
    REQUIRE(rows);
    REQUIRE(rows->rows() == 2);
    CHECK(rows->text(0, 0) == "bp_diastolic");
    CHECK(rows->text(0, 1) == "91");
    CHECK(rows->text(1, 0) == "bp_systolic");
    CHECK(rows->text(1, 1) == "142");
    CHECK(rows->text(1, 2) == "mm[Hg]");
    CHECK(rows->text(0, 3) == id);
    CHECK(rows->text(1, 3) == id);
    CHECK(rows->text(0, 4) == panelCode);
    CHECK(w.count("SELECT count(*) FROM change_log WHERE entity = 'measurement'") == 2);
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE actor_kind = 'device'") == 2);
}

TEST_CASE("weights in g and [lb_av], glucose in mg/dL and other units are converted by UCUM code",
    "[server][ingest]")
{
    IngestWorld w;
    struct Case {
        const char *code;
        const char *value;
        const char *unit;
        const char *kind;
        double canonical;
    };
    const Case cases[] = {
        { "29463-7", "49000", "g", "weight", 49.0 },
        { "29463-7", "185", "[lb_av]", "weight", 185 * 0.45359237 },
        { "29463-7", "80.5", "kg", "weight", 80.5 },
        { "15074-8", "108", "mg/dL", "glucose", 108 / 18.016 },
        { "15074-8", "6.2", "mmol/l", "glucose", 6.2 }, // UCUM's "l" is the litre too
        { "8310-5", "37.2", "Cel", "temperature", 37.2 }, { "8867-4", "72", "/min", "pulse", 72 },
        { "8867-4", "73", "{beats}/min", "pulse", 73 }, // annotations do not change a unit
        { "9279-1", "16", "/min", "resp_rate", 16 }, { "59408-5", "93", "%", "spo2", 93 },
        { "150456", "94", "%", "spo2", 94 }, // MDC only, as some devices send
    };
    int minutes = 0;
    for (const auto &c : cases) {
        INFO(c.code << " " << c.value << " " << c.unit);
        auto o = w.obs();
        const bool mdc = std::string(c.code).find('-') == std::string::npos;
        o.coding = std::string("[{\"system\":\"")
            + (mdc ? "urn:iso:std:iso:11073:10101" : "http://loinc.org") + "\",\"code\":\"" + c.code
            + "\"}]";
        o.quantity = ucum(c.value, c.unit);
        o.time
            = "\"effectiveDateTime\":\"" + isoAgo(std::chrono::minutes { 100 + ++minutes }) + "\"";
        const auto reply = w.observe(o);
        INFO(reply.body);
        REQUIRE(reply.status == 201);
        const auto id = locationId(reply);
        auto conn = w.db.connect();
        auto row = conn.exec(
            "SELECT kind, value, unit, canonical_value FROM measurement WHERE id = $1", { id });
        REQUIRE(row);
        REQUIRE(row->rows() == 1);
        CHECK(row->text(0, 0) == c.kind);
        CHECK(std::stod(row->text(0, 1)) == std::stod(c.value));
        CHECK(row->text(0, 2) == c.unit); // as sent
        CHECK(std::stod(row->text(0, 3)) == Approx(c.canonical).epsilon(1e-9));
    }
}

TEST_CASE("a date-only time is placed at noon Oslo time and flagged; a period uses its start",
    "[server][ingest]")
{
    IngestWorld w;
    auto o = w.obs();
    o.time = R"("effectiveDateTime":"2025-03-16")";
    REQUIRE(w.observe(o).status == 201);
    auto period = w.obs();
    period.quantity = ucum("95", "%");
    period.time
        = R"("effectivePeriod":{"start":"2025-03-16T07:30:00+01:00","end":"2025-03-16T07:31:00+01:00"})";
    REQUIRE(w.observe(period).status == 201);
    auto c = w.db.connect();
    auto rows = c.exec("SELECT to_char(measured_at AT TIME ZONE 'Europe/Oslo', "
                       "'YYYY-MM-DD HH24:MI'), date_only FROM measurement ORDER BY value");
    REQUIRE(rows);
    REQUIRE(rows->rows() == 2);
    CHECK(rows->text(0, 0) == "2025-03-16 07:30");
    CHECK(rows->text(0, 1) == "f");
    CHECK(rows->text(1, 0) == "2025-03-16 12:00");
    CHECK(rows->text(1, 1) == "t");
    auto payload
        = c.exec("SELECT payload FROM change_log WHERE payload LIKE '%\"date_only\":true%'");
    REQUIRE(payload);
    CHECK(payload->rows() == 1);
}

TEST_CASE("a batch Bundle answers per entry and stores the good entries", "[server][ingest]")
{
    IngestWorld w;
    auto good = w.obs();
    good.subject = R"({"reference":"urn:uuid:6f1c1a52-0000-4000-8000-000000000001"})";
    auto badUnit = w.obs();
    badUnit.quantity = ucum("96", "mmol/L");
    auto other = w.obs();
    other.subject = fnrReference(w.otherNationalId);
    const auto clock
        = R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"urn:iso:std:iso:11073:10101","code":"67975"}]},"valueDateTime":"2025-03-16T07:30:00+01:00"})";
    const auto answers
        = R"({"resourceType":"QuestionnaireResponse","status":"completed","subject":)"
        + fnrReference(w.nationalId) + R"(,"authored":")" + isoAgo(std::chrono::minutes { 5 })
        + R"(","item":[{"linkId":"dyspne-verre","answer":[{"valueCoding":{"code":"mye verre"}}]},{"linkId":"feber","answer":[{"valueBoolean":false}]}]})";
    const std::string bundle
        = R"({"resourceType":"Bundle","type":"batch","entry":[)"
          R"({"fullUrl":"urn:uuid:6f1c1a52-0000-4000-8000-000000000001","resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":")"
        + w.nationalId + R"("}]},"request":{"method":"POST","url":"Patient"}},)"
        + R"({"resource":{"resourceType":"Device","id":"oximeter"}},)" + R"({"resource":)"
        + good.json() + "}," + R"({"resource":)" + badUnit.json() + "},"
        + R"({"resource":{"resourceType":"Claim","id":"c1"}},)" + R"({"resource":)" + other.json()
        + "}," + R"({"resource":)" + clock + "}," + R"({"resource":)" + answers + "}]}";
    const auto reply = w.post("/v1/fhir", bundle, w.token);
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    const auto response = parse(reply.body);
    CHECK(response->getValue<std::string>("type") == "batch-response");
    auto entries = response->getArray("entry");
    REQUIRE(entries->size() == 8);
    auto status = [&](unsigned i) {
        return entries->getObject(i)->getObject("response")->getValue<std::string>("status");
    };
    CHECK(status(0) == "200 OK"); // the Patient entry: resolved, the device's own patient
    CHECK(status(1) == "200 OK"); // the Device entry: noted
    CHECK(status(2) == "201 Created");
    CHECK(status(3) == "400 Bad Request");
    CHECK(issuesOf(entries->getObject(3)->getObject("response")->getObject("outcome"))
        == std::vector<std::string> { "code-invalid@Bundle.entry[3].resource.valueQuantity.code" });
    CHECK(status(4) == "400 Bad Request");
    CHECK(issuesOf(entries->getObject(4)->getObject("response")->getObject("outcome"))
        == std::vector<std::string> { "not-supported@Bundle.entry[4].resource.resourceType" });
    CHECK(status(5) == "403 Forbidden");
    CHECK(status(6) == "200 OK"); // the device's clock: not a measurement, not stored
    CHECK(status(7) == "201 Created");
    CHECK(reply.body.find(w.nationalId) == std::string::npos);
    CHECK(reply.body.find(w.otherNationalId) == std::string::npos);
    CHECK(w.measurements() == 1);
    auto c = w.db.connect();
    auto stored
        = c.exec("SELECT question_id, answer FROM questionnaire_answer ORDER BY question_id");
    REQUIRE(stored);
    REQUIRE(stored->rows() == 2);
    CHECK(stored->text(0, 0) == "dyspne-verre");
    CHECK(stored->text(0, 1) == "mye verre");
    CHECK(stored->text(1, 0) == "feber");
    CHECK(stored->text(1, 1) == "nei");
    CHECK(w.count("SELECT count(*) FROM change_log WHERE entity = 'questionnaire_answer'") == 2);
}

TEST_CASE("a transaction Bundle stores all or nothing", "[server][ingest]")
{
    IngestWorld w;
    auto entries = [&](std::vector<Obs> list) {
        std::string out
            = R"({"resourceType":"Bundle","type":"transaction","entry":[)"
              R"({"fullUrl":"urn:uuid:6f1c1a52-0000-4000-8000-0000000000aa","resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":")"
            + w.nationalId
            + R"("}]},"request":{"method":"POST","url":"Patient","ifNoneExist":"identifier=urn:oid:2.16.578.1.12.4.1.4.1|)"
            + w.nationalId + R"("}})";
        for (auto &o : list) {
            if (o.subject == fnrReference(w.nationalId))
                o.subject = R"({"reference":"urn:uuid:6f1c1a52-0000-4000-8000-0000000000aa"})";
            out += R"(,{"resource":)" + o.json()
                + R"(,"request":{"method":"POST","url":"Observation"}})";
        }
        return out + "]}";
    };
    std::vector<Obs> list;
    for (int i = 0; i < 5; ++i) {
        auto o = w.obs();
        o.quantity = ucum(std::to_string(90 + i), "%");
        list.push_back(o);
    }
    SECTION("one bad entry: nothing stored, one OperationOutcome")
    {
        list[3].quantity = ucum("30", "%");
        list[4].coding = R"([{"system":"http://loinc.org","code":"1234-5"}])";
        const auto reply = w.post("/v1/fhir", entries(list), w.token);
        INFO(reply.body);
        CHECK(reply.status == 400);
        CHECK(issuesOf(parse(reply.body))
            == std::vector<std::string> { "value@Bundle.entry[4].resource.valueQuantity.value",
                "code-invalid@Bundle.entry[5].resource.code.coding" });
        CHECK(w.measurements() == 0);
        CHECK(w.count("SELECT count(*) FROM ingest_key") == 0);
        CHECK(w.count("SELECT count(*) FROM change_log") == 0);
    }
    SECTION("another patient in it: 403, nothing stored")
    {
        list[2].subject = fnrReference(w.otherNationalId);
        const auto text = entries(list);
        const auto reply = w.post("/v1/fhir", text, w.token);
        INFO(reply.body);
        CHECK(reply.status == 403);
        CHECK(issuesOf(parse(reply.body))
            == std::vector<std::string> { "forbidden@Bundle.entry[3].resource.subject" });
        CHECK(w.measurements() == 0);
    }
    SECTION("all good: all stored, a transaction-response")
    {
        const auto reply = w.post("/v1/fhir", entries(list), w.token);
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        const auto response = parse(reply.body);
        CHECK(response->getValue<std::string>("type") == "transaction-response");
        CHECK(response->getArray("entry")->size() == 6);
        CHECK(w.measurements() == 5);
        CHECK(w.count("SELECT count(*) FROM change_log") == 5);
        CHECK(w.count("SELECT count(DISTINCT txid) FROM change_log") == 1);
    }
}

TEST_CASE("a device without valid credentials gets 401; another patient's device gets 403",
    "[server][ingest]")
{
    IngestWorld w;
    const auto body = w.obs().json();
    for (const auto &bearer : { std::string(), std::string("not-a-token"), w.revokedToken }) {
        const auto reply = w.post("/v1/fhir/Observation", body, bearer);
        CHECK(reply.status == 401);
        CHECK(reply.headers.at("WWW-Authenticate") == "Bearer");
        CHECK(issuesOf(parse(reply.body)) == std::vector<std::string> { "login@" });
    }
    CHECK(w.server.request("POST", "/v1/fhir", "{}", { { "Authorization", "Basic eDp5" } }).status
        == 401);

    const auto other = w.post("/v1/fhir/Observation", body, w.otherToken);
    INFO(other.body);
    CHECK(other.status == 403);
    CHECK(issuesOf(parse(other.body))
        == std::vector<std::string> { "forbidden@Observation.subject" });
    CHECK(other.body.find(w.nationalId) == std::string::npos);
    auto byId = w.obs();
    byId.subject = R"({"reference":"Patient/)" + w.patientId + "\"}";
    CHECK(w.post("/v1/fhir/Observation", byId.json(), w.otherToken).status == 403);
    CHECK(w.post("/v1/fhir/Observation", byId.json(), w.token).status == 201);
    CHECK(w.measurements() == 1);
}

TEST_CASE("QuestionnaireResponse answers are checked against Varde's questions", "[server][ingest]")
{
    IngestWorld w;
    auto response = [&](const std::string &items, const std::string &identifier) {
        return R"({"resourceType":"QuestionnaireResponse","status":"completed","identifier":{"system":"urn:oid:1.2.3.4.app","value":")"
            + identifier + R"("},"subject":)" + fnrReference(w.nationalId) + R"(,"authored":")"
            + isoAgo(std::chrono::minutes { 10 }) + R"(","item":)" + items + "}";
    };
    const auto good = response(
        R"([{"linkId":"hoste-mer","answer":[{"valueCoding":{"code":"JA"}}]},{"linkId":"kat-score","answer":[{"valueInteger":12}]}])",
        "qr-1");
    const auto first = w.post("/v1/fhir/QuestionnaireResponse", good, w.token);
    INFO(first.body);
    REQUIRE(first.status == 201);
    CHECK(w.post("/v1/fhir/QuestionnaireResponse", good, w.token).status == 200);
    CHECK(w.count("SELECT count(*) FROM questionnaire_answer WHERE answer IN ('ja', '12')") == 2);

    const auto bad = w.post("/v1/fhir/QuestionnaireResponse",
        response(R"([{"linkId":"hoste-mer","answer":[{"valueString":"kanskje"}]}])", "qr-2"),
        w.token);
    INFO(bad.body);
    CHECK(bad.status == 400);
    CHECK(issuesOf(parse(bad.body))
        == std::vector<std::string> {
            "code-invalid@QuestionnaireResponse.item[0].answer[0].value[x]" });
    CHECK(w.count("SELECT count(*) FROM questionnaire_answer") == 2);
}

TEST_CASE(
    "users read a patient's Observations back as a paged searchset Bundle", "[server][ingest]")
{
    IngestWorld w;
    // Six SpO2 values an hour apart, and one blood-pressure panel.
    for (int i = 1; i <= 6; ++i) {
        auto o = w.obs();
        o.quantity = ucum(std::to_string(90 + i), "%");
        o.time = "\"effectiveDateTime\":\"" + isoAgo(std::chrono::minutes { 60 * i }) + "\"";
        REQUIRE(w.observe(o).status == 201);
    }
    auto panel = w.obs();
    panel.coding = R"([{"system":"http://loinc.org","code":"85354-9"}])";
    panel.quantity.clear();
    panel.time = "\"effectiveDateTime\":\"" + isoAgo(std::chrono::minutes { 30 }) + "\"";
    panel.extra
        = R"(,"component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":120,"system":"http://unitsofmeasure.org","code":"mm[Hg]"}},{"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":80,"system":"http://unitsofmeasure.org","code":"mm[Hg]"}}])";
    REQUIRE(w.observe(panel).status == 201);

    const auto nurse = w.login("{nurse}", w.serviceId, "");
    auto get = [&](const std::string &query, const std::string &bearer) {
        std::map<std::string, std::string> headers;
        if (!bearer.empty())
            headers["Authorization"] = "Bearer " + bearer;
        return w.server.request("GET", "/v1/fhir/Observation?" + query, {}, headers);
    };
    const auto since = time::formatIsoUtc(time::now() - std::chrono::minutes { 60 * 4 + 30 });
    const auto reply = get("patient=" + w.patientId + "&date=ge" + since + "&_count=2", nurse);
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    auto bundle = parse(reply.body);
    CHECK(bundle->getValue<std::string>("type") == "searchset");
    CHECK(bundle->getValue<int>("total") == 5); // four SpO2 in the window and the panel
    auto entries = bundle->getArray("entry");
    REQUIRE(entries->size() == 2);
    auto first = entries->getObject(0)->getObject("resource");
    CHECK(first->getValue<std::string>("resourceType") == "Observation");
    CHECK(first->getObject("valueQuantity")->getValue<double>("value") == 94);
    CHECK(first->getObject("subject")->getValue<std::string>("reference")
        == "Patient/" + w.patientId);
    std::string next;
    auto links = bundle->getArray("link");
    for (std::size_t i = 0; i < links->size(); ++i)
        if (links->getObject(unsigned(i))->getValue<std::string>("relation") == "next")
            next = links->getObject(unsigned(i))->getValue<std::string>("url");
    REQUIRE(next.find("_offset=2") != std::string::npos);

    const auto last
        = get("patient=" + w.patientId + "&date=ge" + since + "&_count=2&_offset=4", nurse);
    auto lastEntries = parse(last.body)->getArray("entry");
    REQUIRE(lastEntries->size() == 1);
    auto bp = lastEntries->getObject(0)->getObject("resource");
    CHECK(bp->getArray("component")->size() == 2);
    const auto bpId = bp->getValue<std::string>("id");
    const auto one = w.server.request(
        "GET", "/v1/fhir/Observation/" + bpId, {}, { { "Authorization", "Bearer " + nurse } });
    CHECK(one.status == 200);
    CHECK(w.count("SELECT count(*) FROM audit_event WHERE actor_kind = 'user' AND patient_id = $1",
              { w.patientId })
        == 3);

    SECTION("a nurse of another service sees nothing; a GP sees their own patient")
    {
        const auto stranger = w.login("{nurse}", w.otherServiceId, "");
        const auto none = get("patient=" + w.patientId, stranger);
        CHECK(none.status == 200);
        CHECK(parse(none.body)->getValue<int>("total") == 0);
        CHECK(w.server
                  .request("GET", "/v1/fhir/Observation/" + bpId, {},
                      { { "Authorization", "Bearer " + stranger } })
                  .status
            == 404);
        const auto gp = w.login("{gp}", "", w.gpId);
        CHECK(parse(get("patient=" + w.patientId, gp).body)->getValue<int>("total") == 7);
    }
    SECTION("no token is 401, a device token too; bad parameters are 400")
    {
        CHECK(get("patient=" + w.patientId, "").status == 401);
        CHECK(get("patient=" + w.patientId, w.token).status == 401);
        CHECK(get("date=ge2025-01-01", nurse).status == 400);
        CHECK(get("patient=" + w.patientId + "&date=xx2025-01-01", nurse).status == 400);
        CHECK(get("patient=" + w.patientId + "&_count=-1", nurse).status == 400);
    }
}

// Not run by default: `test_server "[ingest-rate]"` prints the rate for Bundles of 100.
TEST_CASE("ingest rate for batch Bundles of 100 Observations", "[.][ingest-rate]")
{
    IngestWorld w;
    constexpr int bundles = 50;
    std::vector<std::string> bodies;
    for (int b = 0; b < bundles; ++b) {
        std::string body = R"({"resourceType":"Bundle","type":"batch","entry":[)";
        for (int i = 0; i < 100; ++i) {
            auto o = w.obs();
            o.identifier = "rate-" + std::to_string(b) + "-" + std::to_string(i);
            o.quantity = ucum(std::to_string(85 + i % 15), "%");
            body += std::string(i ? "," : "") + R"({"resource":)" + o.json() + "}";
        }
        bodies.push_back(body + "]}");
    }
    const auto start = std::chrono::steady_clock::now();
    for (const auto &body : bodies)
        REQUIRE(w.post("/v1/fhir", body, w.token).status == 200);
    const auto seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(w.measurements() == bundles * 100);
    WARN("ingest: " << bundles * 100 / seconds << " Observations/s (" << bundles
                    << " batch Bundles of 100, one client, sequential)");
}
