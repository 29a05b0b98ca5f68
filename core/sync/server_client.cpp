#include "core/sync/server_client.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <chrono>
#include <mutex>
#include <sstream>

namespace varde::sync
{
namespace
{

std::int64_t nowMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Poco::JSON::Object::Ptr parseObject(const std::string &body)
{
    try {
        Poco::JSON::Parser parser;
        return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception &) {
        return nullptr;
    } catch (const std::exception &) {
        return nullptr;
    }
}

std::string field(const Poco::JSON::Object::Ptr &o, const std::string &key)
{
    if (!o || !o->has(key) || o->isNull(key))
        return {};
    try {
        return o->getValue<std::string>(key);
    } catch (const Poco::Exception &) {
        return {};
    }
}

} // namespace

struct ServerClient::Impl {
    std::mutex mutex; // guards `session` against abort() from another thread
    std::shared_ptr<Poco::Net::HTTPSClientSession> session;
    Poco::Net::Context::Ptr context;
    std::string host;
    Poco::UInt16 port = 443;
};

ServerClient::ServerClient(ServerAddress address)
    : m_address(std::move(address))
    , m_impl(std::make_unique<Impl>())
{
    try {
        Poco::URI uri(m_address.baseUrl);
        m_impl->host = uri.getHost();
        m_impl->port = uri.getPort();
    } catch (const Poco::Exception &) {
        // checkAddress() says why; requests then fail as Offline with the reason.
    }
}

ServerClient::~ServerClient() = default;
ServerClient::ServerClient(ServerClient &&) noexcept = default;
ServerClient &ServerClient::operator=(ServerClient &&) noexcept = default;

Result<> ServerClient::checkAddress(const ServerAddress &address)
{
    try {
        Poco::URI uri(address.baseUrl);
        if (uri.getScheme() != "https" || uri.getHost().empty())
            return fail(ErrorCode::InvalidArgument,
                "the server address must start with https:// and name a host");
        // The /v1 the server prints with its base URL is welcome; requests name their paths.
        const auto path = uri.getPath();
        if (!path.empty() && path != "/" && path != "/v1" && path != "/v1/")
            return fail(ErrorCode::InvalidArgument,
                "the server address is only https://host:port (the /v1 paths are added)");
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "not an address: " + e.displayText());
    }
    return {};
}

namespace
{

Result<HttpAnswer> exchange(ServerClient::Impl &impl,
    const ServerAddress &address,
    const std::string &method,
    const std::string &path,
    const std::string *body,
    const std::string &accessToken,
    int timeoutSeconds)
{
    if (auto ok = ServerClient::checkAddress(address); !ok)
        return fail(ok.error());
    try {
        std::shared_ptr<Poco::Net::HTTPSClientSession> session;
        {
            std::lock_guard lock(impl.mutex);
            if (!impl.context)
                impl.context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "",
                    address.caFile, Poco::Net::Context::VERIFY_STRICT, 9, true);
            if (!impl.session)
                impl.session = std::make_shared<Poco::Net::HTTPSClientSession>(
                    impl.host, impl.port, impl.context);
            session = impl.session;
        }
        session->setTimeout(Poco::Timespan(timeoutSeconds, 0));
        session->setKeepAlive(true);
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        if (!accessToken.empty())
            request.set("Authorization", "Bearer " + accessToken);
        request.set("Accept", "application/json");
        if (body) {
            request.setContentType("application/json");
            request.setContentLength(std::streamsize(body->size()));
            session->sendRequest(request) << *body;
        } else {
            session->sendRequest(request);
        }
        Poco::Net::HTTPResponse response;
        auto &in = session->receiveResponse(response);
        HttpAnswer answer;
        answer.status = int(response.getStatus());
        Poco::StreamCopier::copyToString(in, answer.body);
        return answer;
    } catch (const Poco::Exception &e) {
        // A broken connection is not reused: the next request opens a new one.
        std::lock_guard lock(impl.mutex);
        impl.session.reset();
        return fail(ErrorCode::Offline, e.displayText());
    } catch (const std::exception &e) {
        std::lock_guard lock(impl.mutex);
        impl.session.reset();
        return fail(ErrorCode::Offline, e.what());
    }
}

Result<ServerSession> sessionFrom(const HttpAnswer &answer)
{
    const auto o = parseObject(answer.body);
    ServerSession s;
    s.accessToken = field(o, "access_token");
    s.refreshToken = field(o, "refresh_token");
    if (s.accessToken.empty() || s.refreshToken.empty())
        return fail(ErrorCode::ServerRefused, "the sign-in answer has no tokens");
    std::int64_t lifetime = 0;
    try {
        lifetime = o->getValue<Poco::Int64>("expires_in");
    } catch (const Poco::Exception &) {
        lifetime = 60;
    }
    // Refresh a little early rather than meet a 401 mid-push.
    s.accessExpiresAtMillis = nowMillis() + std::max<std::int64_t>(lifetime - 30, 5) * 1000;
    if (o->has("user")) {
        const auto user = o->getObject("user");
        s.userId = field(user, "id");
        s.displayName = field(user, "display_name");
        s.serviceId = field(user, "service_id");
    }
    return s;
}

} // namespace

Result<HttpAnswer> ServerClient::get(
    const std::string &pathAndQuery, const std::string &accessToken, int timeoutSeconds)
{
    return exchange(*m_impl, m_address, "GET", pathAndQuery, nullptr, accessToken, timeoutSeconds);
}

Result<HttpAnswer> ServerClient::post(
    const std::string &path, const std::string &body, const std::string &accessToken)
{
    return exchange(*m_impl, m_address, "POST", path, &body, accessToken, 60);
}

Result<ServerSession> ServerClient::signIn(const std::string &login, const std::string &password)
{
    Poco::JSON::Object request;
    request.set("login", login);
    request.set("password", password);
    std::ostringstream body;
    request.stringify(body);
    auto answer = post("/v1/auth/login", body.str(), "");
    if (!answer)
        return fail(answer.error());
    if (answer->status == 401)
        return fail(ErrorCode::WrongPassword, "the server refused the login or password");
    if (answer->status == 429)
        return fail(ErrorCode::NotAllowed, "too many failed sign-ins; wait and try again");
    if (answer->status != 200)
        return fail(answer->status >= 500 ? ErrorCode::Offline : ErrorCode::ServerRefused,
            "sign-in: HTTP " + std::to_string(answer->status) + " " + serverErrorCode(*answer));
    auto session = sessionFrom(*answer);
    if (session)
        session->login = login;
    return session;
}

Result<ServerSession> ServerClient::refresh(const std::string &refreshToken)
{
    Poco::JSON::Object request;
    request.set("refresh_token", refreshToken);
    std::ostringstream body;
    request.stringify(body);
    auto answer = post("/v1/auth/refresh", body.str(), "");
    if (!answer)
        return fail(answer.error());
    if (answer->status == 401 && serverErrorCode(*answer) == "user_disabled")
        return fail(ErrorCode::UserDisabled, "the server has disabled this user");
    if (answer->status == 401 || answer->status == 400)
        return fail(ErrorCode::SignInNeeded, "the server session has ended");
    if (answer->status != 200)
        return fail(answer->status >= 500 ? ErrorCode::Offline : ErrorCode::ServerRefused,
            "refresh: HTTP " + std::to_string(answer->status) + " " + serverErrorCode(*answer));
    return sessionFrom(*answer);
}

void ServerClient::abort()
{
    std::lock_guard lock(m_impl->mutex);
    if (m_impl->session) {
        try {
            m_impl->session->abort();
        } catch (const Poco::Exception &) {
            // nothing in flight
        }
        m_impl->session.reset(); // the next request opens a new connection
    }
}

std::string serverErrorCode(const HttpAnswer &answer)
{
    return field(parseObject(answer.body), "error");
}

} // namespace varde::sync
