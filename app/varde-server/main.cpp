// varde-server: the central server. Reads its configuration (file, then flags), migrates the
// database under an advisory lock, serves HTTPS until SIGINT/SIGTERM. `--demo DIR` first makes
// a throwaway PostgreSQL cluster and TLS certificate in DIR and a demo follow-up service.
#include "demo_setup.h"

#include "core/server/config.h"
#include "core/server/feed_routes.h"
#include "core/server/health.h"
#include "core/server/http_server.h"
#include "core/server/migrate.h"
#include "core/server/partitions.h"
#include "core/server/plo_exchange.h"
#include "core/server/routes.h"

#include <csignal>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

using namespace varde;

namespace
{

constexpr const char *usage = R"(varde-server [--config FILE] [--KEY VALUE ...] [--insecure-http]
varde-server --demo DIR [--port N]

Serves the Varde API (/v1/...) over HTTPS. Settings come from the configuration file (see
packaging/server/varde-server.conf), then from flags with the same names:
  listen, port, tls-certificate, tls-key, database-url, database-connections, token-minutes,
  refresh-days, token-secret, threads, queue, long-poll-seconds, outgoing-folder,
  incoming-folder.
Prints "listening on https://ADDRESS:PORT" when it accepts requests (port 0 picks a free one).
--insecure-http serves plain HTTP (local tests of the handlers only).
--demo DIR creates (or reuses) a PostgreSQL cluster and a TLS certificate in DIR, a demo
  follow-up service with the demo cohort's patients, a nurse, a GP and a device token, prints
  how to reach them and serves until stopped; the cluster stops with the server.
Exit codes: 0 stopped, 1 could not start, 2 wrong command line.
)";

volatile std::sig_atomic_t stopRequested = 0;
void onSignal(int) { stopRequested = 1; }

} // namespace

int main(int argc, char **argv)
{
    std::map<std::string, std::string> flags;
    std::string configFile, demoDir;
    bool insecure = false;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "--help" || word == "-h") {
            std::cout << usage;
            return 0;
        }
        if (word == "--insecure-http") {
            insecure = true;
        } else if (word.rfind("--", 0) == 0 && i + 1 < argc) {
            const std::string key = word.substr(2);
            if (key == "config")
                configFile = argv[++i];
            else if (key == "demo")
                demoDir = argv[++i];
            else
                flags[key] = argv[++i];
        } else {
            std::cerr << "varde-server: unexpected argument '" << word << "'\n\n" << usage;
            return 2;
        }
    }

    server::ServerConfig config;
    std::unique_ptr<server::DemoCluster> demo;
    if (!demoDir.empty()) {
        auto made = server::DemoCluster::create(demoDir);
        if (!made) {
            std::cerr << "varde-server --demo: " << made.error().detail << "\n";
            return 1;
        }
        demo = std::make_unique<server::DemoCluster>(std::move(*made));
        config = demo->config();
    }
    if (!configFile.empty()) {
        std::ifstream in(configFile);
        if (!in) {
            std::cerr << "varde-server: cannot read " << configFile << "\n";
            return 2;
        }
        std::ostringstream text;
        text << in.rdbuf();
        auto parsed = server::parseConfig(text.str(), config);
        if (!parsed) {
            std::cerr << "varde-server: " << configFile << ": " << parsed.error().detail << "\n";
            return 2;
        }
        config = *parsed;
    }
    auto withFlags = server::applyFlags(config, flags);
    if (!withFlags) {
        std::cerr << "varde-server: " << withFlags.error().detail << "\n";
        return 2;
    }
    config = *withFlags;
    if (auto ok = server::checkConfig(config, insecure); !ok) {
        std::cerr << "varde-server: " << ok.error().detail << "\n";
        return 2;
    }

    server::PgPool pool(config.databaseUrl, config.databaseConnections);
    {
        auto db = pool.acquire();
        if (!db) {
            std::cerr << "varde-server: " << db.error().detail << "\n";
            return 1;
        }
        auto version = server::migrate(**db);
        if (!version) {
            std::cerr << "varde-server: migration failed: " << version.error().detail << "\n";
            return 1;
        }
        if (demo)
            if (auto ok = demo->seed(**db); !ok) {
                std::cerr << "varde-server --demo: " << ok.error().detail << "\n";
                return 1;
            }
    }

    server::Metrics metrics;
    server::ServerContext context { config, pool, metrics };
    server::Router router;
    server::addHealthRoutes(router, context);
    server::addApiRoutes(router, context);
    server::HttpServer http(config, router, metrics);
    if (auto ok = http.start(); !ok) {
        std::cerr << "varde-server: " << ok.error().detail << "\n";
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::cout << "listening on " << (config.tlsCertificate.empty() ? "http" : "https") << "://"
              << config.listen << ":" << http.port() << std::endl;
    if (demo)
        demo->printWelcome(std::cout, http.port());
    while (!stopRequested)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    server::stopFeedRoutes(); // answers waiting long-polls first
    http.stop();
    server::stopExchange();
    server::stopPartitionMaintenance();
    return 0;
}
