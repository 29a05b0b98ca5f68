#include "core/server/pg.h"

#include <libpq-fe.h>

namespace varde::server
{

void PgResult::Clear::operator()(pg_result *r) const noexcept { PQclear(r); }
void PgConnection::Finish::operator()(pg_conn *c) const noexcept { PQfinish(c); }

int PgResult::rows() const { return PQntuples(m_result.get()); }
int PgResult::columns() const { return PQnfields(m_result.get()); }
bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}
std::string PgResult::text(int row, int column) const
{
    return PQgetvalue(m_result.get(), row, column);
}
std::int64_t PgResult::int64(int row, int column) const
{
    return isNull(row, column) ? 0 : std::stoll(PQgetvalue(m_result.get(), row, column));
}
std::int64_t PgResult::affected() const
{
    const char *n = PQcmdTuples(m_result.get());
    return n && *n ? std::stoll(n) : 0;
}

Result<PgConnection> PgConnection::connect(const std::string &url)
{
    pg_conn *c = PQconnectdb(url.c_str());
    if (!c)
        return fail(ErrorCode::Io, "database: out of memory");
    PgConnection conn(c);
    if (PQstatus(c) != CONNECTION_OK)
        return fail(ErrorCode::Io, std::string("database: cannot connect: ") + PQerrorMessage(c));
    // NOTICEs ("already exists, skipping") are for interactive use, not the operator's log.
    PQsetNoticeProcessor(
        c, [](void *, const char *) {}, nullptr);
    return conn;
}

Result<PgResult> PgConnection::exec(std::string_view sql, const std::vector<PgParam> &params)
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params)
        values.push_back(p ? p->c_str() : nullptr);
    PgResult result(PQexecParams(m_conn.get(), std::string(sql).c_str(), int(values.size()),
        nullptr, values.data(), nullptr, nullptr, 0));
    const auto status = PQresultStatus(result.m_result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_lastState.clear();
        return result;
    }
    const char *state = PQresultErrorField(result.m_result.get(), PG_DIAG_SQLSTATE);
    m_lastState = state ? state : "";
    if (PQstatus(m_conn.get()) != CONNECTION_OK)
        return fail(ErrorCode::Io, "database: connection lost");
    const char *message = PQresultErrorField(result.m_result.get(), PG_DIAG_MESSAGE_PRIMARY);
    return fail(ErrorCode::InvalidArgument,
        "database: " + m_lastState + ": " + (message ? message : "unknown error"));
}

Result<> PgConnection::script(std::string_view sql)
{
    PgResult result(PQexec(m_conn.get(), std::string(sql).c_str()));
    const auto status = PQresultStatus(result.m_result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return {};
    const char *message = PQresultErrorField(result.m_result.get(), PG_DIAG_MESSAGE_PRIMARY);
    return fail(ErrorCode::InvalidArgument,
        std::string("database: ") + (message ? message : PQerrorMessage(m_conn.get())));
}

bool PgConnection::healthy() const { return PQstatus(m_conn.get()) == CONNECTION_OK; }

Result<PgTransaction> PgTransaction::begin(PgConnection &db)
{
    if (auto ok = db.exec("BEGIN"); !ok)
        return fail(ok.error());
    return PgTransaction(db);
}

Result<> PgTransaction::commit()
{
    m_open = false;
    auto ok = m_db->exec("COMMIT");
    if (!ok)
        return fail(ok.error());
    return {};
}

PgTransaction::PgTransaction(PgTransaction &&other) noexcept
    : m_db(other.m_db)
    , m_open(other.m_open)
{
    other.m_open = false;
}

PgTransaction::~PgTransaction()
{
    if (m_open)
        (void)m_db->exec("ROLLBACK");
}

PgPool::Lease::Lease(PgPool &pool, std::unique_ptr<PgConnection> conn)
    : m_pool(&pool)
    , m_conn(std::move(conn))
{
}

PgPool::Lease::~Lease()
{
    if (m_conn)
        m_pool->release(std::move(m_conn));
}

PgPool::PgPool(std::string url, int size)
    : m_url(std::move(url))
    , m_size(size)
{
}

Result<PgPool::Lease> PgPool::acquire(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (!m_free.wait_for(lock, timeout, [this] { return !m_idle.empty() || m_open < m_size; }))
        return fail(ErrorCode::Io, "database: all connections busy");
    if (!m_idle.empty()) {
        auto conn = std::move(m_idle.back());
        m_idle.pop_back();
        if (conn->healthy())
            return Lease(*this, std::move(conn));
        --m_open; // dropped: a new one below
    }
    ++m_open;
    lock.unlock();
    auto conn = PgConnection::connect(m_url);
    if (!conn) {
        std::lock_guard again(m_mutex);
        --m_open;
        m_free.notify_one();
        return fail(conn.error());
    }
    return Lease(*this, std::make_unique<PgConnection>(std::move(*conn)));
}

void PgPool::release(std::unique_ptr<PgConnection> conn)
{
    std::lock_guard lock(m_mutex);
    if (conn->healthy())
        m_idle.push_back(std::move(conn));
    else
        --m_open;
    m_free.notify_one();
}

} // namespace varde::server
