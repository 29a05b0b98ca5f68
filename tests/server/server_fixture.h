#pragma once
// The real parts for server tests: a fresh database in the test run's throwaway PostgreSQL
// cluster (pg_virtualenv sets PGHOST, PGPORT, PGUSER; one cluster per run, one database per
// test case), a CA and server certificate made at run time with openssl, the varde-server
// program started over loopback TLS (and killed with -9 when a test asks), and an HTTPS client
// that trusts only the test CA.
#include "core/common/uuid.h"
#include "core/server/pg.h"

#include <catch2/catch.hpp>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace server_test
{

using varde::server::PgConnection;

inline void requireShell(const std::string &command)
{
    INFO(command);
    REQUIRE(std::system(("( " + command + " ) > /dev/null 2>&1").c_str()) == 0);
}

// A database of its own for one test case, dropped at the end.
class TestDatabase
{
public:
    TestDatabase()
    {
        m_name = "t_" + varde::newUuid().substr(0, 8);
        auto admin = PgConnection::connect("dbname=postgres");
        if (!admin)
            FAIL("no PostgreSQL: run the server tests through pg_virtualenv ("
                << admin.error().detail << ")");
        REQUIRE(admin->exec("CREATE DATABASE " + m_name));
    }
    ~TestDatabase()
    {
        if (auto admin = PgConnection::connect("dbname=postgres"))
            (void)admin->exec("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    }
    // libpq: the other settings come from the PG* environment.
    std::string url() const { return "dbname=" + m_name; }
    PgConnection connect() const
    {
        auto c = PgConnection::connect(url());
        REQUIRE(c);
        return std::move(*c);
    }

private:
    std::string m_name;
};

// A test CA and a server certificate for 127.0.0.1 signed by it, made once per run.
struct TestTls {
    std::filesystem::path dir;
    std::filesystem::path ca() const { return dir / "ca.pem"; }
    std::filesystem::path certificate() const { return dir / "server.pem"; }
    std::filesystem::path key() const { return dir / "server.key"; }

    static const TestTls &get()
    {
        static const TestTls tls = [] {
            TestTls t;
            t.dir = std::filesystem::temp_directory_path() / ("varde-tls-" + varde::newUuid());
            std::filesystem::create_directories(t.dir);
            const auto d = t.dir.string();
            requireShell("cd '" + d
                + "' && openssl req -x509 -newkey rsa:2048 -nodes -days 1 "
                  "-subj /CN=varde-test-ca -keyout ca.key -out ca.pem && "
                  "openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key "
                  "-out server.csr && printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\n' > "
                  "san.ext && openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key "
                  "-CAcreateserial -days 1 -extfile san.ext -out server.pem");
            return t;
        }();
        return tls;
    }
};

struct Reply {
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers;
};

// The varde-server program on a free loopback port, over TLS, on one test database.
class ServerProcess
{
public:
    explicit ServerProcess(
        const TestDatabase &db, std::map<std::string, std::string> extraFlags = {})
        : m_db(db)
        , m_flags(std::move(extraFlags))
    {
        start();
    }
    ~ServerProcess() { stop(SIGTERM); }

    void start()
    {
        const auto &tls = TestTls::get();
        std::vector<std::string> args { VARDE_SERVER, "--port", "0", "--tls-certificate",
            tls.certificate().string(), "--tls-key", tls.key().string(), "--database-url",
            m_db.url(), "--token-secret", "test-secret-0123456789abcdef", "--threads", "32",
            "--queue", "128" };
        for (const auto &[k, v] : m_flags) {
            args.push_back("--" + k);
            args.push_back(v);
        }
        int out[2];
        REQUIRE(::pipe(out) == 0);
        m_pid = ::fork();
        REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            // The server dies with the test program, however it ends: an orphan would hold the
            // test runner's output pipe open until its timeout.
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::dup2(out[1], 1);
            ::close(out[0]);
            std::vector<char *> argv;
            for (auto &a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(out[1]);
        // The first line says where it listens; anything else means it did not start.
        std::string line;
        char c;
        while (::read(out[0], &c, 1) == 1 && c != '\n')
            line += c;
        ::close(out[0]);
        const auto colon = line.rfind(':');
        INFO("varde-server said: " << line);
        REQUIRE(line.rfind("listening on https://", 0) == 0);
        m_port = std::stoi(line.substr(colon + 1));
    }

    // SIGTERM: an orderly stop; SIGKILL: a crash.
    void stop(int signal)
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, signal);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
    }

    int port() const { return m_port; }

    Reply request(const std::string &method,
        const std::string &path,
        const std::string &body = {},
        const std::map<std::string, std::string> &headers = {},
        const std::string &contentType = "application/json") const
    {
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE,
            "", "", TestTls::get().ca().string(), Poco::Net::Context::VERIFY_STRICT);
        Poco::Net::HTTPSClientSession session("127.0.0.1", Poco::UInt16(m_port), context);
        session.setTimeout(Poco::Timespan(60, 0));
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto &[k, v] : headers)
            request.set(k, v);
        if (!body.empty() || method == "POST") {
            request.setContentType(contentType);
            request.setContentLength(std::streamsize(body.size()));
            session.sendRequest(request) << body;
        } else {
            session.sendRequest(request);
        }
        Poco::Net::HTTPResponse response;
        auto &in = session.receiveResponse(response);
        Reply reply;
        reply.status = int(response.getStatus());
        Poco::StreamCopier::copyToString(in, reply.body);
        for (const auto &[k, v] : response)
            reply.headers[k] = v;
        return reply;
    }

private:
    const TestDatabase &m_db;
    std::map<std::string, std::string> m_flags;
    pid_t m_pid = -1;
    int m_port = 0;
};

} // namespace server_test
