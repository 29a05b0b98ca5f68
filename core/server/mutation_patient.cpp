// The patient mutation, kept minimal: the status of a patient the caller's service follows
// (enrolment trial, active, ended), with a version check when the client sends the version it
// saw, and deletion (purge) as a tombstone. Creating a patient needs the identity fields the
// workstation does not send yet (national_id, given_name, family_name).
#include "core/common/uuid.h"
#include "core/server/change_log.h"
#include "core/server/mutation_fields.h"

namespace varde::server::mutation
{
namespace
{

constexpr const char *rowJson
    = "json_build_object('id', id, 'national_id', national_id, 'given_name', given_name, "
      "'family_name', family_name, 'gp_id', gp_id, 'status', status, 'version', version, "
      "'deleted', deleted)::text";

Result<MutationOutcome> create(PgConnection &db, const Principal &who, const Mutation &m)
{
    const auto nationalId = text(m.payload, "national_id");
    const auto given = text(m.payload, "given_name");
    const auto family = text(m.payload, "family_name");
    const auto status = text(m.payload, "status");
    if (!nationalId || nationalId->empty() || !given || !family || !status)
        return refused("incomplete", "patient: create needs national_id, given_name, family_name");
    if (!isStaff(who) || !isUuid(who.serviceId))
        return refused("role", "patient: only a service's nurse or leader enrols");
    auto row = db.exec(std::string("INSERT INTO patient(id, service_id, national_id, given_name, "
                                   "family_name, status) VALUES ($1, $2, $3, $4, $5, "
                                   "coalesce(nullif($6, ''), 'active')) ON CONFLICT DO NOTHING "
                                   "RETURNING ")
            + rowJson,
        { m.entityId, who.serviceId, *nationalId, *given, *family, *status });
    if (!row)
        return fail(row.error());
    if (row->rows() == 0)
        return refused("exists", "patient: already followed, or the id is taken");
    if (auto ok = appendChange(db, who.serviceId, "patient", m.entityId, "create", row->text(0, 0));
        !ok)
        return fail(ok.error());
    MutationOutcome out;
    out.fields->set("version", 1);
    return out;
}

} // namespace

Result<MutationOutcome> applyPatient(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "create" && m.op != "update" && m.op != "delete")
        return refused("unsupported_op", "patient: create, update or delete");
    const auto status = text(m.payload, "status");
    const auto version = integer(m.payload, "version", -1);
    if (!idMatches(m) || !status || status->size() > 32 || !version)
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
    const bool remove = m.op == "delete";
    auto row = db.exec(std::string("UPDATE patient SET status = coalesce(nullif($2, ''), status), "
                                   "deleted = deleted OR $3::boolean, version = version + 1, "
                                   "updated_at = now() WHERE id = $1 RETURNING version, ")
            + rowJson,
        { m.entityId, *status, remove ? "true" : "false" });
    if (!row)
        return fail(row.error());
    if (auto ok = appendChange(
            db, **service, "patient", m.entityId, remove ? "delete" : "update", row->text(0, 1));
        !ok)
        return fail(ok.error());
    MutationOutcome out;
    out.fields->set("version", row->int64(0, 0));
    // Kept on the workstation only for now: contact details, responsible nurse, end reason.
    Poco::JSON::Array::Ptr ignored = new Poco::JSON::Array;
    for (const auto &key : { "contact", "responsible_nurse_id", "end_reason" })
        if (m.payload->has(key))
            ignored->add(std::string(key));
    if (ignored->size())
        out.fields->set("not_stored", ignored);
    return out;
}

} // namespace varde::server::mutation
