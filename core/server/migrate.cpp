#include "core/server/migrate.h"

#include "core/server/schema.h"

#include <array>

namespace varde::server
{
namespace
{

// In order; the loop below needs the order, not contiguous numbers.
const std::array<const schema::Version *, 7> all { &schema::version1, &schema::version2,
    &schema::version3, &schema::version4, &schema::version5, &schema::version6, &schema::version7 };

// Any constant shared by every instance; the value only has to be the same everywhere.
constexpr const char *lockKey = "7411630512";

} // namespace

int latestServerSchema() { return all.back()->number; }

Result<int> migrate(PgConnection &db)
{
    if (auto ok = db.exec("SELECT pg_advisory_lock($1::bigint)", { lockKey }); !ok)
        return fail(ok.error());
    struct Unlock {
        PgConnection &db;
        ~Unlock() { (void)db.exec("SELECT pg_advisory_unlock($1::bigint)", { lockKey }); }
    } unlock { db };

    if (auto ok = db.script("CREATE TABLE IF NOT EXISTS schema_migration (version integer "
                            "PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT "
                            "NULL DEFAULT now())");
        !ok)
        return fail(ok.error());
    auto current = db.exec("SELECT coalesce(max(version), 0) FROM schema_migration");
    if (!current)
        return fail(current.error());
    int version = int(current->int64(0, 0));
    if (version > latestServerSchema())
        return fail(ErrorCode::InvalidArgument,
            "database schema " + std::to_string(version) + " is newer than this server ("
                + std::to_string(latestServerSchema()) + ")");
    for (const auto *v : all) {
        if (v->number <= version)
            continue;
        auto tx = PgTransaction::begin(db);
        if (!tx)
            return fail(tx.error());
        if (auto ok = db.script(v->sql); !ok)
            return fail(ok.error());
        if (auto ok = db.exec("INSERT INTO schema_migration(version, description) VALUES ($1, $2)",
                { std::to_string(v->number), std::string(v->description) });
            !ok)
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
        version = v->number;
    }
    return version;
}

} // namespace varde::server
