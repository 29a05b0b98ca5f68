// The LISTEN thread that wakes long-polls of the change feed, and the long-poll loop.
#include "core/server/feed_waiter.h"

#include <libpq-fe.h>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace varde::server
{
namespace
{

// A quiet connection is checked this often: a dead peer does not make the socket readable.
constexpr int quietCheckMs = 10000;
constexpr auto retryConnect = std::chrono::seconds { 1 };
constexpr auto stopGrace = std::chrono::seconds { 2 };

} // namespace

FeedWaiter::FeedWaiter(std::string databaseUrl)
    : m_url(std::move(databaseUrl))
{
}

FeedWaiter::~FeedWaiter() { stop(); }

Result<> FeedWaiter::start()
{
    if (m_thread.joinable() || m_stopping)
        return fail(ErrorCode::WrongState, "feed waiter: already started");
    if (::pipe2(m_stopPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return fail(ErrorCode::Io, "feed waiter: no pipe");
    auto connected = PgConnection::connect(m_url);
    Result<> outcome;
    if (connected) {
        if (auto listen = connected->exec("LISTEN varde_feed"); listen) {
            m_listen = std::make_unique<PgConnection>(std::move(*connected));
            m_connected = true;
        } else {
            outcome = fail(listen.error());
        }
    } else {
        outcome = fail(connected.error());
    }
    m_thread = std::thread([this] { run(); });
    return outcome;
}

void FeedWaiter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_stopPipe[1] >= 0) {
        const char byte = 1;
        (void)!::write(m_stopPipe[1], &byte, 1);
    }
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait_for(lock, stopGrace, [this] { return m_visits == 0; });
    }
    if (m_thread.joinable())
        m_thread.join();
    for (int &fd : m_stopPipe)
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
    m_listen.reset();
    m_connected = false;
}

FeedWaiter::Ticket FeedWaiter::ticket() const
{
    std::lock_guard lock(m_mutex);
    return m_events;
}

void FeedWaiter::waitFor(const std::string &hint, Ticket ticket, Clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    // Without a listening connection no hint comes: poll every second instead.
    if (!m_connected)
        deadline = std::min(deadline, Clock::now() + retryConnect);
    m_changed.wait_until(lock, deadline, [&] {
        if (m_stopping || m_everyone > ticket)
            return true;
        const auto it = m_lastEvent.find(hint);
        return it != m_lastEvent.end() && it->second > ticket;
    });
}

void FeedWaiter::wake(const std::string &hint)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_events;
        if (hint.empty())
            m_everyone = m_events;
        else
            m_lastEvent[hint] = m_events;
    }
    m_changed.notify_all();
}

bool FeedWaiter::connect()
{
    auto connected = PgConnection::connect(m_url);
    if (!connected || !connected->exec("LISTEN varde_feed"))
        return false;
    m_listen = std::make_unique<PgConnection>(std::move(*connected));
    m_connected = true;
    // Notifications sent while we were away are lost: everyone reads again.
    wake("");
    return true;
}

void FeedWaiter::drain()
{
    while (PGnotify *n = PQnotifies(m_listen->raw())) {
        wake(n->extra);
        PQfreemem(n);
    }
}

void FeedWaiter::run()
{
    const auto lost = [this] {
        m_listen.reset();
        m_connected = false;
        wake(""); // the waits now poll every second until the connection is back
    };
    while (!m_stopping) {
        if (!m_listen && !connect()) {
            pollfd stop { m_stopPipe[0], POLLIN, 0 };
            (void)::poll(&stop, 1,
                int(std::chrono::duration_cast<std::chrono::milliseconds>(retryConnect).count()));
            continue;
        }
        drain(); // what arrived with the last command
        pollfd fds[2] = { { PQsocket(m_listen->raw()), POLLIN, 0 }, { m_stopPipe[0], POLLIN, 0 } };
        const int ready = ::poll(fds, 2, quietCheckMs);
        if (m_stopping)
            break;
        if (ready < 0 && errno != EINTR) {
            lost();
        } else if (ready == 0) {
            if (!m_listen->exec("SELECT 1"))
                lost();
        } else if (ready > 0 && (fds[0].revents & (POLLIN | POLLERR | POLLHUP)) != 0) {
            if (PQconsumeInput(m_listen->raw()) == 0)
                lost();
        }
    }
}

FeedWaiter::Visit::Visit(FeedWaiter &waiter)
    : m_waiter(waiter)
{
    std::lock_guard lock(m_waiter.m_mutex);
    ++m_waiter.m_visits;
}

FeedWaiter::Visit::~Visit()
{
    {
        std::lock_guard lock(m_waiter.m_mutex);
        --m_waiter.m_visits;
    }
    m_waiter.m_idle.notify_all();
}

Result<FeedPage> longPollPage(PgPool &pool,
    FeedWaiter &waiter,
    const FeedScope &scope,
    const std::string &cursor,
    int limit,
    FeedWaiter::Clock::time_point deadline)
{
    FeedWaiter::Visit visit(waiter);
    const auto hint = scope.hint();
    auto repoll = feedRepollFirst;
    for (;;) {
        // The ticket before the read: a commit after the read's snapshot notifies after it.
        const auto ticket = waiter.ticket();
        Result<FeedPage> page = [&]() -> Result<FeedPage> {
            auto db = pool.acquire();
            if (!db)
                return fail(db.error());
            return readPage(**db, scope, cursor, limit);
        }();
        if (!page || page->resync || !page->rows.empty() || waiter.stopped())
            return page;
        const auto now = FeedWaiter::Clock::now();
        if (now >= deadline)
            return page;
        if (!page->pending) {
            repoll = feedRepollFirst;
            waiter.waitFor(hint, ticket, deadline);
            continue;
        }
        // Pending rows wait for an older transaction whose commit may notify nobody.
        waiter.waitFor(hint, ticket, std::min(deadline, now + repoll));
        repoll = std::min(repoll * 2, feedRepoll);
    }
}

} // namespace varde::server
