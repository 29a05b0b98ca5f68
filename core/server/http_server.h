#pragma once
// The router behind Poco's HTTP server, over TLS (Poco NetSSL) unless plain HTTP is asked for
// (tests of the handlers only). Thread pool and queue sizes come from the configuration:
// long-polling workstations each hold a thread while they wait.

#include "core/common/result.h"
#include "core/server/config.h"
#include "core/server/http.h"
#include "core/server/metrics.h"

#include <memory>

namespace varde::server
{

class HttpServer
{
public:
    HttpServer(const ServerConfig &config, const Router &router, Metrics &metrics);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and starts accepting. Io when the address is taken or the TLS files do not load.
    Result<> start();
    void stop();
    int port() const; // the bound port (config port 0 picks a free one)

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace varde::server
