#include "core/store/statement.h"

#include "core/store/sqlite.h"

namespace varde::store
{

void Statement::Finalize::operator()(sqlite3_stmt *stmt) const noexcept { sqlite3_finalize(stmt); }

Result<Statement> Statement::prepare(Connection &db, std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return fail(db.lastError("prepare " + std::string(sql.substr(0, 60))));
    return Statement(db, stmt);
}

void Statement::noteBind(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = m_db->lastError("bind parameter " + std::to_string(index));
}

Statement &Statement::bind(int index, std::int64_t value)
{
    noteBind(sqlite3_bind_int64(m_stmt.get(), index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_stmt.get(), index, value), index);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    // An empty view may have a null data pointer, which SQLite would store as NULL.
    noteBind(sqlite3_bind_text(m_stmt.get(), index, text.data() ? text.data() : "",
                 int(text.size()), SQLITE_TRANSIENT),
        index);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt.get(), index), index);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindOrNull(int index, std::string_view text)
{
    return text.empty() ? bindNull(index) : bind(index, text);
}

Result<bool> Statement::step()
{
    if (m_bindError) {
        auto error = *m_bindError;
        m_bindError.reset();
        return fail(error);
    }
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    auto error = m_db->lastError("step");
    sqlite3_reset(m_stmt.get());
    return fail(error);
}

Result<> Statement::run()
{
    auto more = step();
    while (more && *more)
        more = step();
    reset();
    if (!more)
        return fail(more.error());
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::real(int column) const { return sqlite3_column_double(m_stmt.get(), column); }

std::string Statement::text(int column) const
{
    const auto *p = sqlite3_column_text(m_stmt.get(), column);
    return p ? std::string(reinterpret_cast<const char *>(p),
               std::size_t(sqlite3_column_bytes(m_stmt.get(), column)))
             : std::string();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt.get()); }

std::string Statement::columnName(int column) const
{
    const char *name = sqlite3_column_name(m_stmt.get(), column);
    return name ? name : "";
}

Statement::Type Statement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt.get(), column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

} // namespace varde::store
