#pragma once
// RAII over a SQLCipher connection. One connection belongs to one thread at a time.

#include "core/common/result.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace varde::store
{

class Connection
{
public:
    // Opens (and with `create`, creates) the file; applies no key yet (see EncryptedStore).
    static Result<Connection> open(const std::filesystem::path &path, bool create);

    Result<> exec(std::string_view sql);
    // First column of the first row as text; empty when there is no row.
    Result<std::string> queryText(std::string_view sql);

    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

    sqlite3 *handle() const { return m_db.get(); }
    // An Error with the connection's current message, prefixed by what was being done.
    Error lastError(std::string_view context, ErrorCode code = ErrorCode::Database) const;

private:
    struct Close {
        void operator()(sqlite3 *db) const noexcept;
    };
    explicit Connection(sqlite3 *db)
        : m_db(db)
    {
    }
    std::unique_ptr<sqlite3, Close> m_db;
};

} // namespace varde::store
