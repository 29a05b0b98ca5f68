// GET /v1/feed: the change feed over HTTP, for workstation users of a follow-up service and GPs.
#include "core/server/feed_routes.h"

#include "core/common/json_text.h"
#include "core/server/auth.h"
#include "core/server/feed.h"
#include "core/server/feed_waiter.h"

#include <charconv>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace varde::server
{
namespace
{

constexpr int defaultPage = 1000;

// The waiters of this process, for stopFeedRoutes(); the routes own them.
std::mutex registryMutex;
std::vector<std::weak_ptr<FeedWaiter>> registry;

std::optional<int> number(const Request &request, const std::string &key, int fallback)
{
    const auto it = request.query.find(key);
    if (it == request.query.end())
        return fallback;
    int n = 0;
    const auto &text = it->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return n;
}

std::string render(const FeedPage &page)
{
    std::string out;
    out.reserve(64 + page.rows.size() * 256);
    out += "{\"changes\":[";
    for (std::size_t i = 0; i < page.rows.size(); ++i) {
        const auto &row = page.rows[i];
        if (i > 0)
            out += ',';
        out += "{\"entity\":" + jsonString(row.entity);
        out += ",\"entity_id\":" + jsonString(row.entityId);
        out += ",\"op\":" + jsonString(row.op);
        out += ",\"payload\":";
        out += row.payload; // JSON text written by the server itself (change_log.h)
        if (row.fullRow)
            out += ",\"full_row\":true";
        // A string: xid8 is 64-bit, beyond what a JSON number keeps exactly everywhere.
        out += ",\"txid\":\"" + std::to_string(row.txid) + "\"";
        out += ",\"seq\":" + std::to_string(row.seq) + "}";
    }
    out += "],\"cursor\":" + jsonString(page.cursor);
    out += page.more ? ",\"more\":true}" : ",\"more\":false}";
    return out;
}

} // namespace

void addFeedRoutes(Router &router, ServerContext &context)
{
    auto waiter = std::make_shared<FeedWaiter>(context.pool.url());
    if (auto ok = waiter->start(); !ok) // it keeps retrying; long-polls poll meanwhile
        std::cerr << "varde-server: feed notifications unavailable for now: " << ok.error().detail
                  << "\n";
    {
        std::lock_guard lock(registryMutex);
        registry.push_back(waiter);
    }

    router.add("GET", "/v1/feed", [&context, waiter](const Request &request) {
        auto principal = authenticateUser(context, request);
        if (!principal) {
            if (principal.error().code != ErrorCode::NotAllowed)
                return errorResponse(503, "unavailable", "cannot check the token now");
            auto r = errorResponse(401, "unauthorized", "a valid bearer token is needed");
            r.headers.emplace_back("WWW-Authenticate", "Bearer");
            return r;
        }
        if (principal->kind != Principal::Kind::User)
            return errorResponse(403, "forbidden", "the change feed is for workstation users");
        // A nurse or leader follows their service; a GP, who belongs to no service, their own
        // listed patients in whichever services follow them (feed.h).
        FeedScope scope;
        if (!principal->serviceId.empty())
            scope = FeedScope::service(principal->serviceId);
        else if (!principal->gpId.empty() && principal->hasRole("gp"))
            scope = FeedScope::gp(principal->gpId);
        else
            return errorResponse(
                403, "forbidden", "the change feed needs a follow-up service or a GP record");

        const auto limit = number(request, "limit", defaultPage);
        if (!limit || *limit < 1 || *limit > maxFeedPage)
            return errorResponse(
                400, "bad_request", "limit: a number from 1 to " + std::to_string(maxFeedPage));
        const int longest = context.config.longPollSeconds;
        const auto wait = number(request, "wait", longest);
        if (!wait || *wait < 0)
            return errorResponse(400, "bad_request", "wait: a number of seconds");
        const auto cursorIt = request.query.find("cursor");
        const std::string cursor = cursorIt == request.query.end() ? "" : cursorIt->second;
        if (!parseCursor(cursor))
            return errorResponse(400, "bad_cursor", "the cursor is not one this server gave");

        const auto deadline
            = FeedWaiter::Clock::now() + std::chrono::seconds(std::min(*wait, longest));
        auto page = longPollPage(context.pool, *waiter, scope, cursor, *limit, deadline);
        if (!page)
            return errorResponse(503, "database_unavailable", "the feed cannot be read now");
        ++context.metrics.feedPages;
        auto r = jsonResponse(200, page->resync ? "{\"resync\":true}" : render(*page));
        r.headers.emplace_back("Cache-Control", "no-store");
        return r;
    });
}

void stopFeedRoutes()
{
    std::vector<std::shared_ptr<FeedWaiter>> waiters;
    {
        std::lock_guard lock(registryMutex);
        for (auto &weak : registry)
            if (auto waiter = weak.lock())
                waiters.push_back(std::move(waiter));
        registry.clear();
    }
    for (auto &waiter : waiters)
        waiter->stop();
}

} // namespace varde::server
