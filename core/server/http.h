#pragma once
// Requests and responses as plain values, and a router from (method, path pattern) to handler
// functions. Handlers are ordinary functions over these values, testable without a socket;
// http_server.h puts them behind Poco's HTTPS server. Patterns name path parameters with a
// leading ':' ("/v1/patients/:id/measurements").

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace varde::server
{

struct Request {
    std::string method; // "GET", "POST", ...
    std::string path; // without the query
    std::map<std::string, std::string> query; // decoded; the last value of a repeated key
    std::multimap<std::string, std::string> queryAll; // every value (FHIR date=ge..&date=le..)
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    std::map<std::string, std::string> params; // path parameters, filled by the router
    std::string remoteAddress; // the peer's IP address (a load balancer's, behind one)

    std::string header(const std::string &lowerName) const;
};

// The token of "Authorization: Bearer <token>" (scheme case-insensitive); "" when absent.
std::string bearerToken(const Request &request);

struct Response {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

Response jsonResponse(int status, std::string body);
// {"error": code, "message": text} with the status.
Response errorResponse(int status, const std::string &code, const std::string &message);

using Handler = std::function<Response(const Request &)>;

class Router
{
public:
    void add(const std::string &method, const std::string &pattern, Handler handler);
    // 404 for an unknown path, 405 (with Allow) for a known path and another method.
    Response dispatch(Request request) const;

private:
    struct Route {
        std::string method;
        std::vector<std::string> parts;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace varde::server
