#include "core/server/http.h"

#include "core/common/json_text.h"

namespace varde::server
{
namespace
{

std::vector<std::string> split(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 1;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        if (end > start)
            parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

} // namespace

std::string Request::header(const std::string &lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::string bearerToken(const Request &request)
{
    const auto header = request.header("authorization");
    if (header.size() < 7)
        return {};
    std::string scheme = header.substr(0, 7);
    for (auto &c : scheme)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (scheme != "bearer ")
        return {};
    const auto start = header.find_first_not_of(' ', 7);
    if (start == std::string::npos)
        return {};
    return header.substr(start, header.find_last_not_of(' ') - start + 1);
}

Response jsonResponse(int status, std::string body)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Response errorResponse(int status, const std::string &code, const std::string &message)
{
    return jsonResponse(
        status, "{\"error\":" + jsonString(code) + ",\"message\":" + jsonString(message) + "}");
}

void Router::add(const std::string &method, const std::string &pattern, Handler handler)
{
    m_routes.push_back({ method, split(pattern), std::move(handler) });
}

Response Router::dispatch(Request request) const
{
    const auto parts = split(request.path);
    std::string allowed;
    for (const auto &route : m_routes) {
        if (route.parts.size() != parts.size())
            continue;
        std::map<std::string, std::string> params;
        bool match = true;
        for (std::size_t i = 0; i < parts.size() && match; ++i) {
            if (!route.parts[i].empty() && route.parts[i][0] == ':')
                params[route.parts[i].substr(1)] = parts[i];
            else
                match = route.parts[i] == parts[i];
        }
        if (!match)
            continue;
        if (route.method != request.method) {
            allowed += (allowed.empty() ? "" : ", ") + route.method;
            continue;
        }
        request.params = std::move(params);
        return route.handler(request);
    }
    if (!allowed.empty()) {
        auto r = errorResponse(405, "method_not_allowed", request.method + " is not allowed here");
        r.headers.emplace_back("Allow", allowed);
        return r;
    }
    return errorResponse(404, "not_found", "no such path: " + request.path);
}

} // namespace varde::server
