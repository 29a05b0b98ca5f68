#pragma once
// The workstation's HTTPS client of varde-server: sign-in and token refresh, and plain GET/POST
// of JSON for the feed and the mutations. Every network failure is ErrorCode::Offline (retry
// later); 401 is SignInNeeded; other refusals are ServerRefused with the server's own error
// code in the detail. One ServerClient per thread (Poco sessions are not shared).

#include "core/common/result.h"

#include <cstdint>
#include <memory>
#include <string>

namespace varde::sync
{

struct ServerAddress {
    std::string baseUrl; // "https://host:port" (no trailing /v1)
    std::string caFile; // extra trusted CA (PEM); empty: the system's trust store
};

struct HttpAnswer {
    int status = 0;
    std::string body;
};

// What the server tells about a signed-in user (POST /v1/auth/login, /refresh).
struct ServerSession {
    std::string accessToken;
    std::string refreshToken;
    std::int64_t accessExpiresAtMillis = 0;
    std::string userId;
    std::string login;
    std::string displayName;
    std::string serviceId; // empty for a GP
};

class ServerClient
{
public:
    explicit ServerClient(ServerAddress address);
    ~ServerClient();
    ServerClient(ServerClient &&) noexcept;
    ServerClient &operator=(ServerClient &&) noexcept;

    const ServerAddress &address() const { return m_address; }

    // InvalidArgument for a base URL that is not https://host[:port].
    static Result<> checkAddress(const ServerAddress &address);

    // WrongPassword for a refused login, NotAllowed for too many attempts.
    Result<ServerSession> signIn(const std::string &login, const std::string &password);
    // SignInNeeded when the refresh token is no longer valid.
    Result<ServerSession> refresh(const std::string &refreshToken);

    // `timeoutSeconds` covers a long-poll's wait. Any HTTP status is an answer; only a failure
    // to talk to the server is an error (Offline).
    Result<HttpAnswer> get(
        const std::string &pathAndQuery, const std::string &accessToken, int timeoutSeconds = 30);
    Result<HttpAnswer> post(
        const std::string &path, const std::string &body, const std::string &accessToken);

    // Closes the connection of a request in flight (from another thread): a long-poll returns
    // at once with Offline. Used when the app closes or signs out.
    void abort();

    struct Impl; // the Poco session, behind a mutex for abort()

private:
    ServerAddress m_address;
    std::unique_ptr<Impl> m_impl;
};

// The server's "error" field of a JSON error answer, or "" when there is none.
std::string serverErrorCode(const HttpAnswer &answer);

} // namespace varde::sync
