#include "core/server/http_server.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <iostream>

namespace varde::server
{
namespace
{

using namespace Poco::Net;

// Bodies larger than this are refused before they are read (a Bundle of 1000 entries fits).
constexpr std::streamsize maxBody = 32 * 1024 * 1024;

class Adapter : public HTTPRequestHandler
{
public:
    Adapter(const Router &router, Metrics &metrics)
        : m_router(router)
        , m_metrics(metrics)
    {
    }

    void handleRequest(HTTPServerRequest &in, HTTPServerResponse &out) override
    {
        ++m_metrics.requests;
        Response response;
        try {
            response = m_router.dispatch(toRequest(in));
        } catch (const std::exception &e) {
            // Operator log: the path's kind only, never bodies (they hold personal data).
            std::cerr << "varde-server: internal error on " << in.getMethod() << " "
                      << Poco::URI(in.getURI()).getPath() << ": " << e.what() << "\n";
            response = errorResponse(500, "internal", "internal error");
        }
        if (response.status >= 500)
            ++m_metrics.errors;
        out.setStatus(HTTPResponse::HTTPStatus(response.status));
        out.setContentType(response.contentType);
        for (const auto &[name, value] : response.headers)
            out.set(name, value);
        out.setContentLength(std::streamsize(response.body.size()));
        out.send() << response.body;
    }

private:
    static Request toRequest(HTTPServerRequest &in)
    {
        Request r;
        r.method = in.getMethod();
        r.remoteAddress = in.clientAddress().host().toString();
        Poco::URI uri(in.getURI());
        r.path = uri.getPath();
        for (const auto &[key, value] : uri.getQueryParameters()) {
            r.query[key] = value;
            r.queryAll.emplace(key, value);
        }
        for (const auto &[name, value] : in) {
            std::string lower = name;
            for (auto &c : lower)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            r.headers[lower] = value;
        }
        if (in.getContentLength() > maxBody)
            throw Poco::Exception("request body too large");
        Poco::StreamCopier::copyToString(in.stream(), r.body);
        return r;
    }

    const Router &m_router;
    Metrics &m_metrics;
};

class Factory : public HTTPRequestHandlerFactory
{
public:
    Factory(const Router &router, Metrics &metrics)
        : m_router(router)
        , m_metrics(metrics)
    {
    }
    HTTPRequestHandler *createRequestHandler(const HTTPServerRequest &) override
    {
        return new Adapter(m_router, m_metrics);
    }

private:
    const Router &m_router;
    Metrics &m_metrics;
};

} // namespace

struct HttpServer::Impl {
    ServerConfig config;
    const Router &router;
    Metrics &metrics;
    std::unique_ptr<HTTPServer> server;
    int port = 0;
};

HttpServer::HttpServer(const ServerConfig &config, const Router &router, Metrics &metrics)
    : m_impl(std::make_unique<Impl>(Impl { config, router, metrics, nullptr, 0 }))
{
}

HttpServer::~HttpServer() { stop(); }

Result<> HttpServer::start()
{
    const auto &c = m_impl->config;
    try {
        const SocketAddress address(c.listen, Poco::UInt16(c.port));
        std::unique_ptr<ServerSocket> socket;
        if (!c.tlsCertificate.empty()) {
            Context::Ptr context = new Context(Context::TLS_SERVER_USE, c.tlsKey, c.tlsCertificate,
                "", Context::VERIFY_NONE, 9, false, "HIGH:!aNULL:!MD5:!RC4");
            context->requireMinimumProtocol(Context::PROTO_TLSV1_2);
            socket = std::make_unique<SecureServerSocket>(address, c.queue, context);
        } else {
            socket = std::make_unique<ServerSocket>(address, c.queue);
        }
        m_impl->port = socket->address().port();
        auto *params = new HTTPServerParams;
        params->setMaxThreads(c.threads);
        params->setMaxQueued(c.queue);
        params->setKeepAlive(true);
        params->setTimeout(Poco::Timespan(c.longPollSeconds + 30, 0));
        m_impl->server = std::make_unique<HTTPServer>(
            new Factory(m_impl->router, m_impl->metrics), *socket, params);
        m_impl->server->start();
        return {};
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::Io,
            "cannot listen on " + c.listen + ":" + std::to_string(c.port) + ": " + e.displayText());
    }
}

void HttpServer::stop()
{
    if (m_impl && m_impl->server) {
        m_impl->server->stopAll(true);
        m_impl->server.reset();
    }
}

int HttpServer::port() const { return m_impl->port; }

} // namespace varde::server
