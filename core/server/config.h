#pragma once
// The server's settings: a configuration file of `key = value` lines (# comments), then
// command-line flags `--key value` over it. Unknown keys are errors, so a typo never silently
// leaves a default in place.

#include "core/common/result.h"

#include <map>
#include <string>
#include <vector>

namespace varde::server
{

struct ServerConfig {
    std::string listen = "127.0.0.1"; // address to bind
    int port = 8443;
    std::string tlsCertificate; // PEM; both or neither (plain HTTP only for --insecure tests)
    std::string tlsKey;
    std::string databaseUrl; // libpq connection string; "" = PG* environment
    int databaseConnections = 16;
    int tokenMinutes = 15; // bearer token lifetime
    int refreshDays = 14;
    std::string tokenSecret; // HMAC key for tokens (hex or text); required
    // Long-polls hold a thread each: size the pool for the workstations that wait at once.
    // Poco's defaults (16 threads, 64 queued) drop connections silently under long-polling.
    int threads = 64;
    int queue = 256;
    int longPollSeconds = 25;
    std::string outgoingFolder; // PLO documents for the message service
    std::string incomingFolder;
};

// Reads `text` as a configuration file over `base`. InvalidArgument "line N: ..." on an error.
Result<ServerConfig> parseConfig(const std::string &text, ServerConfig base = {});
// Applies `--key value` pairs (keys as in the file, with '-' or '_').
Result<ServerConfig> applyFlags(
    ServerConfig config, const std::map<std::string, std::string> &flags);
// What the server needs before it starts: a secret, a database, TLS files that exist.
Result<> checkConfig(const ServerConfig &config, bool allowPlainHttp);

} // namespace varde::server
