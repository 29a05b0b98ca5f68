#include "core/sync/plan_in_force.h"

#include "core/store/statement.h"
#include "core/sync/entity_rows.h"

namespace varde::sync
{
namespace
{

std::string textOf(const Poco::JSON::Object &row, const std::string &key)
{
    return row.has(key) && row.get(key).isString() ? row.getValue<std::string>(key) : "";
}

} // namespace

Result<std::optional<std::string>> stepAsideFor(
    store::Connection &db, const Poco::JSON::Object &row)
{
    const auto id = textOf(row, "id");
    const auto patient = textOf(row, "patient_id");
    const auto service = textOf(row, "service_id");
    if (id.empty() || textOf(row, "status") != "active")
        return std::optional<std::string> {};
    // The version numbers stay: the server's next row for each of them still wins.
    auto step = store::Statement::prepare(db,
        "UPDATE plan_version SET status = CASE WHEN origin = 'server' THEN 'superseded' ELSE "
        "'draft' END, superseded_at = CASE WHEN origin = 'server' THEN ? ELSE NULL END, "
        "updated_at = ? WHERE status = 'active' AND id <> ? AND (CASE WHEN ? = '' THEN "
        "patient_id IS NULL AND service_id = ? ELSE patient_id = ? END)");
    if (!step)
        return fail(step.error());
    const auto now = row.has("updated_at") && row.get("updated_at").isInteger()
        ? row.get("updated_at").convert<std::int64_t>()
        : std::int64_t(0);
    step->bind(1, now).bind(2, now).bind(3, id).bind(4, patient).bind(5, service).bind(6, patient);
    if (auto ok = step->run(); !ok)
        return fail(ok.error());
    if (db.changes() == 0)
        return std::optional<std::string> {};
    return std::optional<std::string> { patient };
}

Result<std::optional<std::string>> takeServerPlanInForce(
    store::Connection &db, const Poco::JSON::Object &currentRow, std::int64_t nowMillis)
{
    const auto id = textOf(currentRow, "id");
    if (id.empty() || textOf(currentRow, "status") != "active")
        return std::optional<std::string> {};
    auto stepped = stepAsideFor(db, currentRow);
    if (!stepped)
        return fail(stepped.error());
    // This workstation may hold the same version with a higher local number (superseded here
    // by an activation the server refused): the server's row wins regardless.
    auto reset = store::Statement::prepare(db, "UPDATE plan_version SET version = 0 WHERE id = ?");
    if (!reset)
        return fail(reset.error());
    if (auto ok = reset->bind(1, id).run(); !ok)
        return fail(ok.error());
    RowWriter writer(db);
    auto written = writer.apply("plan_version", currentRow, nowMillis);
    if (!written)
        return fail(written.error());
    if (*written == RowApplied::Skipped)
        return fail(ErrorCode::Database, "plan in force not stored: " + writer.lastSkipReason());
    return std::optional<std::string> { textOf(currentRow, "patient_id") };
}

} // namespace varde::sync
