// The server process over loopback TLS on a real PostgreSQL: it migrates at start (several at
// once under the advisory lock), answers health, readiness and metrics, refuses what it does
// not know, and trusts only TLS.
#include "server_fixture.h"

#include "core/server/config.h"
#include "core/server/migrate.h"

#include <fstream>
#include <sstream>

#include <thread>

using namespace server_test;
using namespace varde;

TEST_CASE("the server starts over TLS, migrates and answers health, ready and metrics", "[server]")
{
    TestDatabase db;
    ServerProcess server(db);
    auto health = server.request("GET", "/v1/health");
    CHECK(health.status == 200);
    CHECK(health.body == "{\"status\":\"ok\"}");
    auto ready = server.request("GET", "/v1/ready");
    CHECK(ready.status == 200);
    auto metrics = server.request("GET", "/v1/metrics");
    CHECK(metrics.status == 200);
    CHECK(metrics.body.find("varde_requests_total ") != std::string::npos);
    CHECK(metrics.body.find("varde_oldest_transaction_seconds ") != std::string::npos);
    auto missing = server.request("GET", "/v1/no-such-thing");
    CHECK(missing.status == 404);
    auto wrongMethod = server.request("DELETE", "/v1/health");
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.headers["Allow"] == "GET");

    auto conn = db.connect();
    auto version = conn.exec("SELECT max(version) FROM schema_migration");
    REQUIRE(version);
    CHECK(version->int64(0, 0) == server::latestServerSchema());
}

TEST_CASE("several instances migrating at once leave one schema", "[server]")
{
    TestDatabase db;
    std::vector<std::thread> starters;
    std::atomic<int> succeeded { 0 };
    for (int i = 0; i < 4; ++i)
        starters.emplace_back([&] {
            auto conn = PgConnection::connect(db.url());
            if (conn && server::migrate(*conn))
                ++succeeded;
        });
    for (auto &t : starters)
        t.join();
    CHECK(succeeded == 4);
    auto conn = db.connect();
    // Each version once, in order.
    auto rows
        = conn.exec("SELECT count(*), count(DISTINCT version), max(version) FROM schema_migration");
    REQUIRE(rows);
    CHECK(rows->int64(0, 0) == rows->int64(0, 1));
    CHECK(rows->int64(0, 2) == server::latestServerSchema());
}

TEST_CASE("a database newer than the server is refused and left alone", "[server]")
{
    TestDatabase db;
    auto conn = db.connect();
    REQUIRE(server::migrate(conn));
    REQUIRE(conn.exec("INSERT INTO schema_migration(version, description) VALUES (999, 'future')"));
    auto again = server::migrate(conn);
    REQUIRE_FALSE(again);
    CHECK(again.error().detail.find("newer than this server") != std::string::npos);
}

TEST_CASE("the server refuses a plain HTTP client and bad settings", "[server]")
{
    TestDatabase db;
    ServerProcess server(db);
    // A client that does not speak TLS gets no HTTP answer.
    const std::string command = "curl -s -m 5 -o /dev/null -w '%{http_code}' http://127.0.0.1:"
        + std::to_string(server.port()) + "/v1/health";
    FILE *pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[16] = {};
    const auto n = std::fread(buffer, 1, sizeof buffer - 1, pipe);
    ::pclose(pipe);
    CHECK(std::string(buffer, n) != "200");

    const std::string noSecret = std::string(VARDE_SERVER) + " --port 0 --database-url '" + db.url()
        + "' > /dev/null 2>&1";
    const int status = std::system(noSecret.c_str());
    CHECK(WEXITSTATUS(status) == 2);
}

TEST_CASE("the packaged configuration file parses and asks for TLS", "[server]")
{
    std::ifstream in(std::string(VARDE_SOURCE_DIR) + "/packaging/server/varde-server.conf");
    std::ostringstream text;
    text << in.rdbuf();
    auto config = server::parseConfig(text.str());
    REQUIRE(config);
    CHECK(config->port == 8443);
    CHECK(config->threads == 64);
    CHECK(config->queue == 256);
    CHECK(config->tlsCertificate == "/etc/varde/tls/server.pem");
    auto typo = server::parseConfig("prot = 8443\n");
    REQUIRE_FALSE(typo);
    CHECK(typo.error().detail == "line 1: prot: unknown setting");
    auto plain = *config;
    plain.tlsCertificate.clear();
    plain.tlsKey.clear();
    CHECK_FALSE(server::checkConfig(plain, false));
}
