#pragma once
// A tiny TCP forwarder on loopback for sync tests: a workstation talks to the server through it,
// and the test can cut every open connection at once (a network cut: the TLS bytes just stop and
// the sockets close). One thread, poll() over a wake-up pipe, the listener and every pair.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace sync_test
{

class TcpProxy
{
public:
    explicit TcpProxy(int targetPort)
        : m_target(targetPort)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a = loopback(0);
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::listen(m_listen, 64) != 0 || ::pipe(m_wake) != 0)
            throw std::runtime_error("proxy: cannot listen");
        socklen_t length = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &length);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~TcpProxy()
    {
        command('q');
        m_thread.join();
        ::close(m_listen);
        ::close(m_wake[0]);
        ::close(m_wake[1]);
    }
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    int port() const { return m_port; }

    // Closes every connection now open (both sides); new connections are accepted as before.
    void cutAll()
    {
        const auto before = m_cuts.load();
        command('c');
        while (m_cuts.load() == before)
            std::this_thread::yield();
    }

    int openConnections() const { return m_open.load(); }
    // Milliseconds since any byte passed in either direction.
    std::int64_t quietMillis() const { return nowMillis() - m_lastByteAt.load(); }

private:
    struct Pair {
        int client;
        int server;
    };

    static sockaddr_in loopback(int port)
    {
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(std::uint16_t(port));
        return a;
    }
    static std::int64_t nowMillis()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
    void command(char c) { (void)!::write(m_wake[1], &c, 1); }

    static bool sendAll(int fd, const char *data, ssize_t n)
    {
        while (n > 0) {
            const auto w = ::send(fd, data, std::size_t(n), MSG_NOSIGNAL);
            if (w <= 0)
                return false;
            data += w;
            n -= w;
        }
        return true;
    }

    void closePair(std::size_t i)
    {
        ::shutdown(m_pairs[i].client, SHUT_RDWR);
        ::shutdown(m_pairs[i].server, SHUT_RDWR);
        ::close(m_pairs[i].client);
        ::close(m_pairs[i].server);
        m_pairs.erase(m_pairs.begin() + std::ptrdiff_t(i));
        m_open.store(int(m_pairs.size()));
    }

    void run()
    {
        std::vector<char> buffer(1 << 16);
        for (;;) {
            std::vector<pollfd> fds { { m_wake[0], POLLIN, 0 }, { m_listen, POLLIN, 0 } };
            for (const auto &p : m_pairs) {
                fds.push_back({ p.client, POLLIN, 0 });
                fds.push_back({ p.server, POLLIN, 0 });
            }
            if (::poll(fds.data(), fds.size(), -1) < 0)
                continue;
            if (fds[0].revents) {
                char c = 0;
                (void)!::read(m_wake[0], &c, 1);
                if (c == 'q') {
                    while (!m_pairs.empty())
                        closePair(0);
                    return;
                }
                while (!m_pairs.empty())
                    closePair(0);
                ++m_cuts;
                continue;
            }
            // Only the pairs that were polled have revents; one accepted below waits a round.
            const std::size_t polled = (fds.size() - 2) / 2;
            if (fds[1].revents) {
                const int client = ::accept(m_listen, nullptr, nullptr);
                const int server = ::socket(AF_INET, SOCK_STREAM, 0);
                sockaddr_in a = loopback(m_target);
                if (client >= 0
                    && ::connect(server, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0) {
                    m_pairs.push_back({ client, server });
                    m_open.store(int(m_pairs.size()));
                    m_lastByteAt.store(nowMillis());
                } else {
                    if (client >= 0)
                        ::close(client);
                    ::close(server);
                }
            }
            // Back to front, so that closing a pair does not shift the ones still to look at.
            for (std::size_t k = polled; k-- > 0;) {
                const auto &from = fds[2 + 2 * k];
                const auto &to = fds[2 + 2 * k + 1];
                bool broken = false;
                for (const auto *f : { &from, &to }) {
                    if (broken || !f->revents)
                        continue;
                    const int other
                        = f->fd == m_pairs[k].client ? m_pairs[k].server : m_pairs[k].client;
                    const auto n = ::recv(f->fd, buffer.data(), buffer.size(), 0);
                    if (n <= 0 || !sendAll(other, buffer.data(), n))
                        broken = true;
                    else
                        m_lastByteAt.store(nowMillis());
                }
                if (broken)
                    closePair(k);
            }
        }
    }

    int m_target;
    int m_port = 0;
    int m_listen = -1;
    int m_wake[2] { -1, -1 };
    std::vector<Pair> m_pairs; // only the proxy's thread
    std::atomic<int> m_open { 0 };
    std::atomic<int> m_cuts { 0 };
    std::atomic<std::int64_t> m_lastByteAt { 0 };
    std::thread m_thread;
};

} // namespace sync_test
