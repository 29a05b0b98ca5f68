// First sync of a workstation, figures only (run it through pg_virtualenv): N home measurements
// (default 1,000,000; first argument) pulled from the real varde-server over loopback TLS into
// the encrypted store by SyncEngine::pull with the server's largest page (10,000), in rows/s,
// beside the floor: a raw SQLCipher bulk insert of the same rows into the same table with one
// prepared statement in one transaction. Then one page's time split into HTTP, JSON parse
// (parseFeedPage) and store apply (applyFeedPage on a fresh store). Never pass/fail.
#include "tests/sync/feed_rows.h"

#include "core/common/uuid.h"
#include "core/crypto/key_file.h"
#include "core/server/feed.h"
#include "core/server/migrate.h"
#include "core/server/pg.h"
#include "core/server/secrets.h"
#include "core/store/encrypted_store.h"
#include "core/store/patient_repository.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/sync/feed_apply.h"
#include "core/sync/feed_page.h"
#include "core/sync/server_client.h"
#include "core/sync/sync_engine.h"
#include "core/time/civil_time.h"
#include "core/worklist/worklist.h"

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace varde;
using Clock = std::chrono::steady_clock;

namespace
{

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

pid_t serverPid = -1;

void check(bool ok, const std::string &what)
{
    if (!ok) {
        if (serverPid > 0)
            ::kill(serverPid, SIGTERM);
        std::cerr << "bench_sync: " << what << "\n";
        std::exit(1);
    }
}

server::PgConnection connect(const std::string &url)
{
    auto c = server::PgConnection::connect(url);
    check(bool(c), c ? "" : c.error().detail);
    return std::move(*c);
}

void exec(server::PgConnection &db,
    const std::string &sql,
    const std::vector<server::PgParam> &params = {})
{
    auto ok = db.exec(sql, params);
    check(bool(ok), ok ? "" : sql.substr(0, 80) + ": " + ok.error().detail);
}

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

struct Server {
    pid_t pid = -1;
    int port = 0;
    Server(const std::string &url, const std::filesystem::path &tls)
    {
        std::vector<std::string> args { VARDE_SERVER, "--port", "0", "--tls-certificate",
            (tls / "server.pem").string(), "--tls-key", (tls / "server.key").string(),
            "--database-url", url, "--token-secret", "bench-secret-0123456789abcdef" };
        int out[2];
        check(::pipe(out) == 0, "pipe");
        pid = ::fork();
        check(pid >= 0, "fork");
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
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

// A valid ordinary fødselsnummer (mod-11 check digits) for a birth date as DDMMYY.
std::string fodselsnummer(const std::string &date)
{
    const int w1[] = { 3, 7, 6, 1, 8, 9, 4, 5, 2 }, w2[] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
    for (int individual = 100; individual < 500; ++individual) {
        std::string n = date + std::to_string(individual);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += (n[std::size_t(i)] - '0') * w1[i];
        const int k1 = (11 - sum % 11) % 11;
        if (k1 == 10)
            continue;
        n += char('0' + k1);
        sum = 0;
        for (int i = 0; i < 10; ++i)
            sum += (n[std::size_t(i)] - '0') * w2[i];
        const int k2 = (11 - sum % 11) % 11;
        if (k2 == 10)
            continue;
        return n + char('0' + k2);
    }
    check(false, "no fødselsnummer");
    return {};
}

const store::NewUser kari { "kari", "Kari Nordmann", domain::Role::Nurse, "900 11 222" };
const std::string storePassword = "kari-passord-1";

store::EncryptedStore freshStore(const std::filesystem::path &folder)
{
    auto s
        = store::EncryptedStore::create(folder, kari, storePassword, crypto::KdfParams::minimal());
    check(bool(s), s ? "" : s.error().detail);
    return std::move(*s);
}

std::int64_t countOf(store::Connection &db, const std::string &sql)
{
    auto n = db.queryText(sql);
    check(bool(n), n ? "" : n.error().detail);
    return std::stoll(*n);
}

// The floor: the same rows, the same columns as the feed's insert, one statement, one
// transaction, on a fresh encrypted store.
double rawInsert(store::Connection &db, const std::string &patientId, int n)
{
    check(bool(db.exec("PRAGMA foreign_keys = OFF")), "foreign keys"); // as the sync connection
    const auto now = sync::currentMillis();
    const auto start = Clock::now();
    auto tx = store::Transaction::begin(db);
    check(bool(tx), "begin");
    auto s = store::Statement::prepare(db,
        "INSERT OR IGNORE INTO measurement(id, origin, updated_at, patient_id, kind, code, value, "
        "unit, canonical_value, panel_id, measured_at, received_at, source, server_seq) VALUES "
        "(?, 'server', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    check(bool(s), "prepare");
    for (int g = 1; g <= n; ++g) {
        const double value = 90 + g % 10;
        auto ok = s->bind(1, newUuid())
                      .bind(2, now)
                      .bind(3, patientId)
                      .bind(4, "spo2")
                      .bind(5, "59408-5")
                      .bind(6, value)
                      .bind(7, "%")
                      .bind(8, value)
                      .bindNull(9)
                      .bind(10, now - std::int64_t(g) * 10000)
                      .bind(11, now)
                      .bind(12, "device")
                      .bind(13, std::int64_t(g))
                      .run();
        check(bool(ok), "insert");
    }
    check(bool(tx->commit()), "commit");
    return seconds(Clock::now() - start);
}

// Percentile of sorted milliseconds (nearest rank).
double percentile(const std::vector<double> &sorted, double p)
{
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

// End-to-end latency from a device's POST to the workstation's worklist: a second service (its
// feed holds only its own changes), a workstation store signed in there whose worker loop
// long-polls as ui/sync/sync_worker.cpp does and rebuilds the patient's worklist row after each
// page that touched them; `samples` SpO2 readings, one at a time, 200 ms apart.
void latency(server::PgConnection &pg,
    const sync::ServerAddress &address,
    const std::filesystem::path &root,
    int samples)
{
    const auto serviceId = newUuid();
    exec(pg, "INSERT INTO follow_up_service(id, name) VALUES ($1, 'Tjeneste to')", { serviceId });
    exec(pg,
        "INSERT INTO app_user(id, login, display_name, password_hash, roles, service_id) VALUES "
        "($1, 'ola', 'Ola', $2, '{nurse}', $3)",
        { newUuid(), *server::hashPassword("bench-passord"), serviceId });
    auto ws = freshStore(root / "latency");
    domain::Patient patient;
    patient.meta.id = newUuid();
    patient.nationalId = fodselsnummer("020361");
    patient.givenName = "Per";
    patient.familyName = "Olsen";
    patient.birthDate = std::chrono::year(1961) / std::chrono::March / std::chrono::day(2);
    patient.sex = domain::Sex::Male;
    patient.status = domain::FollowUpStatus::Active;
    {
        store::PatientRepository patients(ws);
        auto ok = patients.insert(patient);
        check(bool(ok), ok ? "" : "patient: " + ok.error().detail);
    }
    exec(pg,
        "INSERT INTO patient(id, service_id, national_id, given_name, family_name) VALUES ($1, "
        "$2, $3, 'Per', 'Olsen')",
        { patient.meta.id, serviceId, patient.nationalId });
    const auto deviceToken = server::newSecretToken();
    exec(pg, "INSERT INTO device_credential(id, patient_id, token_hash) VALUES ($1, $2, $3)",
        { newUuid(), patient.meta.id, server::tokenHash(deviceToken) });

    auto db = ws.openAnotherConnection();
    check(bool(db), "latency connection");
    sync::SyncEngine engine(std::move(*db), address);
    check(bool(engine.signIn("ola", "bench-passord")), "sign-in ola");
    check(bool(engine.push()) && bool(engine.pull(0)), "catch up");

    std::mutex mutex;
    std::condition_variable seen;
    std::int64_t shown = 0; // measurements in the worklist's latest rebuild
    std::atomic<bool> stop { false };
    std::thread worker([&] {
        while (!stop) {
            (void)engine.push();
            auto pulled = engine.pull(20);
            if (!pulled || !pulled->applied.touchedPatients.count(patient.meta.id))
                continue;
            auto row = worklist::buildWorklist(ws, time::now(), patient.meta.id);
            check(bool(row), "worklist");
            const auto n = countOf(ws.db(),
                "SELECT count(*) FROM measurement WHERE patient_id = '" + patient.meta.id + "'");
            {
                std::lock_guard lock(mutex);
                shown = n;
            }
            seen.notify_all();
        }
    });

    sync::ServerClient device(address);
    std::vector<double> ms;
    for (int i = 0; i < samples; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto at = time::formatIsoOslo(time::now() - std::chrono::seconds(5));
        const std::string body
            = R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":)"
              R"("http://loinc.org","code":"59408-5"}]},"effectiveDateTime":")"
            + at
            + R"(","subject":{"identifier":{"system":"urn:oid:2.16.578.1.12.4.1.4.1","value":")"
            + patient.nationalId + R"("}},"valueQuantity":{"value":)" + std::to_string(84 + i % 10)
            + R"(,"unit":"%","system":"http://unitsofmeasure.org","code":"%"},"identifier":)"
              R"([{"system":"urn:oid:1.2.3.4.bench","value":"latency-)"
            + std::to_string(i) + "\"}]}";
        const auto start = Clock::now();
        auto answer = device.post("/v1/fhir/Observation", body, deviceToken);
        check(answer && answer->status == 201,
            "device post: " + (answer ? std::to_string(answer->status) + " " + answer->body : ""));
        std::unique_lock lock(mutex);
        check(seen.wait_for(lock, std::chrono::seconds(30), [&] { return shown >= i + 1; }),
            "the measurement did not reach the worklist within 30 s");
        ms.push_back(seconds(Clock::now() - start) * 1e3);
    }
    stop = true;
    engine.abort();
    worker.join();
    std::sort(ms.begin(), ms.end());
    std::printf("\nIngest to worklist (device POST until the workstation's worklist row is rebuilt "
                "with it), %d samples:\n",
        samples);
    std::printf("  p50 %.1f ms   p99 %.1f ms   max %.1f ms\n", percentile(ms, 50),
        percentile(ms, 99), ms.back());
}

int run(int total, int latencySamples)
{
    auto admin = connect("dbname=postgres");
    const std::string name = "bench_sync_" + newUuid().substr(0, 8);
    check(bool(admin.exec("CREATE DATABASE " + name)), "cannot create a database");
    struct Drop {
        server::PgConnection &admin;
        std::string name;
        ~Drop() { (void)admin.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); }
    } drop { admin, name };
    const std::string url = "dbname=" + name;
    auto pg = connect(url);
    check(bool(server::migrate(pg)), "migration failed");
    const auto tls = makeTls();
    Server server(url, tls);
    const sync::ServerAddress address { "https://127.0.0.1:" + std::to_string(server.port),
        (tls / "ca.pem").string() };

    const auto serviceId = newUuid();
    exec(pg, "INSERT INTO follow_up_service(id, name) VALUES ($1, 'Tjeneste')", { serviceId });
    exec(pg,
        "INSERT INTO app_user(id, login, display_name, password_hash, roles, service_id) VALUES "
        "($1, 'kari', 'Kari', $2, '{nurse}', $3)",
        { newUuid(), *server::hashPassword("bench-passord"), serviceId });

    const auto root = std::filesystem::temp_directory_path() / ("varde-bench-sync-" + newUuid());
    struct Remove {
        std::filesystem::path path;
        ~Remove() { std::filesystem::remove_all(path); }
    } remove { root };
    auto ws = freshStore(root / "workstation");
    domain::Patient patient;
    patient.meta.id = newUuid();
    patient.nationalId = fodselsnummer("170548");
    patient.givenName = "Astrid";
    patient.familyName = "Hansen";
    patient.birthDate = std::chrono::year(1948) / std::chrono::May / std::chrono::day(17);
    patient.sex = domain::Sex::Female;
    patient.status = domain::FollowUpStatus::Active;
    {
        store::PatientRepository patients(ws);
        auto ok = patients.insert(patient);
        check(bool(ok), ok ? "" : "patient: " + ok.error().detail);
    }
    exec(pg,
        "INSERT INTO patient(id, service_id, national_id, given_name, family_name) VALUES ($1, "
        "$2, $3, 'Astrid', 'Hansen')",
        { patient.meta.id, serviceId, patient.nationalId });

    auto setupStart = Clock::now();
    for (int done = 0; done < total; done += 100'000)
        exec(pg, sync_test::feedMeasurementsSql,
            { serviceId, patient.meta.id, std::to_string(std::min(100'000, total - done)) });
    exec(pg, "ANALYZE change_log");
    std::printf("setup: %d measurements into change_log by SQL in %.1f s\n", total,
        seconds(Clock::now() - setupStart));

    // 1. The first sync, through the real server and SyncEngine::pull.
    sync::SyncOptions options;
    options.pageLimit = server::maxFeedPage;
    auto db = ws.openAnotherConnection();
    check(bool(db), "second connection");
    sync::SyncEngine engine(std::move(*db), address, options);
    auto session = engine.signIn("kari", "bench-passord");
    check(bool(session), session ? "" : "sign-in: " + session.error().detail);
    const auto pullStart = Clock::now();
    auto pulled = engine.pull(0);
    const double pullSeconds = seconds(Clock::now() - pullStart);
    check(bool(pulled), pulled ? "" : "pull: " + pulled.error().detail);
    const auto stored = countOf(ws.db(), "SELECT count(*) FROM measurement");
    check(stored == total, "stored " + std::to_string(stored) + " of " + std::to_string(total));
    std::printf("pull: %.2f s\n", pullSeconds);

    // 2. The floor: a raw bulk insert of as many rows into a fresh encrypted store.
    auto floorStore = freshStore(root / "floor");
    const double floorSeconds = rawInsert(floorStore.db(), patient.meta.id, total);

    // 3. One page of 10,000, its time split: HTTP, JSON parse, store apply (a fresh store).
    sync::ServerClient client(address);
    auto token = client.signIn("kari", "bench-passord");
    check(bool(token), "client sign-in");
    const std::string path
        = "/v1/feed?limit=" + std::to_string(server::maxFeedPage) + "&wait=0&cursor=";
    (void)client.get(path, token->accessToken); // warm: the TLS connection
    const int rounds = 5;
    double httpSeconds = 0, parseSeconds = 0, applySeconds = 0;
    std::size_t bodyBytes = 0;
    int pageRows = 0;
    for (int r = 0; r < rounds; ++r) {
        auto t0 = Clock::now();
        auto answer = client.get(path, token->accessToken);
        httpSeconds += seconds(Clock::now() - t0);
        check(answer && answer->status == 200, "feed page");
        bodyBytes = answer->body.size();
        t0 = Clock::now();
        auto page = sync::parseFeedPage(answer->body);
        parseSeconds += seconds(Clock::now() - t0);
        check(bool(page), "parse");
        pageRows = int(page->changes.size());
        auto applyStore = freshStore(root / ("apply-" + std::to_string(r)));
        auto applyDb = applyStore.openAnotherConnection();
        check(bool(applyDb), "apply connection");
        check(bool(applyDb->exec("PRAGMA foreign_keys = OFF")), "foreign keys");
        sync::ApplyOptions applyOptions;
        applyOptions.nowMillis = sync::currentMillis();
        t0 = Clock::now();
        auto applied = sync::applyFeedPage(*applyDb, *page, applyOptions);
        applySeconds += seconds(Clock::now() - t0);
        check(applied && applied->measurements == pageRows, "apply");
    }
    httpSeconds /= rounds;
    parseSeconds /= rounds;
    applySeconds /= rounds;

    const double pullRate = total / pullSeconds;
    const double floorRate = total / floorSeconds;
    std::printf("\nFirst sync of %d measurements into the encrypted store (SQLCipher %s)\n", total,
        ws.cipherVersion().c_str());
    std::printf("  SyncEngine::pull via varde-server, pages of %d: %8.2f s  %9.0f rows/s  "
                "(%d pages)\n",
        server::maxFeedPage, pullSeconds, pullRate, pulled->pages);
    std::printf("  floor, raw SQLCipher bulk insert (1 stmt, 1 tx): %8.2f s  %9.0f rows/s\n",
        floorSeconds, floorRate);
    std::printf("  ratio pull / floor: %.2fx slower\n", floorRate / pullRate);
    const double perPage = httpSeconds + parseSeconds + applySeconds;
    std::printf("\nOne page of %d rows (%.1f MB of JSON), mean of %d:\n", pageRows,
        double(bodyBytes) / 1e6, rounds);
    std::printf("  HTTP (server query + JSON out + TLS + read): %7.1f ms  %3.0f %%\n",
        httpSeconds * 1e3, 100 * httpSeconds / perPage);
    std::printf("  JSON parse (parseFeedPage, flat rows):        %7.1f ms  %3.0f %%  %.0f MB/s\n",
        parseSeconds * 1e3, 100 * parseSeconds / perPage, double(bodyBytes) / 1e6 / parseSeconds);
    std::printf("  store apply (applyFeedPage, fresh store):     %7.1f ms  %3.0f %%\n",
        applySeconds * 1e3, 100 * applySeconds / perPage);
    std::printf("  sum %.1f ms a page; x %d pages = %.1f s (the pull took %.1f s)\n", perPage * 1e3,
        pulled->pages, perPage * pulled->pages, pullSeconds);

    // 4. End-to-end latency, ingest to worklist.
    if (latencySamples > 0)
        latency(pg, address, root, latencySamples);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const int total = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const int samples = argc > 2 ? std::atoi(argv[2]) : 200;
    check(total > 0 && samples >= 0, "usage: bench_sync [measurements] [latency samples]");
    return run(total, samples);
}
