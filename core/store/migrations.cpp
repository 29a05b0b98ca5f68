#include "core/store/migrations.h"

#include "core/store/schema.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"

#include <array>

namespace varde::store
{
namespace
{

const std::array<Migration, 7> all { {
    { 1, "foundation: users, directory, patients, measurements, answers, audit, sync state",
        schema::version1 },
    { 2, "triage: plan versions, findings, acknowledgements, exclusions, pauses",
        schema::version2 },
    { 3, "plan: submission, approval method, rejection, supersession, medical lead",
        schema::version3 },
    { 4, "enrolment: periods of follow-up, link codes, contact history, retention",
        schema::version4 },
    { 5, "messages: PLO threads with the GP, receipts, refused documents", schema::version5 },
    { 6, "sync: server sign-in, offline age, conflicts and refusals kept", schema::version6 },
    { 7, "acknowledgements name who made them; a disabled user closes the cache",
        schema::version7 },
} };

} // namespace

std::span<const Migration> migrations() { return all; }

int latestSchemaVersion() { return all.back().version; }

Result<int> schemaVersion(Connection &db)
{
    auto exists = db.queryText(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'");
    if (!exists)
        return fail(exists.error());
    if (*exists == "0")
        return 0;
    auto version = db.queryText("SELECT coalesce(max(version), 0) FROM schema_migration");
    if (!version)
        return fail(version.error());
    return std::stoi(*version);
}

Result<> migrate(Connection &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    auto current = schemaVersion(db);
    if (!current)
        return fail(current.error());
    if (*current > latestSchemaVersion())
        return fail(ErrorCode::StoreNewerThanProgram,
            "store schema " + std::to_string(*current) + ", this program knows up to "
                + std::to_string(latestSchemaVersion()));
    for (const auto &migration : all) {
        if (migration.version <= *current || migration.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        if (auto ok = db.exec(migration.sql); !ok)
            return fail(ErrorCode::Database,
                "migration " + std::to_string(migration.version) + ": " + ok.error().detail);
        auto record = Statement::prepare(
            db, "INSERT INTO schema_migration(version, description, applied_at) VALUES (?, ?, ?)");
        if (!record)
            return fail(record.error());
        record->bind(1, migration.version)
            .bind(2, migration.description)
            .bind(3, time::toEpochMillis(time::now()));
        if (auto ok = record->run(); !ok)
            return ok;
        if (auto ok = tx->commit(); !ok)
            return ok;
    }
    return {};
}

} // namespace varde::store
