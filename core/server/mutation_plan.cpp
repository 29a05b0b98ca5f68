// The plan_version mutation: drafts, submissions, approvals and rejections of treatment-plan
// versions. A version names the one it was made from (base_version_id); when another version
// became active since, the mutation completes as a conflict with the current version attached,
// never an overwrite. Only a GP or specialist approves in the app or rejects (mayApprovePlan).
#include "core/common/uuid.h"
#include "core/server/change_log.h"
#include "core/server/entity_rows.h"
#include "core/server/mutation_fields.h"
#include "core/server/scope.h"

#include <chrono>
#include <set>

namespace varde::server::mutation
{
namespace
{

const std::set<std::string> statuses { "draft", "awaiting_approval", "active", "superseded",
    "rejected" };
// Approvals a nurse records for a GP who approved outside Varde, or an activation that changes
// no limits (plan_version.h on the workstation).
const std::set<std::string> recordedMethods { "plo_reply", "phone", "unchanged_limits" };

bool allowed(const std::string &from, const std::string &to)
{
    if (from == "draft")
        return to == "draft" || to == "awaiting_approval" || to == "active" || to == "rejected";
    if (from == "awaiting_approval")
        return to == "draft" || to == "awaiting_approval" || to == "active" || to == "rejected";
    if (from == "active")
        return to == "active" || to == "superseded";
    return from == to; // superseded, rejected: final
}

constexpr const char *rowJson
    = "json_build_object('id', id, 'patient_id', patient_id, 'service_id', service_id, "
      "'status', status, 'base_version_id', base_version_id, 'rules', rules, 'content', content, "
      "'approval', approval, 'review_comment', review_comment, 'version', version, 'updated_at', "
      "(extract(epoch FROM updated_at) * 1000)::bigint)::text";

Result<std::string> currentRow(PgConnection &db, const std::string &id)
{
    auto row
        = db.exec(std::string("SELECT ") + rowJson + " FROM plan_version WHERE id = $1", { id });
    if (!row)
        return fail(row.error());
    return row->rows() ? row->text(0, 0) : std::string("null");
}

// The current version, typed; and as the complete row the feed sends (when the server keeps
// one), so that the workstation can put the version in force back at once (plan_in_force.h).
Result<MutationOutcome> conflict(PgConnection &db,
    const std::string &reason,
    const std::string &message,
    const std::string &currentId)
{
    auto current = currentRow(db, currentId);
    if (!current)
        return fail(current.error());
    MutationOutcome out;
    out.status = "conflict";
    out.reason = reason;
    out.message = message;
    out.fields->set("current",
        *current == "null" ? Poco::Dynamic::Var() : Poco::Dynamic::Var(parseObject(*current)));
    auto row
        = db.exec("SELECT data::text FROM entity_row WHERE entity = 'plan_version' AND id = $1",
            { currentId });
    if (!row)
        return fail(row.error());
    if (row->rows() == 1)
        out.fields->set("current_row", parseObject(row->text(0, 0)));
    return out;
}

struct Subject {
    std::string serviceId;
    std::string patientId; // "" = the service's default set
};

PgParam orNull(const std::string &s) { return s.empty() ? PgParam {} : PgParam { s }; }

// The status is the server's (it supersedes versions itself); laid over the workstation's row.
Poco::JSON::Object::Ptr statusField(const std::string &status)
{
    Poco::JSON::Object::Ptr fields = new Poco::JSON::Object;
    fields->set("status", status);
    if (status == "superseded")
        fields->set("superseded_at",
            std::int64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now().time_since_epoch())
                             .count()));
    return fields;
}

} // namespace

Result<MutationOutcome> applyPlanVersion(PgConnection &db, const Principal &who, const Mutation &m)
{
    if (m.op != "create" && m.op != "update")
        return refused("unsupported_op", "plan_version: create or update");
    const auto status = text(m.payload, "status");
    const auto patient = text(m.payload, "patient_id");
    const auto service = text(m.payload, "service_id");
    const auto base = text(m.payload, "base_version_id");
    const auto comment = text(m.payload, "review_comment");
    if (!idMatches(m) || !rowMatches(m) || !status || !statuses.count(*status) || !patient
        || !service || !base || (!base->empty() && !isUuid(*base)) || !comment)
        return malformed("plan_version: id, status, patient_id, base_version_id");
    Poco::JSON::Object::Ptr approval;
    if (m.payload->has("approval") && !m.payload->isNull("approval")) {
        approval = m.payload->getObject("approval");
        if (!approval)
            return malformed("plan_version: approval is no object");
    }

    auto stored = db.exec("SELECT service_id, coalesce(patient_id::text, ''), status FROM "
                          "plan_version WHERE id = $1 FOR UPDATE",
        { m.entityId });
    if (!stored)
        return fail(stored.error());
    Subject subject;
    if (stored->rows() && stored->text(0, 1) != *patient)
        return notYours(); // the stored version decides whose it is, never the payload
    subject.patientId = *patient;
    if (!patient->empty()) {
        auto own = serviceOfPatient(db, who, *patient);
        if (!own)
            return fail(own.error());
        if (!*own)
            return notYours();
        subject.serviceId = **own;
    } else {
        // The default set: its service's staff only.
        if (!isStaff(who) || !isUuid(who.serviceId) || *service != who.serviceId
            || (stored->rows() && stored->text(0, 0) != who.serviceId))
            return notYours();
        subject.serviceId = who.serviceId;
    }

    const std::string method = approval ? text(approval, "method").value_or("") : std::string();
    const std::string from = stored->rows() ? stored->text(0, 2) : "";
    if (from != *status) {
        if (*status == "rejected" && !mayApprovePlan(who))
            return refused("role", "plan_version: only a GP or specialist rejects a plan");
        if (*status == "active" && !mayApprovePlan(who)
            && !(recordedMethods.count(method) && isStaff(who)))
            return refused("role", "plan_version: only a GP or specialist approves a plan");
    }

    // One subject's versions change one push at a time, whichever client pushes.
    if (auto locked = db.exec("SELECT pg_advisory_xact_lock(hashtext('plan_version:' || $1 || ':' "
                              "|| $2))",
            { subject.serviceId, subject.patientId });
        !locked)
        return fail(locked.error());

    MutationOutcome out;
    if (!from.empty() && !allowed(from, *status))
        return conflict(
            db, "state", "plan_version: the version is " + from + " on the server", m.entityId);
    // Superseding is the server's work when the next version becomes active: a client's own
    // "superseded" changes nothing (so a refused approval behind it leaves the plan in force).
    if ((from == *status && (from == "superseded" || from == "rejected" || from == "active"))
        || (from == "active" && *status == "superseded")) {
        out.fields->set("unchanged", true);
        return out;
    }
    if (*status != "superseded" && *status != "rejected") {
        auto active = db.exec("SELECT id FROM plan_version WHERE service_id = $1 AND patient_id "
                              "IS NOT DISTINCT FROM $2::uuid AND status = 'active'",
            { subject.serviceId, orNull(subject.patientId) });
        if (!active)
            return fail(active.error());
        if (active->rows() && active->text(0, 0) != *base && active->text(0, 0) != m.entityId)
            return conflict(db, "stale_base",
                "plan_version: made from a version that is no longer the one in force",
                active->text(0, 0));
    }
    if (*status == "active") {
        if (!approval) {
            approval = new Poco::JSON::Object;
            approval->set("method", "in_app");
        }
        if (method.empty() || method == "in_app")
            approval->set("approved_by_user_id", who.id);
        auto old = db.exec(std::string("UPDATE plan_version SET status = 'superseded', version = "
                                       "version + 1, updated_by = $3, updated_at = now() WHERE "
                                       "service_id = $1 AND patient_id IS NOT DISTINCT FROM "
                                       "$2::uuid AND status = 'active' RETURNING id, ")
                + rowJson,
            { subject.serviceId, orNull(subject.patientId), who.id });
        if (!old)
            return fail(old.error());
        for (int i = 0; i < old->rows(); ++i)
            if (auto ok = writeAndFeed(db,
                    { subject.serviceId, "plan_version", old->text(i, 0), subject.patientId, who.id,
                        nullptr, statusField("superseded") },
                    "update", old->text(i, 1));
                !ok)
                return fail(ok.error());
    }
    const std::vector<PgParam> params { m.entityId, subject.serviceId, orNull(subject.patientId),
        *status, orNull(*base),
        json(m.payload->has("rules")
                ? m.payload->get("rules")
                : Poco::Dynamic::Var(Poco::JSON::Array::Ptr(new Poco::JSON::Array))),
        json(m.payload->has("content")
                ? m.payload->get("content")
                : Poco::Dynamic::Var(Poco::JSON::Object::Ptr(new Poco::JSON::Object))),
        approval ? PgParam { json(approval) } : PgParam {}, *comment, who.id };
    auto written = db.exec(
        std::string(from.empty() ? "INSERT INTO plan_version(id, service_id, patient_id, status, "
                                   "base_version_id, rules, content, approval, review_comment, "
                                   "created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $6::jsonb, "
                                   "$7::jsonb, $8::jsonb, $9, $10, $10) RETURNING "
                                 : "UPDATE plan_version SET service_id = $2, patient_id = $3, "
                                   "status = $4, base_version_id = $5, rules = $6::jsonb, "
                                   "content = $7::jsonb, approval = $8::jsonb, review_comment = "
                                   "$9, updated_by = $10, updated_at = now(), version = version "
                                   "+ 1 WHERE id = $1 RETURNING ")
            + "version, " + rowJson,
        params);
    if (!written)
        return fail(written.error());
    auto fed = writeAndFeed(db,
        { subject.serviceId, "plan_version", m.entityId, subject.patientId, who.id, m.row,
            statusField(*status) },
        from.empty() ? "create" : "update", written->text(0, 1));
    if (!fed)
        return fail(fed.error());
    out.fields->set(
        "version", fed->kind == RowWritten::Kind::Stored ? fed->version : written->int64(0, 0));
    return out;
}

} // namespace varde::server::mutation
