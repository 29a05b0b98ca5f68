// The server under stress and failure, end to end over HTTPS: a kill -9 in the middle of batch
// ingest, then a restart and a resend (nothing lost, nothing doubled); 8 writers posting
// Observations while 4 signed-in nurses follow GET /v1/feed (every reader sees every
// measurement once, and nothing of another service); expired and forged tokens on the feed and
// ingest endpoints.
#include "server_fixture.h"

#include "core/domain/national_id.h"
#include "core/server/auth_token.h"
#include "core/server/secrets.h"
#include "core/time/civil_time.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

using namespace server_test;
using namespace varde;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
using Poco::JSON::Object;

namespace
{

constexpr const char *vendorSystem = "urn:oid:1.2.3.4.vendor";
const std::string tokenSecret = "test-secret-0123456789abcdef"; // as ServerProcess passes it

Object::Ptr parse(const std::string &body)
{
    Poco::JSON::Parser parser;
    auto value = parser.parse(body);
    if (value.type() != typeid(Object::Ptr))
        throw std::runtime_error("not a JSON object: " + body.substr(0, 200));
    return value.extract<Object::Ptr>();
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// The first error of any thread (Catch2's REQUIRE is for the main thread only).
struct Failures {
    std::mutex mutex;
    std::string first;
    std::atomic<bool> any { false };
    void add(const std::string &what)
    {
        std::lock_guard lock(mutex);
        if (first.empty())
            first = what;
        any = true;
    }
};

// Follow-up services with patients, each patient with a device token, and nurses who sign in.
struct World {
    TestDatabase db;
    ServerProcess server;

    struct Patient {
        std::string id, service, token;
    };

    explicit World(std::map<std::string, std::string> flags = {})
        : server(db, std::move(flags))
    {
    }

    void exec(const std::string &sql, const std::vector<server::PgParam> &params = {})
    {
        auto c = db.connect();
        auto ok = c.exec(sql, params);
        INFO((ok ? "" : ok.error().detail));
        REQUIRE(ok);
    }

    std::string addService(const std::string &name)
    {
        const auto id = newUuid();
        exec("INSERT INTO follow_up_service(id, name) VALUES ($1, $2)", { id, name });
        return id;
    }

    Patient addPatient(const std::string &service)
    {
        using namespace std::chrono;
        static int individual = 0; // each the first valid one at or after it: 10 apart
        individual += 10;
        auto fnr = domain::makeSyntheticFodselsnummer(
            1950y / March / 5d, domain::Sex::Female, individual % 490);
        REQUIRE(fnr);
        Patient p { newUuid(), service, server::newSecretToken() };
        exec("INSERT INTO patient(id, service_id, national_id, given_name, family_name) "
             "VALUES ($1, $2, $3, 'Kari', 'Nordmann')",
            { p.id, service, *fnr });
        exec("INSERT INTO device_credential(id, patient_id, token_hash) VALUES ($1, $2, $3)",
            { newUuid(), p.id, server::tokenHash(p.token) });
        return p;
    }

    // A nurse of `service`, signed in through /v1/auth/login: the bearer header.
    std::map<std::string, std::string> nurse(const std::string &service)
    {
        static const std::string hash = *server::hashPassword("correct horse");
        const auto login = "n" + newUuid().substr(0, 8);
        exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, service_id) "
             "VALUES ($1, $2, 'Sykepleier', $3, '{nurse}', $4)",
            { newUuid(), login, hash, service });
        const auto reply = server.request(
            "POST", "/v1/auth/login", R"({"login":")" + login + R"(","password":"correct horse"})");
        INFO(reply.body);
        REQUIRE(reply.status == 200);
        return { { "Authorization",
            "Bearer " + parse(reply.body)->getValue<std::string>("access_token") } };
    }

    std::int64_t count(const std::string &sql, const std::vector<server::PgParam> &params = {})
    {
        auto c = db.connect();
        auto rows = c.exec(sql, params);
        INFO((rows ? "" : rows.error().detail));
        REQUIRE(rows);
        return rows->int64(0, 0);
    }
};

// One Observation of SpO2 with a vendor identifier, measured at `when`.
std::string observation(
    const std::string &patientId, const std::string &identifier, int value, const std::string &when)
{
    return R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2708-6"}]},"subject":{"reference":"Patient/)"
        + patientId + R"("},"effectiveDateTime":")" + when + R"(","valueQuantity":{"value":)"
        + std::to_string(value)
        + R"(,"unit":"%","system":"http://unitsofmeasure.org","code":"%"},"identifier":[{"system":")"
        + vendorSystem + R"(","value":")" + identifier + "\"}]}";
}

// A batch Bundle of the Observations named by `identifiers`.
std::string batch(const std::string &patientId, const std::vector<std::string> &identifiers)
{
    const auto when = time::formatIsoOslo(time::now() - std::chrono::minutes { 30 });
    std::string body = R"({"resourceType":"Bundle","type":"batch","entry":[)";
    for (std::size_t i = 0; i < identifiers.size(); ++i)
        body += std::string(i ? "," : "") + R"({"resource":)"
            + observation(patientId, identifiers[i], 85 + int(i % 15), when) + "}";
    return body + "]}";
}

Reply postBundle(const ServerProcess &server, const std::string &token, const std::string &body)
{
    return server.request("POST", "/v1/fhir", body, { { "Authorization", "Bearer " + token } },
        "application/fhir+json");
}

// The per-entry statuses and stored ids of a batch-response ("201 Created", "Observation/id").
struct EntryAnswer {
    std::string status, id;
};
std::vector<EntryAnswer> answers(const std::string &body)
{
    std::vector<EntryAnswer> out;
    auto entries = parse(body)->getArray("entry");
    for (std::size_t i = 0; entries && i < entries->size(); ++i) {
        auto response = entries->getObject(unsigned(i))->getObject("response");
        EntryAnswer a;
        a.status = response->getValue<std::string>("status");
        if (response->has("location")) {
            const auto location = response->getValue<std::string>("location");
            a.id = location.substr(location.rfind('/') + 1);
        }
        out.push_back(a);
    }
    return out;
}

} // namespace

TEST_CASE("kill -9 in the middle of batch ingest, restart, resend: nothing lost, nothing doubled",
    "[server][robustness]")
{
    World w;
    const auto service = w.addService("Tjeneste A");
    constexpr int clients = 4, bundlesPerClient = 50, perBundle = 50;
    std::vector<World::Patient> patients;
    for (int c = 0; c < clients; ++c)
        patients.push_back(w.addPatient(service));

    // Every Bundle that will be sent, per client: its identifiers and its body.
    struct Planned {
        std::vector<std::string> identifiers;
        std::string body;
    };
    std::vector<std::vector<Planned>> plan(clients);
    std::set<std::string> everyIdentifier;
    for (int c = 0; c < clients; ++c)
        for (int b = 0; b < bundlesPerClient; ++b) {
            Planned p;
            for (int i = 0; i < perBundle; ++i)
                p.identifiers.push_back("kill-" + std::to_string(c) + "-" + std::to_string(b) + "-"
                    + std::to_string(i));
            p.body = batch(patients[std::size_t(c)].id, p.identifiers);
            everyIdentifier.insert(p.identifiers.begin(), p.identifiers.end());
            plan[std::size_t(c)].push_back(std::move(p));
        }

    // Clients post until the server dies under them; the main thread kills it once some
    // Bundles are answered, so that others are in flight.
    std::atomic<int> answered { 0 }, broken { 0 };
    std::mutex acknowledgedMutex;
    std::map<std::string, std::string> acknowledged; // identifier -> id answered before the kill
    Failures failures;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            const auto &token = patients[std::size_t(c)].token;
            for (const auto &planned : plan[std::size_t(c)]) {
                Reply reply;
                try {
                    reply = postBundle(w.server, token, planned.body);
                } catch (const std::exception &) {
                    ++broken; // the connection died with the server
                    return;
                }
                if (reply.status != 200) {
                    failures.add("before the kill: " + std::to_string(reply.status) + " "
                        + reply.body.substr(0, 300));
                    return;
                }
                const auto got = answers(reply.body);
                std::lock_guard lock(acknowledgedMutex);
                for (std::size_t i = 0; i < got.size(); ++i)
                    if (got[i].status == "201 Created")
                        acknowledged[planned.identifiers[i]] = got[i].id;
                ++answered;
            }
        });
    const auto deadline = Clock::now() + 60s;
    while (answered < 2 * clients && Clock::now() < deadline && !failures.any)
        std::this_thread::sleep_for(1ms);
    REQUIRE(answered >= 2 * clients);
    w.server.stop(SIGKILL);
    for (auto &t : threads)
        t.join();
    INFO(failures.first);
    REQUIRE_FALSE(failures.any);
    const auto before = w.count("SELECT count(*) FROM measurement");
    std::cout << "kill -9: " << answered << " of " << clients * bundlesPerClient
              << " Bundles answered, " << broken << " broken off in flight, " << before
              << " measurements stored at the kill\n";
    CHECK(broken > 0);
    CHECK(before >= std::int64_t(acknowledged.size()));
    CHECK(before < std::int64_t(everyIdentifier.size()));

    // Restart on the same database and resend everything.
    w.server.start();
    std::map<std::string, std::string> stored; // identifier -> id, from the resend's answers
    int created = 0, again = 0;
    for (int c = 0; c < clients; ++c)
        for (const auto &planned : plan[std::size_t(c)]) {
            const auto reply = postBundle(w.server, patients[std::size_t(c)].token, planned.body);
            INFO(reply.body.substr(0, 500));
            REQUIRE(reply.status == 200);
            const auto got = answers(reply.body);
            REQUIRE(got.size() == planned.identifiers.size());
            for (std::size_t i = 0; i < got.size(); ++i) {
                const auto &identifier = planned.identifiers[i];
                INFO(identifier << ": " << got[i].status);
                REQUIRE((got[i].status == "201 Created" || got[i].status == "200 OK"));
                (got[i].status == "201 Created" ? created : again)++;
                stored[identifier] = got[i].id;
                // What was acknowledged before the kill is there, under the same id.
                if (auto was = acknowledged.find(identifier); was != acknowledged.end()) {
                    CHECK(got[i].status == "200 OK");
                    CHECK(got[i].id == was->second);
                }
            }
        }
    CHECK(again == before); // what the kill left is found again, and only that
    CHECK(created + again == int(everyIdentifier.size()));

    // The database: exactly one measurement per identifier sent.
    auto c = w.db.connect();
    auto rows = c.exec("SELECT k.value, count(m.id), min(m.id::text) FROM ingest_key k LEFT JOIN "
                       "measurement m ON m.id = k.measurement_id WHERE k.system = $1 "
                       "GROUP BY k.value",
        { std::string(vendorSystem) });
    REQUIRE(rows);
    std::set<std::string> found;
    int wrong = 0;
    for (int r = 0; r < rows->rows(); ++r) {
        const auto identifier = rows->text(r, 0);
        found.insert(identifier);
        if (rows->int64(r, 1) != 1 || stored[identifier] != rows->text(r, 2))
            ++wrong;
    }
    CHECK(wrong == 0);
    CHECK(found == everyIdentifier);
    CHECK(w.count("SELECT count(*) FROM measurement") == std::int64_t(everyIdentifier.size()));
    CHECK(w.count("SELECT count(*) FROM measurement m WHERE NOT EXISTS (SELECT 1 FROM ingest_key "
                  "k WHERE k.measurement_id = m.id)")
        == 0);
    // And one change per measurement for the workstations.
    CHECK(w.count("SELECT count(*) FROM change_log WHERE entity = 'measurement'")
        == std::int64_t(everyIdentifier.size()));
    CHECK(w.count("SELECT count(DISTINCT entity_id) FROM change_log WHERE entity = 'measurement'")
        == std::int64_t(everyIdentifier.size()));
}

TEST_CASE("8 writers post Observations over HTTPS while 4 nurses follow the feed: each sees "
          "every measurement once",
    "[server][robustness]")
{
    // 8 x 10,000 in the issue; VARDE_ROBUSTNESS_PER_WRITER sets another count.
    int perWriter = 10000;
    if (const char *n = std::getenv("VARDE_ROBUSTNESS_PER_WRITER"))
        perWriter = std::atoi(n);
    constexpr int writers = 8, readers = 4, perBundle = 50;
    const int bundles = perWriter / perBundle;
    const int total = writers * bundles * perBundle;

    World w(std::map<std::string, std::string> { { "long-poll-seconds", "10" } });
    const auto serviceA = w.addService("Tjeneste A");
    const auto serviceB = w.addService("Tjeneste B");
    std::vector<World::Patient> patients;
    for (int i = 0; i < writers; ++i)
        patients.push_back(w.addPatient(serviceA));
    const auto stranger = w.addPatient(serviceB);
    std::vector<std::map<std::string, std::string>> nurses;
    for (int i = 0; i < readers; ++i)
        nurses.push_back(w.nurse(serviceA));

    Failures failures;
    std::mutex sentMutex;
    std::unordered_set<std::string> sentA, sentB; // measurement ids as answered
    std::vector<std::unordered_map<std::string, int>> seen(readers);
    std::vector<int> pages(readers, 0);
    const auto started = Clock::now();
    const auto deadline = started + 10min;

    std::vector<std::thread> threads;
    for (int r = 0; r < readers; ++r)
        threads.emplace_back([&, r] {
            auto &mine = seen[std::size_t(r)];
            std::string cursor;
            try {
                int have = 0;
                while (have < total && !failures.any && Clock::now() < deadline) {
                    const auto reply = w.server.request("GET",
                        "/v1/feed?limit=5000&wait=10" + (cursor.empty() ? "" : "&cursor=" + cursor),
                        {}, nurses[std::size_t(r)]);
                    if (reply.status != 200)
                        return failures.add("feed: " + std::to_string(reply.status));
                    auto page = parse(reply.body);
                    if (page->has("resync"))
                        return failures.add("feed: resync");
                    auto changes = page->getArray("changes");
                    for (std::size_t i = 0; i < changes->size(); ++i) {
                        auto change = changes->getObject(unsigned(i));
                        if (change->getValue<std::string>("entity") != "measurement")
                            continue;
                        if (++mine[change->getValue<std::string>("entity_id")] == 1)
                            ++have;
                    }
                    cursor = page->getValue<std::string>("cursor");
                    ++pages[std::size_t(r)];
                }
            } catch (const std::exception &e) {
                failures.add(std::string("reader: ") + e.what());
            }
        });

    auto writer = [&](const World::Patient &patient, const std::string &prefix, int count,
                      std::unordered_set<std::string> &sent) {
        try {
            for (int b = 0; b * perBundle < count && !failures.any; ++b) {
                std::vector<std::string> identifiers;
                for (int i = 0; i < perBundle; ++i)
                    identifiers.push_back(
                        prefix + "-" + std::to_string(b) + "-" + std::to_string(i));
                const auto reply
                    = postBundle(w.server, patient.token, batch(patient.id, identifiers));
                if (reply.status != 200)
                    return failures.add("ingest: " + std::to_string(reply.status));
                const auto got = answers(reply.body);
                std::lock_guard lock(sentMutex);
                for (const auto &a : got) {
                    if (a.status != "201 Created")
                        return failures.add("ingest entry: " + a.status);
                    sent.insert(a.id);
                }
            }
        } catch (const std::exception &e) {
            failures.add(std::string("writer: ") + e.what());
        }
    };
    std::vector<std::thread> writerThreads;
    for (int i = 0; i < writers; ++i)
        writerThreads.emplace_back([&, i] {
            writer(patients[std::size_t(i)], "w" + std::to_string(i), perWriter, sentA);
        });
    // Another service's device writes meanwhile: none of it may reach service A's nurses.
    writerThreads.emplace_back([&] { writer(stranger, "b", 1000, sentB); });
    for (auto &t : writerThreads)
        t.join();
    const auto written = Clock::now();
    for (auto &t : threads)
        t.join();
    const auto done = Clock::now();
    INFO(failures.first);
    REQUIRE_FALSE(failures.any);

    std::cout << "HTTP end to end: " << writers << " writers x " << perWriter
              << " Observations (Bundles of " << perBundle << ") in " << seconds(written - started)
              << " s = " << double(total) / seconds(written - started)
              << " Observations/s; 4 readers had all " << seconds(done - started) << " s after "
              << "the start (" << pages[0] << ", " << pages[1] << ", " << pages[2] << ", "
              << pages[3] << " pages)\n";
    REQUIRE(int(sentA.size()) == total);
    CHECK(int(sentB.size()) == 1000);
    CHECK(w.count("SELECT count(*) FROM measurement") == total + 1000);
    for (int r = 0; r < readers; ++r) {
        INFO("reader " << r);
        const auto &mine = seen[std::size_t(r)];
        CHECK(int(mine.size()) == total);
        int twice = 0, missing = 0, foreign = 0;
        for (const auto &[id, times] : mine) {
            twice += times > 1;
            foreign += sentB.count(id) || !sentA.count(id);
        }
        for (const auto &id : sentA)
            missing += !mine.count(id);
        CHECK(twice == 0);
        CHECK(missing == 0);
        CHECK(foreign == 0);
    }
}

TEST_CASE("expired and forged tokens are refused on the feed and ingest endpoints",
    "[server][robustness]")
{
    World w;
    const auto service = w.addService("Tjeneste A");
    const auto patient = w.addPatient(service);
    const auto nurse = w.nurse(service);
    const auto genuine = nurse.at("Authorization").substr(7);
    CHECK(w.server.request("GET", "/v1/feed?wait=0", {}, nurse).status == 200);

    // Same claims, signed with another key, with another algorithm, or expired.
    const Poco::JWT::Token parsed(genuine);
    const auto craft = [&](std::int64_t exp, const std::string &alg, const std::string &key) {
        Poco::JWT::Token token;
        token.payload() = parsed.payload();
        token.payload().set("exp", Poco::Int64(exp));
        Poco::JWT::Signer signer(key);
        signer.addAlgorithm(alg);
        return signer.sign(token, alg);
    };
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch())
                         .count();
    CHECK(w.server
              .request("GET", "/v1/feed?wait=0", {},
                  { { "Authorization", "Bearer " + craft(now + 300, "HS256", tokenSecret) } })
              .status
        == 200); // the crafting itself is sound
    const auto last = genuine.rfind('.');
    const std::vector<std::string> refused { craft(now - 5, "HS256", tokenSecret),
        craft(now + 300, "HS256", "another-secret-0123456789"),
        craft(now + 300, "HS512", tokenSecret), genuine.substr(0, last),
        genuine.substr(0, genuine.size() - 2), "abc.def.ghi" };
    for (const auto &token : refused) {
        INFO(token);
        CHECK(w.server
                  .request("GET", "/v1/feed?wait=0", {}, { { "Authorization", "Bearer " + token } })
                  .status
            == 401);
        // A user's token, genuine or not, is no device credential.
        CHECK(postBundle(w.server, token, batch(patient.id, { "forged-1" })).status == 401);
    }
    CHECK(postBundle(w.server, genuine, batch(patient.id, { "forged-2" })).status == 401);
    // A device token is no bearer token for the feed; a made-up or altered device token is
    // refused on ingest.
    CHECK(w.server
              .request(
                  "GET", "/v1/feed?wait=0", {}, { { "Authorization", "Bearer " + patient.token } })
              .status
        == 401);
    auto altered = patient.token;
    altered.back() = altered.back() == 'A' ? 'B' : 'A';
    for (const auto &token : { altered, server::newSecretToken(), std::string() })
        CHECK(postBundle(w.server, token, batch(patient.id, { "forged-3" })).status == 401);
    CHECK(w.count("SELECT count(*) FROM measurement") == 0);
    CHECK(postBundle(w.server, patient.token, batch(patient.id, { "genuine-1" })).status == 200);
    CHECK(w.count("SELECT count(*) FROM measurement") == 1);
}
