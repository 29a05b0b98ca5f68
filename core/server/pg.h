#pragma once
// PostgreSQL through libpq, small and explicit: one connection, parameterised statements (text
// parameters, never string-built SQL with values), results read by row and column, and a pool
// that hands connections to request threads. Errors carry PostgreSQL's SQLSTATE and message;
// they never quote parameter values (which may be names or identity numbers).

#include "core/common/result.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace varde::server
{

// A parameter: text, or SQL NULL.
using PgParam = std::optional<std::string>;

class PgResult
{
public:
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    // Rows changed by INSERT/UPDATE/DELETE.
    std::int64_t affected() const;

private:
    friend class PgConnection;
    struct Clear {
        void operator()(pg_result *r) const noexcept;
    };
    explicit PgResult(pg_result *r)
        : m_result(r)
    {
    }
    std::unique_ptr<pg_result, Clear> m_result;
};

class PgConnection
{
public:
    // `url` is a libpq connection string or URI ("" = the PG* environment variables).
    static Result<PgConnection> connect(const std::string &url);

    // One statement with $1, $2 ... parameters. Io on a lost connection, InvalidArgument with
    // "SQLSTATE: message" on an SQL error.
    Result<PgResult> exec(std::string_view sql, const std::vector<PgParam> &params = {});
    // Several statements without parameters (a migration script).
    Result<> script(std::string_view sql);
    bool healthy() const;
    // The SQLSTATE of the last failed exec, "" when none (e.g. "40001", "23505").
    const std::string &lastState() const { return m_lastState; }
    pg_conn *raw() const { return m_conn.get(); }

private:
    struct Finish {
        void operator()(pg_conn *c) const noexcept;
    };
    explicit PgConnection(pg_conn *c)
        : m_conn(c)
    {
    }
    std::unique_ptr<pg_conn, Finish> m_conn;
    std::string m_lastState;
};

// BEGIN on construction, ROLLBACK in the destructor unless commit() ran.
class PgTransaction
{
public:
    static Result<PgTransaction> begin(PgConnection &db);
    [[nodiscard]] Result<> commit();
    PgTransaction(PgTransaction &&other) noexcept;
    PgTransaction &operator=(PgTransaction &&) = delete;
    ~PgTransaction();

private:
    explicit PgTransaction(PgConnection &db)
        : m_db(&db)
    {
    }
    PgConnection *m_db;
    bool m_open = true;
};

// A fixed number of connections shared by the request threads. acquire() waits up to
// `timeout` for a free one; a broken connection is replaced on its next acquisition.
class PgPool
{
public:
    class Lease
    {
    public:
        Lease(PgPool &pool, std::unique_ptr<PgConnection> conn);
        Lease(Lease &&) noexcept = default;
        ~Lease();
        PgConnection &operator*() const { return *m_conn; }
        PgConnection *operator->() const { return m_conn.get(); }

    private:
        PgPool *m_pool;
        std::unique_ptr<PgConnection> m_conn;
    };

    PgPool(std::string url, int size);
    Result<Lease> acquire(std::chrono::milliseconds timeout = std::chrono::seconds { 5 });
    const std::string &url() const { return m_url; }

private:
    void release(std::unique_ptr<PgConnection> conn);

    std::string m_url;
    std::mutex m_mutex;
    std::condition_variable m_free;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
    int m_open = 0;
    int m_size;
};

} // namespace varde::server
