#pragma once
// A prepared statement with typed binding (1-based, as SQLite counts) and typed columns
// (0-based). Single owner; reuse it with reset() for bulk inserts.

#include "core/common/result.h"
#include "core/store/connection.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace varde::store
{

class Statement
{
public:
    static Result<Statement> prepare(Connection &db, std::string_view sql);

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t { value }); }
    Statement &bind(int index, bool value) { return bind(index, std::int64_t { value ? 1 : 0 }); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const std::string &text)
    {
        return bind(index, std::string_view(text));
    }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const std::optional<std::int64_t> &value);
    // Empty text binds NULL: for optional foreign keys.
    Statement &bindOrNull(int index, std::string_view text);

    // true: a row is ready; false: done. A bind error is reported here.
    Result<bool> step();
    // Steps to the end (for INSERT/UPDATE), then resets for reuse.
    Result<> run();
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;
    // For rows read without knowing their table (sync sends whole rows by column name).
    enum class Type { Integer, Real, Text, Blob, Null };
    int columnCount() const;
    std::string columnName(int column) const;
    Type columnType(int column) const;

private:
    struct Finalize {
        void operator()(sqlite3_stmt *stmt) const noexcept;
    };
    Statement(Connection &db, sqlite3_stmt *stmt)
        : m_db(&db)
        , m_stmt(stmt)
    {
    }
    void noteBind(int rc, int index);

    Connection *m_db;
    std::unique_ptr<sqlite3_stmt, Finalize> m_stmt;
    std::optional<Error> m_bindError;
};

// Steps through every row, calling `visit(statement)` for each; stops at the first error.
template <typename Visit> Result<> forEachRow(Statement &select, Visit visit)
{
    for (;;) {
        auto more = select.step();
        if (!more)
            return fail(more.error());
        if (!*more)
            return {};
        visit(static_cast<const Statement &>(select));
    }
}

// Every row read into a value with `read(statement)`.
template <typename Row, typename Read>
Result<std::vector<Row>> collectRows(Statement &select, Read read)
{
    std::vector<Row> rows;
    auto ok = forEachRow(select, [&](const Statement &s) { rows.push_back(read(s)); });
    if (!ok)
        return fail(ok.error());
    return rows;
}

} // namespace varde::store
