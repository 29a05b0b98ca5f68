#include "core/server/config.h"

#include <filesystem>
#include <functional>
#include <sstream>

namespace varde::server
{
namespace
{

std::string trim(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t\r");
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

Result<int> number(const std::string &key, const std::string &value, int min, int max)
{
    try {
        std::size_t used = 0;
        const int n = std::stoi(value, &used);
        if (used == value.size() && n >= min && n <= max)
            return n;
    } catch (const std::exception &) {
    }
    return fail(ErrorCode::InvalidArgument,
        key + ": expected a number from " + std::to_string(min) + " to " + std::to_string(max));
}

Result<> set(ServerConfig &c, std::string key, const std::string &value)
{
    for (auto &ch : key)
        if (ch == '-')
            ch = '_';
    const std::map<std::string, std::function<Result<>(const std::string &)>> setters {
        { "listen",
            [&](const std::string &v) -> Result<> {
                c.listen = v;
                return {};
            } },
        { "port",
            [&](const std::string &v) -> Result<> {
                auto n = number("port", v, 0, 65535);
                if (!n)
                    return fail(n.error());
                c.port = *n;
                return {};
            } },
        { "tls_certificate",
            [&](const std::string &v) -> Result<> {
                c.tlsCertificate = v;
                return {};
            } },
        { "tls_key",
            [&](const std::string &v) -> Result<> {
                c.tlsKey = v;
                return {};
            } },
        { "database_url",
            [&](const std::string &v) -> Result<> {
                c.databaseUrl = v;
                return {};
            } },
        { "token_secret",
            [&](const std::string &v) -> Result<> {
                c.tokenSecret = v;
                return {};
            } },
        { "outgoing_folder",
            [&](const std::string &v) -> Result<> {
                c.outgoingFolder = v;
                return {};
            } },
        { "incoming_folder",
            [&](const std::string &v) -> Result<> {
                c.incomingFolder = v;
                return {};
            } },
    };
    if (auto it = setters.find(key); it != setters.end())
        return it->second(value);
    const std::map<std::string, std::tuple<int *, int, int>> numbers {
        { "database_connections", { &c.databaseConnections, 1, 1000 } },
        { "token_minutes", { &c.tokenMinutes, 1, 24 * 60 } },
        { "refresh_days", { &c.refreshDays, 1, 365 } },
        { "threads", { &c.threads, 2, 4096 } },
        { "queue", { &c.queue, 1, 65536 } },
        { "long_poll_seconds", { &c.longPollSeconds, 1, 120 } },
    };
    if (auto it = numbers.find(key); it != numbers.end()) {
        auto [target, min, max] = it->second;
        auto n = number(key, value, min, max);
        if (!n)
            return fail(n.error());
        *target = *n;
        return {};
    }
    return fail(ErrorCode::InvalidArgument, key + ": unknown setting");
}

} // namespace

Result<ServerConfig> parseConfig(const std::string &text, ServerConfig base)
{
    std::istringstream in(text);
    std::string line;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        line = trim(line.substr(0, line.find('#')));
        if (line.empty())
            continue;
        const auto equals = line.find('=');
        if (equals == std::string::npos)
            return fail(ErrorCode::InvalidArgument,
                "line " + std::to_string(lineNumber) + ": expected key = value");
        if (auto ok = set(base, trim(line.substr(0, equals)), trim(line.substr(equals + 1))); !ok)
            return fail(ErrorCode::InvalidArgument,
                "line " + std::to_string(lineNumber) + ": " + ok.error().detail);
    }
    return base;
}

Result<ServerConfig> applyFlags(
    ServerConfig config, const std::map<std::string, std::string> &flags)
{
    for (const auto &[key, value] : flags)
        if (auto ok = set(config, key, value); !ok)
            return fail(ok.error());
    return config;
}

Result<> checkConfig(const ServerConfig &c, bool allowPlainHttp)
{
    if (c.tokenSecret.size() < 16)
        return fail(ErrorCode::InvalidArgument, "token_secret: at least 16 characters are needed");
    if (c.tlsCertificate.empty() != c.tlsKey.empty())
        return fail(ErrorCode::InvalidArgument, "tls_certificate and tls_key go together");
    if (c.tlsCertificate.empty() && !allowPlainHttp)
        return fail(ErrorCode::InvalidArgument, "tls_certificate: required (HTTPS only)");
    for (const auto *file : { &c.tlsCertificate, &c.tlsKey })
        if (!file->empty() && !std::filesystem::is_regular_file(*file))
            return fail(ErrorCode::InvalidArgument, "no such file: " + *file);
    if (c.queue < c.threads)
        return fail(ErrorCode::InvalidArgument, "queue: must be at least threads");
    return {};
}

} // namespace varde::server
