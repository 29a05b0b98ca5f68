#pragma once
// Long-polling the change feed: one dedicated connection per server process LISTENs on
// "varde_feed" (libpq, on a background thread) and wakes the requests waiting for that
// service. A notification is only a hint (see longPollPage): the feed's own reads decide.

#include "core/common/result.h"
#include "core/server/feed.h"
#include "core/server/pg.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace varde::server
{

class FeedWaiter
{
public:
    using Clock = std::chrono::steady_clock;
    using Ticket = std::uint64_t;

    explicit FeedWaiter(std::string databaseUrl);
    ~FeedWaiter(); // stop()
    FeedWaiter(const FeedWaiter &) = delete;
    FeedWaiter &operator=(const FeedWaiter &) = delete;

    // Connects and LISTENs, then starts the thread. On an error the thread still runs and
    // retries every second; until it is connected, waits are cut to a second (plain polling).
    Result<> start();
    // Wakes every wait, lets the long-polls in progress answer (up to 2 s), joins the thread.
    // Waits after this return at once.
    void stop();
    bool stopped() const { return m_stopping; }
    bool listening() const { return m_connected; }

    // Take a ticket before reading the feed, then wait with it: a notification that arrives
    // after the ticket, even before the wait starts, ends the wait.
    Ticket ticket() const;
    // Until a notification with payload `hint` (FeedScope::hint: a service id or "gp:<id>")
    // after `ticket`, a reconnect (hints may have been lost), stop(), or `deadline`.
    void waitFor(const std::string &hint, Ticket ticket, Clock::time_point deadline);

    // Counts a long-poll in progress, so that stop() can let it finish.
    class Visit
    {
    public:
        explicit Visit(FeedWaiter &waiter);
        ~Visit();
        Visit(const Visit &) = delete;
        Visit &operator=(const Visit &) = delete;

    private:
        FeedWaiter &m_waiter;
    };

private:
    void run();
    bool connect();
    void drain();
    void wake(const std::string &hint); // "" wakes everyone

    std::string m_url;
    std::unique_ptr<PgConnection> m_listen; // the thread's only, after start()
    std::thread m_thread;
    int m_stopPipe[2] = { -1, -1 };
    std::atomic<bool> m_stopping { false };
    std::atomic<bool> m_connected { false };

    mutable std::mutex m_mutex;
    std::condition_variable m_changed; // a notification, a reconnect, stop()
    std::condition_variable m_idle; // a long-poll ended
    Ticket m_events = 0; // notifications seen so far
    Ticket m_everyone = 0; // the event of the last wake of everyone
    std::map<std::string, Ticket> m_lastEvent; // per hint (service, GP)
    int m_visits = 0;
};

// Re-read interval while rows wait behind an older open transaction: from 5 ms (an ingest
// transaction usually ends within a few), doubling up to ~50 ms (SYNC.md).
constexpr std::chrono::milliseconds feedRepollFirst { 5 };
constexpr std::chrono::milliseconds feedRepoll { 50 };

// A page of the feed, waiting until `deadline` when there is nothing to send: reads at once;
// if empty, waits for a notification of the scope (its hint), reads again; while rows are pending
// behind an older transaction (whose commit may notify nobody), reads again after
// feedRepollFirst, doubling up to feedRepoll. Takes a
// pooled connection only for each read, never while it waits. Returns the empty page at the
// deadline or when the waiter stops.
Result<FeedPage> longPollPage(PgPool &pool,
    FeedWaiter &waiter,
    const FeedScope &scope,
    const std::string &cursor,
    int limit,
    FeedWaiter::Clock::time_point deadline);
inline Result<FeedPage> longPollPage(PgPool &pool,
    FeedWaiter &waiter,
    const std::string &serviceId,
    const std::string &cursor,
    int limit,
    FeedWaiter::Clock::time_point deadline)
{
    return longPollPage(pool, waiter, FeedScope::service(serviceId), cursor, limit, deadline);
}

} // namespace varde::server
