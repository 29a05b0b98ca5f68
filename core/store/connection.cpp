#include "core/store/connection.h"

#include "core/store/sqlite.h"

namespace varde::store
{

void Connection::Close::operator()(sqlite3 *db) const noexcept
{
    // close_v2 waits for the last open statement instead of failing with SQLITE_BUSY.
    sqlite3_close_v2(db);
}

Result<Connection> Connection::open(const std::filesystem::path &path, bool create)
{
    sqlite3 *raw = nullptr;
    const int flags
        = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Connection connection(raw);
    if (rc != SQLITE_OK) {
        const std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        return fail(rc == SQLITE_CANTOPEN ? ErrorCode::StoreNotFound : ErrorCode::Database,
            "cannot open " + path.string() + ": " + message);
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    return connection;
}

Result<> Connection::exec(std::string_view sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        return fail(
            (rc & 0xFF) == SQLITE_NOTADB ? ErrorCode::StoreCorrupt : ErrorCode::Database, text);
    }
    return {};
}

Result<std::string> Connection::queryText(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.get(), sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return fail(lastError("prepare").code, lastError("prepare").detail);
    std::string out;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0))
        out = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    const bool ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    Error error = ok ? Error {} : lastError("query");
    sqlite3_finalize(stmt);
    if (!ok)
        return fail(error);
    return out;
}

Error Connection::lastError(std::string_view context, ErrorCode code) const
{
    const int rc = sqlite3_extended_errcode(m_db.get());
    if ((rc & 0xFF) == SQLITE_NOTADB)
        code = ErrorCode::StoreCorrupt;
    return Error { code, std::string(context) + ": " + sqlite3_errmsg(m_db.get()) };
}

int Connection::changes() const { return sqlite3_changes(m_db.get()); }

} // namespace varde::store
