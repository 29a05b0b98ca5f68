// entity_row: lock, compare versions, lay the server's fields over, upsert, feed.
#include "core/server/entity_rows.h"

#include "core/common/uuid.h"
#include "core/server/change_log.h"
#include "core/server/mutation_fields.h"

#include <algorithm>
#include <array>

namespace varde::server
{
namespace
{

constexpr std::array<std::string_view, 13> whitelist { "patient", "diagnosis", "contact_person",
    "measurement_schedule", "enrolment", "link_code", "patient_change", "acknowledgement",
    "measurement_exclusion", "follow_up_pause", "plan_version", "plo_message",
    "general_practitioner" };

bool truthy(const Poco::JSON::Object::Ptr &row, const std::string &key)
{
    if (!row->has(key) || row->isNull(key))
        return false;
    const auto value = row->get(key);
    if (value.isBoolean())
        return value.extract<bool>();
    if (value.isInteger())
        return value.convert<std::int64_t>() != 0;
    return false;
}

PgParam orNull(const std::string &s) { return s.empty() ? PgParam {} : PgParam { s }; }

} // namespace

bool keepsRows(std::string_view entity)
{
    return std::find(whitelist.begin(), whitelist.end(), entity) != whitelist.end();
}

std::int64_t rowVersion(const Poco::JSON::Object::Ptr &row)
{
    if (!row || !row->has("version") || row->isNull("version"))
        return 0;
    const auto value = row->get("version");
    return value.isInteger() ? value.convert<std::int64_t>() : 0;
}

Result<RowWritten> writeRow(PgConnection &db, const RowWrite &write)
{
    auto stored = db.exec("SELECT version, data::text, coalesce(patient_id::text, '') FROM "
                          "entity_row WHERE service_id = $1 AND entity = $2 AND id = $3 FOR UPDATE",
        { write.serviceId, write.entity, write.id });
    if (!stored)
        return fail(stored.error());
    RowWritten out;
    const bool exists = stored->rows() == 1;
    const std::int64_t storedVersion = exists ? stored->int64(0, 0) : 0;
    if (exists && stored->text(0, 2) != write.patientId) {
        out.kind = RowWritten::Kind::Foreign; // the stored row decides whose it is
        return out;
    }
    const bool pushedIsNewer = write.row && (!exists || rowVersion(write.row) >= storedVersion);
    const bool serverChanged = write.overrides || write.minVersion > storedVersion;
    if (!pushedIsNewer && !(exists && serverChanged)) {
        out.kind = exists ? RowWritten::Kind::Unchanged : RowWritten::Kind::None;
        out.json = exists ? stored->text(0, 1) : std::string();
        out.version = storedVersion;
        return out;
    }
    Poco::JSON::Object::Ptr merged = pushedIsNewer
        ? Poco::JSON::Object::Ptr(new Poco::JSON::Object(*write.row))
        : mutation::parseObject(stored->text(0, 1));
    if (write.overrides)
        for (const auto &[key, value] : *write.overrides)
            merged->set(key, value);
    merged->set("id", write.id);
    out.version = std::max({ pushedIsNewer ? rowVersion(write.row) : 0,
        exists ? storedVersion + 1 : 1, write.minVersion, std::int64_t(1) });
    merged->set("version", out.version);
    out.json = mutation::json(merged);
    auto ok = db.exec("INSERT INTO entity_row(service_id, entity, id, patient_id, version, "
                      "deleted, data, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) "
                      "ON CONFLICT (service_id, entity, id) DO UPDATE SET patient_id = "
                      "excluded.patient_id, version = excluded.version, deleted = "
                      "excluded.deleted, data = excluded.data, updated_by = excluded.updated_by, "
                      "updated_at = now()",
        { write.serviceId, write.entity, write.id, orNull(write.patientId),
            std::to_string(out.version), truthy(merged, "deleted") ? "true" : "false", out.json,
            isUuid(write.updatedBy) ? PgParam { write.updatedBy } : PgParam {} });
    if (!ok)
        return fail(ok.error());
    out.kind = RowWritten::Kind::Stored;
    return out;
}

Result<RowWritten> writeAndFeed(
    PgConnection &db, const RowWrite &write, std::string_view op, const std::string &typedJson)
{
    auto written = writeRow(db, write);
    if (!written)
        return written;
    if (written->kind == RowWritten::Kind::Stored) {
        if (auto ok
            = appendRowChange(db, write.serviceId, write.entity, write.id, op, written->json);
            !ok)
            return fail(ok.error());
    } else if (written->kind != RowWritten::Kind::Unchanged && !typedJson.empty()) {
        if (auto ok = appendChange(db, write.serviceId, write.entity, write.id, op, typedJson); !ok)
            return fail(ok.error());
    }
    return written;
}

} // namespace varde::server
