// The patient mutation. The typed patient row keeps what the server itself works with (identity
// for FHIR ingest, the service, the GP for scope, status); the complete row the workstation
// pushes (entity_rows.h) keeps the rest (contact details, responsible nurse, end reason) and is
// what the feed hands back. Create takes the identity from the row (the payload is only
// {id, status}) in the caller's service; update applies the status (with a version check when
// the client sends the version it saw) and, when the row is not older than the server's, its
// identity fields; delete (purge) is a tombstone. The patient's typed version and its row's
// version are kept equal.
#include "core/common/uuid.h"
#include "core/server/change_log.h"
#include "core/server/entity_rows.h"
#include "core/server/mutation_fields.h"

namespace varde::server::mutation
{
namespace
{

constexpr const char *rowJson
    = "json_build_object('id', id, 'national_id', national_id, 'given_name', given_name, "
      "'family_name', family_name, 'gp_id', gp_id, 'status', status, 'version', version, "
      "'deleted', deleted)::text";

// A GP the server knows, or NULL (the workstation may name one not registered here).
constexpr const char *knownGp = "(SELECT id FROM general_practitioner WHERE id = $7::uuid)";

// The row's field when the row has it, else the payload's.
std::optional<std::string> field(const Mutation &m, const std::string &key)
{
    if (m.row && m.row->has(key))
        return text(m.row, key);
    return text(m.payload, key);
}

PgParam uuidOrNull(const std::optional<std::string> &s)
{
    return s && isUuid(*s) ? PgParam { *s } : PgParam {};
}

// What the server owns in the fed row.
Poco::JSON::Object::Ptr serverFields(
    const std::string &status, bool deleted, const std::string &serviceId)
{
    Poco::JSON::Object::Ptr fields = new Poco::JSON::Object;
    fields->set("status", status);
    fields->set("deleted", deleted ? 1 : 0); // the workstation's 0/1 column
    fields->set("service_id", serviceId);
    return fields;
}

// Stores and feeds the complete row (or the typed one when no row is known) and keeps the
// typed version equal to the row's. Returns the version.
Result<std::int64_t> feedPatient(PgConnection &db,
    const Principal &who,
    const Mutation &m,
    const std::string &serviceId,
    std::string_view op,
    std::int64_t typedVersion,
    const std::string &status,
    bool deleted,
    const std::string &typedJson)
{
    auto written = writeAndFeed(db,
        { serviceId, "patient", m.entityId, m.entityId, who.id, m.row,
            serverFields(status, deleted, serviceId), typedVersion },
        op, typedJson);
    if (!written)
        return fail(written.error());
    if (written->kind != RowWritten::Kind::Stored || written->version == typedVersion)
        return typedVersion;
    if (auto ok = db.exec("UPDATE patient SET version = $2 WHERE id = $1",
            { m.entityId, std::to_string(written->version) });
        !ok)
        return fail(ok.error());
    return written->version;
}

Result<MutationOutcome> create(PgConnection &db, const Principal &who, const Mutation &m)
{
    const auto nationalId = field(m, "national_id");
    const auto given = field(m, "given_name");
    const auto family = field(m, "family_name");
    const auto birthDate = field(m, "birth_date");
    const auto gp = field(m, "gp_id");
    const auto status = text(m.payload, "status");
    const auto rowStatus = field(m, "status");
    if (!nationalId || nationalId->empty() || !given || !family || !birthDate || !status
        || !rowStatus)
        return refused("incomplete",
            "patient: create needs its row (national_id, given_name, family_name, birth_date)");
    if (!isStaff(who) || !isUuid(who.serviceId))
        return refused("role", "patient: only a service's nurse or leader enrols");
    auto row = db.exec(std::string("INSERT INTO patient(id, service_id, national_id, given_name, "
                                   "family_name, birth_date, gp_id, status) VALUES ($1, $2, $3, "
                                   "$4, $5, nullif($6, '')::date, ")
            + knownGp
            + ", coalesce(nullif($8, ''), 'active')) ON CONFLICT DO NOTHING RETURNING status, "
            + rowJson,
        { m.entityId, who.serviceId, *nationalId, *given, *family, *birthDate, uuidOrNull(gp),
            status->empty() ? *rowStatus : *status });
    if (!row)
        return fail(row.error());
    if (row->rows() == 0)
        return refused("exists", "patient: already followed, or the id is taken");
    auto version = feedPatient(
        db, who, m, who.serviceId, "create", 1, row->text(0, 0), false, row->text(0, 1));
    if (!version)
        return fail(version.error());
    MutationOutcome out;
    out.fields->set("version", *version);
    return out;
}

} // namespace

Result<MutationOutcome> applyPatient(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "create" && m.op != "update" && m.op != "delete")
        return refused("unsupported_op", "patient: create, update or delete");
    const auto status = text(m.payload, "status");
    const auto version = integer(m.payload, "version", -1);
    if (!idMatches(m) || !rowMatches(m) || !status || status->size() > 32 || !version)
        return malformed("patient: id, status, version");
    auto service = serviceOfPatient(db, who, m.entityId);
    if (!service)
        return fail(service.error());
    if (!*service) {
        if (m.op == "create")
            return create(db, who, m);
        return notYours();
    }
    if (!isStaff(who))
        return refused("role", "patient: only a nurse or leader changes enrolment");
    auto stored = db.exec(
        std::string("SELECT version, ") + rowJson + " FROM patient WHERE id = $1 FOR UPDATE",
        { m.entityId });
    if (!stored)
        return fail(stored.error());
    if (*version >= 0 && stored->int64(0, 0) != *version) {
        MutationOutcome out;
        out.status = "conflict";
        out.reason = "version";
        out.message = "patient: changed on the server since";
        out.fields->set("current", parseObject(stored->text(0, 1)));
        return out;
    }
    // A row older than the server's changes no identity field (entity_rows.h).
    const bool rowIsCurrent = m.row && rowVersion(m.row) >= stored->int64(0, 0);
    const auto rowText = [&](const std::string &key) {
        return rowIsCurrent ? text(m.row, key).value_or("") : std::string();
    };
    const std::string newStatus = !status->empty() ? *status : rowText("status");
    const bool remove = m.op == "delete";
    auto row = db.exec(std::string("UPDATE patient SET status = coalesce(nullif($2, ''), status), "
                                   "deleted = deleted OR $3::boolean, version = version + 1, "
                                   "updated_at = now(), national_id = coalesce(nullif($4, ''), "
                                   "national_id), given_name = coalesce(nullif($5, ''), "
                                   "given_name), family_name = coalesce(nullif($6, ''), "
                                   "family_name), gp_id = CASE WHEN $8::boolean THEN ")
            + knownGp
            + " ELSE gp_id END, birth_date = coalesce(nullif($9, '')::date, birth_date) WHERE id "
              "= $1 RETURNING version, status, deleted, "
            + rowJson,
        { m.entityId, newStatus.size() > 32 ? std::string() : newStatus, remove ? "true" : "false",
            rowText("national_id"), rowText("given_name"), rowText("family_name"),
            uuidOrNull(rowText("gp_id")), rowIsCurrent && m.row->has("gp_id") ? "true" : "false",
            rowText("birth_date") });
    if (!row)
        return fail(row.error());
    if (remove) {
        // Purged on the workstation with everything of the patient's: so are the rows here.
        if (auto ok
            = db.exec("DELETE FROM entity_row WHERE patient_id = $1 AND entity <> 'patient'",
                { m.entityId });
            !ok)
            return fail(ok.error());
    }
    auto fed = feedPatient(db, who, m, **service, remove ? "delete" : "update", row->int64(0, 0),
        row->text(0, 1), row->text(0, 2) == "t", row->text(0, 3));
    if (!fed)
        return fail(fed.error());
    MutationOutcome out;
    out.fields->set("version", *fed);
    if (!m.row) {
        // Without its row, the server keeps nothing of contact details or end reason.
        Poco::JSON::Array::Ptr ignored = new Poco::JSON::Array;
        for (const auto &key : { "contact", "responsible_nurse_id", "end_reason" })
            if (m.payload->has(key))
                ignored->add(std::string(key));
        if (ignored->size())
            out.fields->set("not_stored", ignored);
    }
    return out;
}

} // namespace varde::server::mutation
