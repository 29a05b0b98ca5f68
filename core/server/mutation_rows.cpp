// The entities the server keeps only as the workstation's complete rows (entity_rows.h):
// diagnosis, contact_person, measurement_schedule, link_code, patient_change,
// measurement_exclusion, follow_up_pause, general_practitioner, and plo_message changes after
// its creation (read marks). One handler: the patient (the row's or payload's patient_id) must
// be one of the caller's service, else the answer is the same not_allowed as for a patient that
// does not exist; only a nurse or leader changes them; the row is stored, newest version
// winning, and fed to the service. A link code is also registered by hash (link_codes.h).
#include "core/common/uuid.h"
#include "core/server/entity_rows.h"
#include "core/server/link_codes.h"
#include "core/server/mutation_fields.h"
#include "core/server/plo_message_change.h"

#include <set>

namespace varde::server::mutation
{
namespace
{

const std::set<std::string> rowOnly { "diagnosis", "contact_person", "measurement_schedule",
    "link_code", "patient_change", "measurement_exclusion", "follow_up_pause",
    "general_practitioner" };

// The row's field when the row has it, else the payload's.
std::optional<std::string> field(const Mutation &m, const std::string &key)
{
    if (m.row && m.row->has(key) && !m.row->isNull(key))
        return text(m.row, key);
    return text(m.payload, key);
}

std::optional<std::int64_t> number(const Mutation &m, const std::string &key)
{
    if (m.row && m.row->has(key) && !m.row->isNull(key))
        return integer(m.row, key, -1);
    return integer(m.payload, key, -1);
}

void merge(Poco::JSON::Object::Ptr &into, const Poco::JSON::Object::Ptr &from)
{
    if (!from)
        return;
    if (!into)
        into = new Poco::JSON::Object;
    for (const auto &[key, value] : *from)
        into->set(key, value);
}

// The patient of a row kept in the caller's service, for a change that does not name it (a
// delete sends only the id).
Result<std::string> storedPatient(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (!isUuid(who.serviceId))
        return std::string();
    auto row = db.exec("SELECT coalesce(patient_id::text, '') FROM entity_row WHERE service_id = "
                       "$1 AND entity = $2 AND id = $3",
        { who.serviceId, m.entity, m.entityId });
    if (!row)
        return fail(row.error());
    return row->rows() ? row->text(0, 0) : std::string();
}

// A link code's own table: registered, or ended by a delete; the older codes it ended are fed
// again with their new expiry.
Result<std::optional<MutationOutcome>> linkCode(
    PgConnection &db, const Principal &who, const Mutation &m, const std::string &patient)
{
    if (m.op == "delete") {
        if (auto ok = endLinkCode(db, m.entityId, who.serviceId); !ok)
            return fail(ok.error());
        return std::optional<MutationOutcome>();
    }
    const auto code = field(m, "code");
    const auto expires = number(m, "expires_at");
    if (!code || normalizeLinkCode(*code).size() < 8 || !expires || *expires < 0)
        return std::optional<MutationOutcome>(malformed("link_code: code, expires_at"));
    auto ended
        = registerLinkCode(db, { m.entityId, who.serviceId, patient, *code, *expires, who.id });
    if (!ended)
        return fail(ended.error());
    for (const auto &id : *ended) {
        auto fields = linkCodeServerFields(db, id, who.serviceId);
        if (!fields)
            return fail(fields.error());
        if (auto ok = writeAndFeed(db,
                { who.serviceId, "link_code", id, patient, who.id, nullptr, *fields }, "update",
                "");
            !ok)
            return fail(ok.error());
    }
    return std::optional<MutationOutcome>();
}

} // namespace

bool isRowOnlyEntity(const Mutation &m)
{
    return rowOnly.count(m.entity) || (m.entity == "plo_message" && m.op != "create");
}

Result<MutationOutcome> applyRowMutation(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "create" && m.op != "update" && m.op != "delete")
        return refused("unsupported_op", m.entity + ": create, update or delete");
    if (!m.row && m.op != "delete")
        return refused(
            "row_missing", m.entity + ": the server keeps it as its complete row: send it");
    std::optional<std::string> inRow = std::string();
    if (m.row)
        inRow = text(m.row, "patient_id");
    const auto inPayload = text(m.payload, "patient_id");
    if (!idMatches(m) || !rowMatches(m) || !inRow || !inPayload
        || (!inRow->empty() && !inPayload->empty() && *inRow != *inPayload))
        return malformed(m.entity + ": id, patient_id");
    std::string patient = inRow->empty() ? *inPayload : *inRow;
    const bool patientless = m.entity == "general_practitioner" || m.entity == "plo_message";
    if (patient.empty() && !patientless) {
        auto stored = storedPatient(db, who, m);
        if (!stored)
            return fail(stored.error());
        if (stored->empty())
            return m.row ? malformed(m.entity + ": patient_id") : notYours();
        patient = *stored;
    }
    // Scope first, role second: another service's nurse learns nothing either way.
    std::string serviceId;
    if (!patient.empty()) {
        auto service = serviceOfPatient(db, who, patient);
        if (!service)
            return fail(service.error());
        if (!*service)
            return notYours();
        serviceId = **service;
    } else if (isStaff(who) && isUuid(who.serviceId)) {
        serviceId = who.serviceId;
    } else {
        return notYours();
    }
    if (!isStaff(who) || serviceId != who.serviceId)
        return refused("role", m.entity + ": only the service's nurses and leaders change it");

    Poco::JSON::Object::Ptr owned;
    if (m.op == "delete") {
        owned = new Poco::JSON::Object;
        owned->set("deleted", 1);
    }
    if (m.entity == "link_code") {
        if (patient.empty())
            return malformed("link_code: patient_id");
        auto refusal = linkCode(db, who, m, patient);
        if (!refusal)
            return fail(refusal.error());
        if (*refusal)
            return **refusal;
        auto fields = linkCodeServerFields(db, m.entityId, serviceId);
        if (!fields)
            return fail(fields.error());
        merge(owned, *fields);
    } else if (m.entity == "plo_message") {
        auto fields = messageServerFields(db, m.entityId, serviceId);
        if (!fields)
            return fail(fields.error());
        merge(owned, *fields);
    } else if (m.entity == "general_practitioner" && m.row) {
        // So that patients can name the GP (patient.gp_id); the registry is shared, so a
        // workstation adds a GP but does not rename one another service uses.
        const auto name = text(m.row, "name");
        if (name && !name->empty())
            if (auto ok = db.exec("INSERT INTO general_practitioner(id, name, her_id, "
                                  "practice_name, practice_her_id) VALUES ($1, $2, $3, $4, $5) "
                                  "ON CONFLICT (id) DO NOTHING",
                    { m.entityId, *name, text(m.row, "her_id").value_or(""),
                        text(m.row, "practice_name").value_or(""),
                        text(m.row, "practice_her_id").value_or("") });
                !ok)
                return fail(ok.error());
    }

    auto written = writeAndFeed(
        db, { serviceId, m.entity, m.entityId, patient, who.id, m.row, owned }, m.op, "");
    if (!written)
        return fail(written.error());
    MutationOutcome out;
    switch (written->kind) {
    case RowWritten::Kind::Foreign:
        return notYours();
    case RowWritten::Kind::None:
        return refused("row_missing", m.entity + ": not known here: send its row");
    case RowWritten::Kind::Unchanged:
        out.fields->set("stale", true); // the server has a newer row; the feed brings it
        break;
    case RowWritten::Kind::Stored:
        break;
    }
    out.fields->set("version", written->version);
    return out;
}

} // namespace varde::server::mutation
