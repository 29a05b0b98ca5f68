// The mutation kinds: dispatch by entity, and the small ones (acknowledgement, audit_event,
// plo_message, enrolment); plan versions and patients are in mutation_plan.cpp and
// mutation_patient.cpp.
#include "core/server/mutation_handlers.h"

#include "core/common/uuid.h"
#include "core/server/change_log.h"
#include "core/server/entity_rows.h"
#include "core/server/mutation_fields.h"
#include "core/server/plo_outbox.h"

namespace varde::server
{

using namespace mutation;

MutationOutcome refused(std::string reason, std::string message)
{
    MutationOutcome out;
    out.status = "refused";
    out.reason = std::move(reason);
    out.message = std::move(message);
    return out;
}

namespace
{

// Two nurses acknowledging one finding are two rows; the server records who pushed it and
// lays their name over the row it feeds.
Result<MutationOutcome> acknowledgement(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "create")
        return refused("unsupported_op", "acknowledgement: only create");
    const auto patient = text(m.payload, "patient_id");
    const auto finding = text(m.payload, "finding_id");
    const auto at = integer(m.payload, "acknowledged_at", -1);
    const auto action = text(m.payload, "action");
    const auto note = text(m.payload, "note");
    if (!idMatches(m) || !rowMatches(m) || !patient || !finding || finding->empty() || !at
        || *at < 0 || !action || !note)
        return malformed("acknowledgement: id, patient_id, finding_id, acknowledged_at");
    auto service = serviceOfPatient(db, who, *patient);
    if (!service)
        return fail(service.error());
    if (!*service)
        return notYours();
    auto row = db.exec(
        "INSERT INTO acknowledgement(id, service_id, patient_id, finding_id, acknowledged_by, "
        "acknowledged_at, action, note) VALUES ($1, $2, $3, $4, $5, to_timestamp($6::bigint / "
        "1000.0), $7, $8) ON CONFLICT (id) DO NOTHING RETURNING json_build_object('id', id, "
        "'patient_id', patient_id, 'finding_id', finding_id, 'acknowledged_by', acknowledged_by, "
        "'acknowledged_at', $6::bigint, 'action', action, 'note', note, 'version', version)::text",
        { m.entityId, **service, *patient, *finding, who.id, std::to_string(*at), *action, *note });
    if (!row)
        return fail(row.error());
    MutationOutcome out;
    if (row->rows() == 0) { // the same id again (a re-registered client resending it)
        auto same = db.exec("SELECT 1 FROM acknowledgement WHERE id = $1 AND patient_id = $2",
            { m.entityId, *patient });
        if (!same)
            return fail(same.error());
        if (same->rows() == 0)
            return refused("id_taken", "acknowledgement: the id names another record");
        out.fields->set("stored_already", true);
        return out;
    }
    // Who acknowledged, as the server knows them: the other workstations show the name.
    auto name = db.exec("SELECT display_name FROM app_user WHERE id = $1", { who.id });
    if (!name)
        return fail(name.error());
    Poco::JSON::Object::Ptr byName = new Poco::JSON::Object;
    byName->set("acknowledged_by_name", name->rows() ? name->text(0, 0) : std::string());
    if (auto ok = writeAndFeed(db,
            { **service, "acknowledgement", m.entityId, *patient, who.id, m.row, byName }, "create",
            row->text(0, 0));
        !ok)
        return fail(ok.error());
    return out;
}

// The workstation's own audit events, appended to the server's trail once (by their id). They
// are not put in the change feed: the trail is read on the server.
Result<MutationOutcome> auditEvent(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "append" && m.op != "create")
        return refused("unsupported_op", "audit_event: only append");
    const auto action = text(m.payload, "action");
    const auto patient = text(m.payload, "patient_id");
    const auto at = integer(m.payload, "occurred_at", -1);
    const auto entity = text(m.payload, "entity");
    const auto entityId = text(m.payload, "entity_id");
    const auto detail = text(m.payload, "detail");
    if (!idMatches(m) || !action || action->empty() || action->size() > 100 || !patient || !at
        || *at < 0 || !entity || !entityId || !detail)
        return malformed("audit_event: id, action, occurred_at");
    if (!patient->empty()) {
        auto service = serviceOfPatient(db, who, *patient);
        if (!service)
            return fail(service.error());
        if (!*service)
            return notYours();
    }
    // Codes and ids only (audit.h); the workstation's detail is its own codes.
    std::string full = entity->empty() ? "" : *entity + "=" + *entityId;
    if (!detail->empty())
        full += (full.empty() ? "" : " ") + *detail;
    if (full.size() > 1000)
        full.resize(1000);
    auto ok = db.exec("INSERT INTO audit_event(actor_id, actor_kind, action, patient_id, detail, "
                      "source_event_id, occurred_at) VALUES ($1, 'user', $2, $3, $4, $5, "
                      "to_timestamp($6::bigint / 1000.0)) ON CONFLICT (source_event_id) WHERE "
                      "source_event_id IS NOT NULL DO NOTHING",
        { who.id, "workstation." + *action, patient->empty() ? PgParam {} : PgParam { *patient },
            full, m.entityId, std::to_string(*at) });
    if (!ok)
        return fail(ok.error());
    MutationOutcome out;
    if (ok->affected() == 0)
        out.fields->set("stored_already", true);
    return out;
}

// A PLO document the workstation validated: queued for the exchange (plo_outbox.h).
Result<MutationOutcome> ploMessage(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "create")
        return applyRowMutation(db, who, m); // read marks and the like: kept as its row
    OutgoingDocument doc;
    doc.id = m.entityId;
    const auto patient = text(m.payload, "patient_id");
    const auto type = text(m.payload, "type");
    const auto msgId = text(m.payload, "msg_id");
    const auto document = text(m.payload, "document");
    if (!idMatches(m) || !rowMatches(m) || !patient || !type || !msgId || !document)
        return malformed("plo_message: id, patient_id, type, msg_id, document");
    if (!patient->empty()) {
        auto service = serviceOfPatient(db, who, *patient);
        if (!service)
            return fail(service.error());
        if (!*service)
            return notYours();
        doc.serviceId = **service;
    } else if (isStaff(who) && isUuid(who.serviceId)) {
        doc.serviceId = who.serviceId;
    } else {
        return notYours();
    }
    if (!isStaff(who))
        return refused("role", "plo_message: only a nurse or leader sends messages");
    doc.patientId = *patient;
    doc.type = *type;
    doc.msgId = *msgId;
    doc.document = *document;
    // The complete row first: the queueing's change lays the exchange's fields over it.
    if (m.row)
        if (auto ok = writeRow(
                db, { doc.serviceId, "plo_message", m.entityId, *patient, who.id, m.row, nullptr });
            !ok)
            return fail(ok.error());
    if (auto ok = queueOutgoingDocument(db, doc); !ok) {
        if (ok.error().code == ErrorCode::InvalidArgument && db.lastState().empty())
            return malformed(ok.error().detail); // its own checks, not a database failure
        return fail(ok.error());
    }
    return MutationOutcome {};
}

Result<MutationOutcome> enrolment(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "create")
        return refused("unsupported_op", "enrolment: only create");
    const auto patient = text(m.payload, "patient_id");
    const auto weeks = integer(m.payload, "trial_weeks");
    if (!idMatches(m) || !rowMatches(m) || !patient || !weeks || *weeks < 0 || *weeks > 520)
        return malformed("enrolment: id, patient_id, trial_weeks");
    auto service = serviceOfPatient(db, who, *patient);
    if (!service)
        return fail(service.error());
    if (!*service)
        return notYours();
    if (!isStaff(who))
        return refused("role", "enrolment: only a nurse or leader enrols");
    auto row = db.exec("INSERT INTO enrolment(id, service_id, patient_id, trial_weeks, created_by) "
                       "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING "
                       "json_build_object('id', id, 'patient_id', patient_id, 'trial_weeks', "
                       "trial_weeks, 'version', 1)::text",
        { m.entityId, **service, *patient, std::to_string(*weeks), who.id });
    if (!row)
        return fail(row.error());
    MutationOutcome out;
    if (row->rows() == 0) {
        out.fields->set("stored_already", true);
        return out;
    }
    if (auto ok
        = writeAndFeed(db, { **service, "enrolment", m.entityId, *patient, who.id, m.row, nullptr },
            "create", row->text(0, 0));
        !ok)
        return fail(ok.error());
    return out;
}

} // namespace

Result<MutationOutcome> applyMutation(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.entity == "acknowledgement")
        return acknowledgement(db, who, m);
    if (m.entity == "audit_event")
        return auditEvent(db, who, m);
    if (m.entity == "plan_version")
        return applyPlanVersion(db, who, m);
    if (m.entity == "plo_message")
        return ploMessage(db, who, m);
    if (m.entity == "patient")
        return applyPatient(db, who, m);
    if (m.entity == "enrolment")
        return enrolment(db, who, m);
    if (isRowOnlyEntity(m))
        return applyRowMutation(db, who, m);
    return refused("unknown_entity", "the server does not take " + m.entity + " mutations yet");
}

std::string mutationPatientId(const Mutation &m)
{
    if (m.entity == "patient")
        return isUuid(m.entityId) ? m.entityId : "";
    auto patient = text(m.payload, "patient_id");
    if ((!patient || patient->empty()) && m.row)
        patient = text(m.row, "patient_id");
    return patient && isUuid(*patient) ? *patient : "";
}

} // namespace varde::server
