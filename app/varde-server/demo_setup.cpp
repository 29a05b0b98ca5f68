#include "demo_setup.h"

#include "core/common/uuid.h"
#include "core/demo/cohort.h"
#include "core/server/secrets.h"
#include "core/time/civil_time.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace varde::server
{
namespace
{

const char *pgBin = "/usr/lib/postgresql/15/bin/";

std::string quoted(const std::string &s) { return "'" + s + "'"; }

// Runs a shell command (as the postgres user when we are root: initdb refuses root).
Result<> run(const std::string &command, bool asPostgres, const std::filesystem::path &log)
{
    const std::string full = (asPostgres && ::geteuid() == 0 ? "runuser -u postgres -- " : "")
        + command + " >> " + quoted(log.string()) + " 2>&1";
    const int status = std::system(full.c_str());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail(ErrorCode::Io, "failed: " + command + " (see " + log.string() + ")");
    return {};
}

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace

Result<DemoCluster> DemoCluster::create(const std::filesystem::path &dirIn)
{
    std::error_code error;
    std::filesystem::create_directories(dirIn, error);
    const auto dir = std::filesystem::absolute(dirIn);
    const auto data = dir / "postgres";
    const auto log = dir / "postgres.log";
    DemoCluster cluster;
    cluster.m_dir = dir;
    if (!std::filesystem::exists(data / "PG_VERSION")) {
        std::filesystem::create_directories(data);
        if (::geteuid() == 0) {
            // The postgres user must reach the folder: refuse clearly rather than fail later.
            if (auto ok = run("chown -R postgres " + quoted(data.string())
                        + " && runuser -u "
                          "postgres -- test -w "
                        + quoted(data.string()),
                    false, log);
                !ok)
                return fail(ErrorCode::Io,
                    "the postgres user cannot write " + data.string()
                        + " (as root, give --demo a folder every user can enter, e.g. under /tmp)");
        }
        if (auto ok = run(std::string(pgBin) + "initdb -D " + quoted(data.string())
                    + " -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8",
                true, log);
            !ok)
            return fail(ok.error());
    }
    cluster.m_pgPort = freeLoopbackPort();
    if (auto ok = run(std::string(pgBin) + "pg_ctl -D " + quoted(data.string()) + " -l "
                + quoted((data / "server.log").string()) + " -w -o "
                + quoted("-p " + std::to_string(cluster.m_pgPort) + " -k " + data.string()
                    + " -c listen_addresses=127.0.0.1 -c idle_in_transaction_session_timeout=60s")
                + " start",
            true, log);
        !ok)
        return fail(ok.error());
    cluster.m_running = true;
    (void)run(std::string(pgBin) + "createdb -h 127.0.0.1 -p " + std::to_string(cluster.m_pgPort)
            + " -U postgres varde",
        true, log); // exists already on a second start

    const auto tls = dir / "tls";
    if (!std::filesystem::exists(tls / "server.pem")) {
        std::filesystem::create_directories(tls);
        if (auto ok = run("openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost "
                          "-addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "
                    + quoted((tls / "server.key").string()) + " -out "
                    + quoted((tls / "server.pem").string()),
                false, log);
            !ok)
            return fail(ok.error());
    }
    const auto secretFile = dir / "token-secret";
    if (!std::filesystem::exists(secretFile))
        std::ofstream(secretFile) << newSecretToken();
    std::ifstream(secretFile) >> cluster.m_secret;
    return cluster;
}

DemoCluster::DemoCluster(DemoCluster &&other) noexcept
    : m_dir(std::move(other.m_dir))
    , m_pgPort(other.m_pgPort)
    , m_running(other.m_running)
    , m_secret(std::move(other.m_secret))
    , m_welcome(std::move(other.m_welcome))
{
    other.m_running = false;
}

DemoCluster::~DemoCluster()
{
    if (m_running)
        (void)run(std::string(pgBin) + "pg_ctl -D " + quoted((m_dir / "postgres").string())
                + " -m fast -w stop",
            true, m_dir / "postgres.log");
}

ServerConfig DemoCluster::config() const
{
    ServerConfig c;
    c.listen = "127.0.0.1";
    c.port = 0;
    c.tlsCertificate = (m_dir / "tls" / "server.pem").string();
    c.tlsKey = (m_dir / "tls" / "server.key").string();
    c.databaseUrl
        = "host=127.0.0.1 port=" + std::to_string(m_pgPort) + " user=postgres dbname=varde";
    c.tokenSecret = m_secret;
    c.outgoingFolder = (m_dir / "outgoing").string();
    c.incomingFolder = (m_dir / "incoming").string();
    std::filesystem::create_directories(c.outgoingFolder);
    std::filesystem::create_directories(c.incomingFolder);
    return c;
}

Result<> DemoCluster::seed(PgConnection &db)
{
    auto seeded = db.exec("SELECT count(*) FROM follow_up_service");
    if (!seeded)
        return fail(seeded.error());
    const bool fresh = seeded->int64(0, 0) == 0;
    std::ostringstream welcome;
    if (fresh) {
        demo::CohortOptions options;
        options.patients = 60;
        options.days = 30;
        options.endDate = time::osloDate(time::now());
        const auto cohort = demo::generateCohort(options);
        auto tx = PgTransaction::begin(db);
        if (!tx)
            return fail(tx.error());
        const auto &s = cohort.service;
        if (auto ok = db.exec("INSERT INTO follow_up_service(id, name, her_id, municipality) "
                              "VALUES ($1, $2, $3, $4)",
                { s.meta.id, s.name, s.herId, s.municipality });
            !ok)
            return fail(ok.error());
        for (const auto &gp : cohort.gps)
            if (auto ok = db.exec("INSERT INTO general_practitioner(id, name, her_id, "
                                  "practice_name, practice_her_id) VALUES ($1, $2, $3, $4, $5)",
                    { gp.meta.id, gp.name, gp.herId, gp.practiceName, gp.practiceHerId });
                !ok)
                return fail(ok.error());
        for (const auto &p : cohort.patients)
            if (auto ok = db.exec("INSERT INTO patient(id, service_id, national_id, given_name, "
                                  "family_name, gp_id) VALUES ($1, $2, $3, $4, $5, $6)",
                    { p.meta.id, s.meta.id, p.nationalId, p.givenName, p.familyName,
                        p.gpId.empty() ? PgParam {} : PgParam { p.gpId } });
                !ok)
                return fail(ok.error());
        auto hash = hashPassword("varde-demo");
        if (!hash)
            return fail(hash.error());
        if (auto ok = db.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                              "service_id) VALUES ($1, 'demo', 'Kari Demo', $2, '{nurse}', $3)",
                { newUuid(), *hash, s.meta.id });
            !ok)
            return fail(ok.error());
        if (auto ok = db.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                              "gp_id) VALUES ($1, 'lege', $2, $3, '{gp}', $4)",
                { newUuid(), cohort.gps.front().name, *hash, cohort.gps.front().meta.id });
            !ok)
            return fail(ok.error());
        const auto token = newSecretToken();
        if (auto ok = db.exec("INSERT INTO device_credential(id, patient_id, token_hash, label) "
                              "VALUES ($1, $2, $3, 'demo device')",
                { newUuid(), cohort.patients.front().meta.id, tokenHash(token) });
            !ok)
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
        std::ofstream(m_dir / "device-token") << token << "\n"
                                              << cohort.patients.front().nationalId << "\n";
    }
    std::string token, nationalId;
    std::ifstream(m_dir / "device-token") >> token >> nationalId;
    welcome << "  nurse login: demo / varde-demo (follow-up service \"Digital hjemmeoppfølging "
               "Romsdal\")\n"
            << "  GP login:    lege / varde-demo\n"
            << "  device token (Authorization: Bearer ...): " << token << "\n"
            << "    for the patient with fødselsnummer " << nationalId << "\n"
            << "  TLS certificate to trust: " << (m_dir / "tls" / "server.pem").string() << "\n"
            << "  PostgreSQL: " << config().databaseUrl << "\n";
    m_welcome = welcome.str();
    return {};
}

void DemoCluster::printWelcome(std::ostream &out, int port) const
{
    out << "Varde demo server\n  base URL:    https://127.0.0.1:" << port << "/v1\n"
        << m_welcome << "Stop with Ctrl+C (the PostgreSQL cluster stops too)." << std::endl;
}

} // namespace varde::server
