// Ingest figures on a real PostgreSQL and the real varde-server over loopback TLS (run it through
// pg_virtualenv): Observations/s for batch Bundles of 100 from one client and from 4 concurrent
// clients, beside a raw COPY of the same rows into the same measurement table through libpq
// (the floor), as a ratio; and the latency from posting an Observation to a nurse's
// long-polling GET /v1/feed (p50, p99). Printed figures, never pass/fail.
#include "core/common/uuid.h"
#include "core/domain/national_id.h"
#include "core/server/migrate.h"
#include "core/server/pg.h"
#include "core/server/secrets.h"
#include "core/time/civil_time.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace varde;
using namespace varde::server;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace
{

constexpr int perBundle = 100;

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }
double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

pid_t serverPid = -1; // stopped on the way out, whatever the way

void check(bool ok, const std::string &what)
{
    if (!ok) {
        if (serverPid > 0)
            ::kill(serverPid, SIGTERM);
        std::cerr << "bench_ingest: " << what << "\n";
        std::exit(1);
    }
}

PgConnection connect(const std::string &url)
{
    auto c = PgConnection::connect(url);
    check(bool(c), c ? "" : c.error().detail);
    return std::move(*c);
}

void exec(PgConnection &db, const std::string &sql, const std::vector<PgParam> &params = {})
{
    auto ok = db.exec(sql, params);
    check(bool(ok), ok ? "" : sql + ": " + ok.error().detail);
}

Poco::JSON::Object::Ptr parse(const std::string &body)
{
    auto value = Poco::JSON::Parser().parse(body);
    check(value.type() == typeid(Poco::JSON::Object::Ptr), "not JSON: " + body.substr(0, 200));
    return value.extract<Poco::JSON::Object::Ptr>();
}

// A CA and a certificate for 127.0.0.1, made with openssl.
std::filesystem::path makeTls()
{
    const auto dir = std::filesystem::temp_directory_path() / ("varde-bench-tls-" + newUuid());
    std::filesystem::create_directories(dir);
    const auto command = "( cd '" + dir.string()
        + "' && openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=varde-bench-ca "
          "-keyout ca.key -out ca.pem && openssl req -newkey rsa:2048 -nodes -subj /CN=localhost "
          "-keyout server.key -out server.csr && printf 'subjectAltName=IP:127.0.0.1\\n' > "
          "san.ext && openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
          "-days 1 -extfile san.ext -out server.pem ) > /dev/null 2>&1";
    check(std::system(command.c_str()) == 0, "openssl failed");
    return dir;
}

// varde-server on a free loopback port; the first line of its output names the port.
struct Server {
    pid_t pid = -1;
    int port = 0;
    Server(const std::string &url, const std::filesystem::path &tls)
    {
        std::vector<std::string> args { VARDE_SERVER, "--port", "0", "--tls-certificate",
            (tls / "server.pem").string(), "--tls-key", (tls / "server.key").string(),
            "--database-url", url, "--token-secret", "bench-secret-0123456789abcdef", "--threads",
            "32", "--queue", "128", "--long-poll-seconds", "10" };
        int out[2];
        check(::pipe(out) == 0, "pipe");
        pid = ::fork();
        check(pid >= 0, "fork");
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM); // never outlives the bench, however it ends
            ::dup2(out[1], 1);
            ::close(out[0]);
            std::vector<char *> argv;
            for (auto &a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(out[1]);
        std::string line;
        char c;
        while (::read(out[0], &c, 1) == 1 && c != '\n')
            line += c;
        ::close(out[0]);
        check(line.rfind("listening on https://", 0) == 0, "varde-server said: " + line);
        port = std::stoi(line.substr(line.rfind(':') + 1));
        serverPid = pid;
    }
    ~Server()
    {
        ::kill(pid, SIGTERM);
        int status = 0;
        ::waitpid(pid, &status, 0);
        serverPid = -1;
    }
};

// A thread's body; an exception ends the run with its message.
template <typename F> auto guarded(F f)
{
    return [f]() mutable {
        try {
            f();
        } catch (const Poco::Exception &e) {
            check(false, e.displayText());
        } catch (const std::exception &e) {
            check(false, e.what());
        }
    };
}

// One kept-alive HTTPS connection.
class Client
{
public:
    Client(int port, const std::filesystem::path &tls)
        : m_context(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE,
            "",
            "",
            (tls / "ca.pem").string(),
            Poco::Net::Context::VERIFY_STRICT))
        , m_session("127.0.0.1", Poco::UInt16(port), m_context)
    {
        m_session.setKeepAlive(true);
        m_session.setTimeout(Poco::Timespan(60, 0));
    }
    std::pair<int, std::string> request(const std::string &method,
        const std::string &path,
        const std::string &body,
        const std::string &bearer,
        const std::string &type,
        const std::string &prefer = {})
    {
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        if (!bearer.empty())
            request.set("Authorization", "Bearer " + bearer);
        if (!prefer.empty())
            request.set("Prefer", prefer);
        if (method == "POST") {
            request.setContentType(type);
            request.setContentLength(std::streamsize(body.size()));
            m_session.sendRequest(request) << body;
        } else {
            m_session.sendRequest(request);
        }
        Poco::Net::HTTPResponse response;
        auto &in = m_session.receiveResponse(response);
        std::string out;
        Poco::StreamCopier::copyToString(in, out);
        return { int(response.getStatus()), out };
    }

private:
    Poco::Net::Context::Ptr m_context;
    Poco::Net::HTTPSClientSession m_session;
};

struct Patient {
    std::string id, token;
};

std::string observation(
    const Patient &p, const std::string &identifier, int value, const std::string &when)
{
    return R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2708-6"}]},"subject":{"reference":"Patient/)"
        + p.id + R"("},"effectiveDateTime":")" + when + R"(","valueQuantity":{"value":)"
        + std::to_string(value)
        + R"(,"unit":"%","system":"http://unitsofmeasure.org","code":"%"},"identifier":[{"system":"urn:oid:1.2.3.4.vendor","value":")"
        + identifier + "\"}]}";
}

std::vector<std::string> bundles(const Patient &p, const std::string &prefix, int count)
{
    const auto when = time::formatIsoOslo(time::now() - std::chrono::minutes { 30 });
    std::vector<std::string> out;
    for (int b = 0; b < count; ++b) {
        std::string body = R"({"resourceType":"Bundle","type":"batch","entry":[)";
        for (int i = 0; i < perBundle; ++i)
            body += std::string(i ? "," : "") + R"({"resource":)"
                + observation(
                    p, prefix + std::to_string(b) + "-" + std::to_string(i), 85 + i % 15, when)
                + "}";
        out.push_back(body + "]}");
    }
    return out;
}

// Posts every Bundle of each client's list, the clients at once: Observations/s.
double ingest(int port,
    const std::filesystem::path &tls,
    const std::vector<Patient> &patients,
    const std::vector<std::vector<std::string>> &work)
{
    std::atomic<int> observations { 0 };
    const auto started = Clock::now();
    std::vector<std::thread> threads;
    for (std::size_t c = 0; c < work.size(); ++c)
        threads.emplace_back(guarded([&, c] {
            Client client(port, tls);
            for (const auto &body : work[c]) {
                const auto [status, reply] = client.request(
                    "POST", "/v1/fhir", body, patients[c].token, "application/fhir+json");
                check(status == 200, "ingest answered " + std::to_string(status));
                check(reply.find("\"400 ") == std::string::npos, "an entry was refused");
                observations += perBundle;
            }
        }));
    for (auto &t : threads)
        t.join();
    return observations / seconds(Clock::now() - started);
}

// The same rows through COPY ... FROM STDIN into measurement: rows/s.
double copyFloor(const std::string &url, const Patient &p, int rows)
{
    auto db = connect(url);
    const auto measured = time::formatIsoOslo(time::now() - std::chrono::minutes { 30 });
    std::string data;
    for (int i = 0; i < rows; ++i)
        data += newUuid() + "\t" + p.id + "\tspo2\t" + std::to_string(85 + i % 15) + "\t%\t"
            + std::to_string(85 + i % 15) + "\t" + measured + "\tdevice\tloinc:2708-6\n";
    const auto started = Clock::now();
    auto *conn = db.raw();
    PGresult *begin = PQexec(conn,
        "COPY measurement(id, patient_id, kind, value, unit, canonical_value, measured_at, "
        "source, codes) FROM STDIN");
    check(PQresultStatus(begin) == PGRES_COPY_IN, PQerrorMessage(conn));
    PQclear(begin);
    // In chunks of about 64 kB, as a client streaming rows would.
    for (std::size_t at = 0; at < data.size(); at += 65536) {
        const auto n = std::min<std::size_t>(65536, data.size() - at);
        check(PQputCopyData(conn, data.data() + at, int(n)) == 1, PQerrorMessage(conn));
    }
    check(PQputCopyEnd(conn, nullptr) == 1, PQerrorMessage(conn));
    PGresult *end = PQgetResult(conn);
    check(PQresultStatus(end) == PGRES_COMMAND_OK, PQerrorMessage(conn));
    PQclear(end);
    while (PGresult *more = PQgetResult(conn))
        PQclear(more);
    return rows / seconds(Clock::now() - started);
}

// From posting one Observation (POST /v1/fhir/Observation) to a nurse's long-polling
// GET /v1/feed having it: `posts` posts spaced 10-40 ms apart.
void feedLatency(int port,
    const std::filesystem::path &tls,
    const Patient &p,
    const std::string &nurse,
    int posts)
{
    Client reader(port, tls), writer(port, tls);
    // Start at the end of what is there.
    std::string cursor;
    for (;;) {
        const auto [status, body] = reader.request("GET",
            "/v1/feed?limit=10000&wait=0" + (cursor.empty() ? "" : "&cursor=" + cursor), {}, nurse,
            {});
        check(status == 200, "feed answered " + std::to_string(status));
        auto page = parse(body);
        cursor = page->getValue<std::string>("cursor");
        if (page->getArray("changes")->size() == 0)
            break;
    }
    std::mutex mutex;
    std::map<std::string, Clock::time_point> arrived;
    std::atomic<int> seen { 0 };
    std::thread following(guarded([&] {
        while (seen < posts) {
            const auto [status, body]
                = reader.request("GET", "/v1/feed?wait=10&cursor=" + cursor, {}, nurse, {});
            const auto now = Clock::now();
            check(status == 200, "feed answered " + std::to_string(status));
            auto page = parse(body);
            auto changes = page->getArray("changes");
            std::lock_guard lock(mutex);
            for (std::size_t i = 0; i < changes->size(); ++i) {
                arrived[changes->getObject(unsigned(i))->getValue<std::string>("entity_id")] = now;
                ++seen;
            }
            cursor = page->getValue<std::string>("cursor");
        }
    }));
    std::vector<std::pair<std::string, Clock::time_point>> sent;
    std::vector<double> roundTrips;
    std::mt19937 random(42);
    std::uniform_int_distribution<int> gap(10, 40);
    const auto when = time::formatIsoOslo(time::now() - std::chrono::minutes { 5 });
    for (int i = 0; i < posts; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(gap(random)));
        const auto body = observation(p, "latency-" + std::to_string(i), 95, when);
        const auto t0 = Clock::now();
        const auto [status, reply] = writer.request("POST", "/v1/fhir/Observation", body, p.token,
            "application/fhir+json", "return=representation");
        roundTrips.push_back(ms(Clock::now() - t0));
        check(status == 201, "post answered " + std::to_string(status) + " " + reply);
        const auto id = parse(reply)->getValue<std::string>("id");
        sent.emplace_back(id, t0);
    }
    following.join();
    std::vector<double> lag;
    for (const auto &[id, t0] : sent) {
        check(arrived.count(id) == 1, "the feed lost " + id);
        lag.push_back(ms(arrived[id] - t0));
    }
    const auto quantile = [](std::vector<double> v, double q) {
        std::sort(v.begin(), v.end());
        return v[std::size_t(q * double(v.size() - 1))];
    };
    std::printf("feed latency, POST /v1/fhir/Observation sent -> nurse's long-polling GET "
                "/v1/feed has it (%d posts, HTTPS): p50 %.1f ms, p99 %.1f ms (the POST's own "
                "round trip: p50 %.1f ms, p99 %.1f ms)\n",
        posts, quantile(lag, 0.5), quantile(lag, 0.99), quantile(roundTrips, 0.5),
        quantile(roundTrips, 0.99));
}

} // namespace

int run()
{
    auto admin = connect("dbname=postgres");
    const std::string name = "bench_ingest_" + newUuid().substr(0, 8);
    check(bool(admin.exec("CREATE DATABASE " + name)), "cannot create a database");
    struct Drop {
        PgConnection &admin;
        std::string name;
        ~Drop() { (void)admin.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); }
    } drop { admin, name };
    const std::string url = "dbname=" + name;
    {
        auto db = connect(url);
        check(bool(migrate(db)), "migration failed");
    }
    const auto tls = makeTls();
    std::vector<Patient> patients;
    std::string nurse;
    {
        Server server(url, tls);
        auto db = connect(url);
        const auto service = newUuid();
        exec(db, "INSERT INTO follow_up_service(id, name) VALUES ($1, 'Tjeneste')", { service });
        for (int i = 0; i < 6; ++i) {
            using namespace std::chrono;
            auto fnr = domain::makeSyntheticFodselsnummer(
                1950y / March / day(unsigned(i + 1)), domain::Sex::Female, 100);
            check(bool(fnr), "no fødselsnummer");
            Patient p { newUuid(), newSecretToken() };
            exec(db,
                "INSERT INTO patient(id, service_id, national_id, given_name, family_name) VALUES "
                "($1, $2, $3, 'Kari', 'Nordmann')",
                { p.id, service, *fnr });
            exec(db,
                "INSERT INTO device_credential(id, patient_id, token_hash) VALUES ($1, $2, $3)",
                { newUuid(), p.id, tokenHash(p.token) });
            patients.push_back(p);
        }
        exec(db,
            "INSERT INTO app_user(id, login, display_name, password_hash, roles, service_id) "
            "VALUES ($1, 'kari', 'Kari', $2, '{nurse}', $3)",
            { newUuid(), *hashPassword("bench-passord"), service });
        {
            Client client(server.port, tls);
            const auto [status, body] = client.request("POST", "/v1/auth/login",
                R"({"login":"kari","password":"bench-passord"})", {}, "application/json");
            check(status == 200, "login answered " + std::to_string(status));
            nurse = parse(body)->getValue<std::string>("access_token");
        }

        constexpr int oneClientBundles = 100, eachOfFour = 50;
        // A warm-up of 5 Bundles, not counted.
        (void)ingest(server.port, tls, { patients[5] }, { bundles(patients[5], "warm-", 5) });
        const double one = ingest(
            server.port, tls, { patients[0] }, { bundles(patients[0], "one-", oneClientBundles) });
        std::vector<std::vector<std::string>> four;
        for (int c = 1; c <= 4; ++c)
            four.push_back(bundles(patients[std::size_t(c)], "four-", eachOfFour));
        const double concurrent = ingest(
            server.port, tls, { patients[1], patients[2], patients[3], patients[4] }, four);
        const double floor = copyFloor(url, patients[5], oneClientBundles * perBundle);
        std::printf("ingest, batch Bundles of %d over HTTPS: one client %.0f Observations/s "
                    "(%d Observations), 4 concurrent clients %.0f Observations/s (%d)\n",
            perBundle, one, oneClientBundles * perBundle, concurrent, 4 * eachOfFour * perBundle);
        std::printf("raw COPY of the same rows into measurement (libpq PQputCopyData): %.0f "
                    "rows/s; COPY / ingest = %.1fx (one client), %.1fx (4 clients)\n",
            floor, floor / one, floor / concurrent);
        feedLatency(server.port, tls, patients[0], nurse, 200);
    }
    std::filesystem::remove_all(tls);
    return 0;
}

int main()
{
    try {
        return run();
    } catch (const Poco::Exception &e) {
        check(false, e.displayText());
    } catch (const std::exception &e) {
        check(false, e.what());
    }
    return 1;
}
