#include "core/plan/plan_repository.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/store/audit_log.h"
#include "core/store/local_users.h"
#include "core/store/outbox.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"
#include "core/triage/case_json.h"

#include <algorithm>
#include <cstdio>

namespace varde::plan
{
namespace
{

constexpr const char *columns
    = "id, origin, version, coalesce(patient_id, ''), coalesce(service_id, ''), status, "
      "coalesce(base_version_id, ''), rules_json, content_json, created_by, created_by_name, "
      "created_at, updated_at, coalesce(submitted_by, ''), submitted_at, approval_method, "
      "coalesce(approved_by, ''), coalesce(approved_by_name, ''), approved_at, "
      "approval_reference, coalesce(approval_recorded_by, ''), approval_recorded_by_name, "
      "approval_recorded_at, superseded_at, coalesce(reviewed_by, ''), reviewed_by_name, "
      "reviewed_at, coalesce(review_comment, '')";

std::optional<std::int64_t> optionalInt(const store::Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.int64(column);
}

Result<PlanVersion> readRow(const store::Statement &row)
{
    PlanVersion v;
    v.id = row.text(0);
    v.origin = domain::originFromKey(row.text(1));
    v.rowVersion = row.int64(2);
    v.patientId = row.text(3);
    v.serviceId = row.text(4);
    auto status = planStatusFromKey(row.text(5));
    if (!status)
        return fail(ErrorCode::StoreCorrupt, "plan version " + v.id + ": unknown status");
    v.status = *status;
    v.baseVersionId = row.text(6);
    auto rules = triage::parseRulesJson(row.text(7));
    if (!rules)
        return fail(ErrorCode::StoreCorrupt, "plan version " + v.id + ": " + rules.error().detail);
    v.rules = std::move(*rules);
    auto content = parseContentJson(row.text(8));
    if (!content)
        return fail(
            ErrorCode::StoreCorrupt, "plan version " + v.id + ": " + content.error().detail);
    v.content = std::move(*content);
    v.createdBy = row.text(9);
    v.createdByName = row.text(10);
    v.createdAtMillis = row.int64(11);
    v.updatedAtMillis = row.int64(12);
    v.submittedBy = row.text(13);
    v.submittedAtMillis = optionalInt(row, 14);
    if (auto approvedAt = optionalInt(row, 18)) {
        Approval a;
        // Versions written before schema 3 carry no method: they were approved in Varde.
        a.method = approvalMethodFromKey(row.text(15)).value_or(ApprovalMethod::InApp);
        a.byId = row.text(16);
        a.byName = row.text(17);
        a.atMillis = *approvedAt;
        a.reference = row.text(19);
        a.recordedById = row.text(20);
        a.recordedByName = row.text(21);
        a.recordedAtMillis = optionalInt(row, 22).value_or(*approvedAt);
        v.approval = std::move(a);
    }
    v.supersededAtMillis = optionalInt(row, 23);
    v.reviewedBy = row.text(24);
    v.reviewedByName = row.text(25);
    v.reviewedAtMillis = optionalInt(row, 26);
    v.reviewComment = row.text(27);
    return v;
}

Result<std::vector<PlanVersion>> select(
    store::Connection &db, const std::string &where, const std::string &key)
{
    auto query = store::Statement::prepare(db,
        std::string("SELECT ") + columns + " FROM plan_version WHERE deleted = 0 AND " + where
            + " ORDER BY created_at, rowid");
    if (!query)
        return fail(query.error());
    if (!key.empty())
        query->bind(1, key);
    std::vector<PlanVersion> out;
    std::optional<Error> bad;
    auto ok = store::forEachRow(*query, [&](const store::Statement &row) {
        auto v = readRow(row);
        if (!v)
            bad = v.error();
        else
            out.push_back(std::move(*v));
    });
    if (!ok)
        return fail(ok.error());
    if (bad)
        return fail(*bad);
    return out;
}

std::string payloadOf(const PlanVersion &v)
{
    std::string out = "{\"id\":" + jsonString(v.id) + ",\"patient_id\":" + jsonString(v.patientId)
        + ",\"service_id\":" + jsonString(v.serviceId) + ",\"status\":\""
        + std::string(planStatusKey(v.status))
        + "\",\"base_version_id\":" + jsonString(v.baseVersionId)
        + ",\"rules\":" + triage::rulesToJson(v.rules) + ",\"content\":" + contentToJson(v.content);
    if (v.approval)
        out += ",\"approval\":{\"method\":\"" + std::string(approvalMethodKey(v.approval->method))
            + "\",\"by\":" + jsonString(v.approval->byName)
            + ",\"at\":" + std::to_string(v.approval->atMillis)
            + ",\"reference\":" + jsonString(v.approval->reference) + "}";
    if (!v.reviewComment.empty())
        out += ",\"review_comment\":" + jsonString(v.reviewComment);
    return out + "}";
}

// Inserts a new row, or updates the stored one (whose version grows by one).
Result<> writeRow(store::Connection &db, const PlanVersion &v, bool insert, std::int64_t now)
{
    const char *sql = insert
        ? "INSERT INTO plan_version(patient_id, service_id, status, base_version_id, rules_json, "
          "content_json, created_by, created_by_name, created_at, submitted_by, submitted_at, "
          "approval_method, approved_by, approved_by_name, approved_at, approval_reference, "
          "approval_recorded_by, approval_recorded_by_name, approval_recorded_at, superseded_at, "
          "reviewed_by, reviewed_by_name, reviewed_at, review_comment, updated_at, origin, id) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE plan_version SET patient_id = ?, service_id = ?, status = ?, "
          "base_version_id = ?, rules_json = ?, content_json = ?, created_by = ?, "
          "created_by_name = ?, created_at = ?, submitted_by = ?, submitted_at = ?, "
          "approval_method = ?, approved_by = ?, approved_by_name = ?, approved_at = ?, "
          "approval_reference = ?, approval_recorded_by = ?, approval_recorded_by_name = ?, "
          "approval_recorded_at = ?, superseded_at = ?, reviewed_by = ?, reviewed_by_name = ?, "
          "reviewed_at = ?, review_comment = ?, updated_at = ?, origin = ?, "
          "version = version + 1 WHERE id = ?";
    auto st = store::Statement::prepare(db, sql);
    if (!st)
        return fail(st.error());
    const Approval none;
    const Approval &a = v.approval ? *v.approval : none;
    st->bindOrNull(1, v.patientId)
        .bindOrNull(2, v.serviceId)
        .bind(3, planStatusKey(v.status))
        .bindOrNull(4, v.baseVersionId)
        .bind(5, triage::rulesToJson(v.rules))
        .bind(6, contentToJson(v.content))
        .bind(7, v.createdBy)
        .bind(8, v.createdByName)
        .bind(9, v.createdAtMillis)
        .bindOrNull(10, v.submittedBy)
        .bindOptional(11, v.submittedAtMillis);
    if (v.approval)
        st->bind(12, approvalMethodKey(a.method))
            .bindOrNull(13, a.byId)
            .bind(14, a.byName)
            .bind(15, a.atMillis)
            .bind(16, a.reference)
            .bindOrNull(17, a.recordedById)
            .bind(18, a.recordedByName)
            .bind(19, a.recordedAtMillis);
    else
        st->bindNull(12)
            .bindNull(13)
            .bindNull(14)
            .bindNull(15)
            .bind(16, "")
            .bindNull(17)
            .bind(18, "")
            .bindNull(19);
    st->bindOptional(20, v.supersededAtMillis)
        .bindOrNull(21, v.reviewedBy)
        .bind(22, v.reviewedByName)
        .bindOptional(23, v.reviewedAtMillis)
        .bind(24, v.reviewComment)
        .bind(25, now)
        .bind(26, domain::originKey(v.origin))
        .bind(27, v.id);
    if (auto ok = st->run(); !ok)
        return ok;
    if (!insert && db.changes() != 1)
        return fail(ErrorCode::WrongState, "plan version " + v.id + " is gone");
    return {};
}

// One change: the rows, their outbox entries and the audit event, all or nothing.
Result<> commitChange(store::EncryptedStore &store,
    std::initializer_list<std::pair<const PlanVersion *, bool>> rows,
    std::string_view action,
    const PlanVersion &subject,
    std::string_view detail,
    std::int64_t now)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    for (const auto &[row, insert] : rows) {
        if (auto ok = writeRow(db, *row, insert, now); !ok)
            return ok;
        if (auto queued = store::enqueueMutation(
                db, "plan_version", row->id, insert ? "create" : "update", payloadOf(*row));
            !queued)
            return fail(queued.error());
    }
    if (auto ok = store::appendAudit(db, store::actorOf(store), action, subject.patientId,
            "plan_version", subject.id, detail);
        !ok)
        return ok;
    return tx->commit();
}

Result<std::optional<PlanVersion>> activeOf(store::EncryptedStore &store, const PlanVersion &v)
{
    auto found = v.isServiceDefault()
        ? select(
            store.db(), "status = 'active' AND patient_id IS NULL AND service_id = ?", v.serviceId)
        : select(store.db(), "status = 'active' AND patient_id = ?", v.patientId);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return std::optional<PlanVersion>();
    return std::optional<PlanVersion>(found->front());
}

// Activates `moved` (already active by the lifecycle) and supersedes the one it replaces.
Result<PlanVersion> activate(store::EncryptedStore &store,
    PlanVersion moved,
    std::string_view action,
    std::string_view detail,
    std::int64_t now)
{
    auto current = activeOf(store, moved);
    if (!current)
        return fail(current.error());
    if (*current) {
        const auto old = supersede(**current, now);
        if (auto ok = commitChange(
                store, { { &old, false }, { &moved, false } }, action, moved, detail, now);
            !ok)
            return fail(ok.error());
    } else if (auto ok = commitChange(store, { { &moved, false } }, action, moved, detail, now);
               !ok)
        return fail(ok.error());
    return moved;
}

template <typename Move>
Result<PlanVersion> applyMove(store::EncryptedStore &store,
    const std::string &versionId,
    std::string_view action,
    std::int64_t now,
    Move move)
{
    auto actor = currentActor(store);
    if (!actor)
        return fail(actor.error());
    auto stored = loadPlanVersion(store, versionId);
    if (!stored)
        return fail(stored.error());
    auto moved = move(std::move(*stored), *actor);
    if (!moved)
        return fail(moved.error());
    if (moved->status == PlanStatus::Active)
        return activate(
            store, std::move(*moved), action, approvalMethodKey(moved->approval->method), now);
    if (auto ok = commitChange(
            store, { { &*moved, false } }, action, *moved, planStatusKey(moved->status), now);
        !ok)
        return fail(ok.error());
    return moved;
}

} // namespace

Result<PlanActor> currentActor(store::EncryptedStore &store)
{
    const auto &user = store.user();
    PlanActor actor { user.meta.id, user.displayName, user.role, false };
    auto query = store::Statement::prepare(store.db(),
        "SELECT count(*) FROM follow_up_service WHERE medical_lead_user_id = ? AND deleted = 0");
    if (!query)
        return fail(query.error());
    query->bind(1, user.meta.id);
    auto row = query->step();
    if (!row)
        return fail(row.error());
    actor.medicalLead = *row && query->int64(0) > 0;
    return actor;
}

Result<> setMedicalLead(
    store::EncryptedStore &store, const std::string &serviceId, const std::string &userId)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto role = store::roleOf(db, userId);
    if (!role)
        return fail(role.error().code, "medical lead: " + role.error().detail);
    if (*role != domain::Role::Gp && *role != domain::Role::Specialist)
        return fail(ErrorCode::NotAllowed, "medical lead: must be a doctor (gp or specialist)");
    auto update = store::Statement::prepare(db,
        "UPDATE follow_up_service SET medical_lead_user_id = ?, version = version + 1, "
        "updated_at = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, userId).bind(2, time::toEpochMillis(time::now())).bind(3, serviceId);
    if (auto ok = update->run(); !ok)
        return ok;
    if (db.changes() != 1)
        return fail(ErrorCode::InvalidArgument, "medical lead: no such follow-up service");
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::medicalLeadSet, {},
            "follow_up_service", serviceId, userId);
        !ok)
        return ok;
    return tx->commit();
}

Result<> insertPlanVersion(store::EncryptedStore &store, const PlanVersion &version)
{
    const auto now = version.updatedAtMillis ? version.updatedAtMillis : version.createdAtMillis;
    return commitChange(store, { { &version, true } }, store::audit::planChanged, version,
        planStatusKey(version.status), now);
}

Result<PlanVersion> loadPlanVersion(store::EncryptedStore &store, const std::string &id)
{
    auto found = select(store.db(), "id = ?", id);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return fail(ErrorCode::InvalidArgument, "no plan version " + id);
    return found->front();
}

Result<std::vector<PlanVersion>> loadPatientPlans(
    store::EncryptedStore &store, const std::string &patientId)
{
    return select(store.db(), "patient_id = ?", patientId);
}

Result<std::vector<PlanVersion>> loadServiceDefaults(
    store::EncryptedStore &store, const std::string &serviceId)
{
    return select(store.db(), "patient_id IS NULL AND service_id = ?", serviceId);
}

Result<std::optional<PlanVersion>> loadPlanInForce(
    store::EncryptedStore &store, const std::string &patientId)
{
    auto own = select(store.db(), "status = 'active' AND patient_id = ?", patientId);
    if (!own)
        return fail(own.error());
    if (!own->empty())
        return std::optional<PlanVersion>(own->front());
    auto service = select(store.db(),
        "status = 'active' AND patient_id IS NULL AND service_id = "
        "(SELECT service_id FROM patient WHERE id = ?)",
        patientId);
    if (!service)
        return fail(service.error());
    if (service->empty())
        return std::optional<PlanVersion>();
    return std::optional<PlanVersion>(service->front());
}

Result<PlanVersion> openDraft(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &serviceId,
    std::int64_t now)
{
    auto actor = currentActor(store);
    if (!actor)
        return fail(actor.error());
    if (!mayDraft(*actor))
        return fail(ErrorCode::NotAllowed, "draft: role may not draft plans");
    auto drafts = patientId.empty()
        ? select(
            store.db(), "status = 'draft' AND patient_id IS NULL AND service_id = ?", serviceId)
        : select(store.db(), "status = 'draft' AND patient_id = ?", patientId);
    if (!drafts)
        return fail(drafts.error());
    if (!drafts->empty())
        return drafts->back();

    std::optional<PlanVersion> base;
    if (patientId.empty()) {
        auto defaults = select(
            store.db(), "status = 'active' AND patient_id IS NULL AND service_id = ?", serviceId);
        if (!defaults)
            return fail(defaults.error());
        if (!defaults->empty())
            base = defaults->front();
    } else {
        auto inForce = loadPlanInForce(store, patientId);
        if (!inForce)
            return fail(inForce.error());
        base = *inForce;
    }
    PlanVersion draft;
    draft.id = newUuid();
    draft.patientId = patientId;
    draft.serviceId = serviceId;
    draft.status = PlanStatus::Draft;
    draft.createdBy = actor->userId;
    draft.createdByName = actor->name;
    draft.createdAtMillis = now;
    draft.updatedAtMillis = now;
    draft.content = standardContent();
    if (base) {
        draft.baseVersionId = base->id;
        draft.rules = base->rules;
        // A personal plan starts from the default set's rules but not from its (empty) goals.
        if (!(base->isServiceDefault() && !patientId.empty()))
            draft.content = base->content;
        if (draft.content.actions(Zone::Green).patient.empty())
            draft.content.zones = standardContent().zones;
    }
    if (auto ok = commitChange(store, { { &draft, true } }, store::audit::planDrafted, draft,
            draft.baseVersionId, now);
        !ok)
        return fail(ok.error());
    return draft;
}

Result<PlanVersion> saveDraft(
    store::EncryptedStore &store, const PlanVersion &draft, std::int64_t now)
{
    auto actor = currentActor(store);
    if (!actor)
        return fail(actor.error());
    auto stored = loadPlanVersion(store, draft.id);
    if (!stored)
        return fail(stored.error());
    auto edited = editDraft(std::move(*stored), *actor, now);
    if (!edited)
        return fail(edited.error());
    edited->rules = draft.rules;
    edited->content = draft.content;
    if (auto ok
        = commitChange(store, { { &*edited, false } }, store::audit::planSaved, *edited, {}, now);
        !ok)
        return fail(ok.error());
    edited->rowVersion += 1;
    return edited;
}

namespace
{

// Only a version the server has not taken can be made again or set aside.
Result<PlanVersion> loadConflicted(store::EncryptedStore &store, const std::string &versionId)
{
    auto mine = loadPlanVersion(store, versionId);
    if (!mine)
        return fail(mine.error());
    if (mine->status != PlanStatus::Draft && mine->status != PlanStatus::AwaitingApproval)
        return fail(ErrorCode::WrongState, "conflict: the version is no longer a draft");
    return mine;
}

} // namespace

Result<PlanVersion> redraftAfterConflict(store::EncryptedStore &store,
    const std::string &versionId,
    const PlanVersion &current,
    const PlanVersion &combined,
    std::int64_t now)
{
    auto actor = currentActor(store);
    if (!actor)
        return fail(actor.error());
    if (!mayDraft(*actor))
        return fail(ErrorCode::NotAllowed, "conflict: role may not draft plans");
    auto mine = loadConflicted(store, versionId);
    if (!mine)
        return fail(mine.error());
    if (current.status != PlanStatus::Active || current.patientId != mine->patientId
        || current.serviceId != mine->serviceId)
        return fail(ErrorCode::InvalidArgument, "conflict: not the version in force for this plan");
    mine->baseVersionId = current.id;
    mine->rules = combined.rules;
    mine->content = combined.content;
    mine->status = PlanStatus::Draft; // what a doctor would approve has changed: submit again
    mine->submittedBy.clear();
    mine->submittedAtMillis.reset();
    mine->approval.reset();
    mine->updatedAtMillis = now;
    if (auto ok = commitChange(
            store, { { &*mine, false } }, store::audit::planRedrafted, *mine, current.id, now);
        !ok)
        return fail(ok.error());
    mine->rowVersion += 1;
    return mine;
}

Result<PlanVersion> setAsideAfterConflict(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t now)
{
    auto actor = currentActor(store);
    if (!actor)
        return fail(actor.error());
    auto mine = loadConflicted(store, versionId);
    if (!mine)
        return fail(mine.error());
    mine->status = PlanStatus::Rejected;
    mine->reviewedBy = actor->userId;
    mine->reviewedByName = actor->name;
    mine->reviewedAtMillis = now;
    mine->reviewComment = "Lagt til side etter en synkroniseringskonflikt: en annen versjon ble "
                          "tatt i bruk først.";
    mine->updatedAtMillis = now;
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    if (auto ok = writeRow(db, *mine, false, now); !ok)
        return fail(ok.error());
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::planSetAside,
            mine->patientId, "plan_version", mine->id, "");
        !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    mine->rowVersion += 1;
    return mine;
}

Result<PlanVersion> draftFromMeeting(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &decisions,
    std::int64_t now)
{
    auto query = store::Statement::prepare(
        store.db(), "SELECT coalesce(service_id, '') FROM patient WHERE id = ?");
    if (!query)
        return fail(query.error());
    query->bind(1, patientId);
    auto found = query->step();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::InvalidArgument, "meeting: no such patient");
    const auto serviceId = query->text(0);
    auto draft = openDraft(store, patientId, serviceId, now);
    if (!draft)
        return fail(draft.error());
    const auto day = time::osloDate(time::fromEpochMillis(now));
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "Møte %02u.%02u.%04d: ", unsigned(day.day()),
        unsigned(day.month()), int(day.year()));
    auto &notes = draft->content.evaluationNotes;
    notes += (notes.empty() ? "" : "\n") + std::string(stamp) + decisions;
    return saveDraft(store, *draft, now);
}

Result<PlanVersion> submitPlan(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t now)
{
    return applyMove(store, versionId, store::audit::planSubmitted, now,
        [&](PlanVersion v, const PlanActor &a) { return submit(std::move(v), a, now); });
}

Result<PlanVersion> approvePlan(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t now)
{
    return applyMove(store, versionId, store::audit::planApproved, now,
        [&](PlanVersion v, const PlanActor &a) { return approve(std::move(v), a, now); });
}

Result<PlanVersion> recordApproval(store::EncryptedStore &store,
    const std::string &versionId,
    const OutsideApproval &approval,
    std::int64_t now)
{
    return applyMove(store, versionId, store::audit::planApprovalRecorded, now,
        [&](PlanVersion v, const PlanActor &a) {
            return recordOutsideApproval(std::move(v), a, approval, now);
        });
}

Result<PlanVersion> rejectPlan(store::EncryptedStore &store,
    const std::string &versionId,
    const std::string &comment,
    std::int64_t now)
{
    return applyMove(store, versionId, store::audit::planRejected, now,
        [&](PlanVersion v, const PlanActor &a) { return reject(std::move(v), a, comment, now); });
}

Result<PlanVersion> activateDraft(
    store::EncryptedStore &store, const std::string &versionId, std::int64_t now)
{
    auto stored = loadPlanVersion(store, versionId);
    if (!stored)
        return fail(stored.error());
    auto current = activeOf(store, *stored);
    if (!current)
        return fail(current.error());
    return applyMove(
        store, versionId, store::audit::planActivated, now, [&](PlanVersion v, const PlanActor &a) {
            return activateUnchangedLimits(
                std::move(v), current->has_value() ? &**current : nullptr, a, now);
        });
}

Result<std::vector<PendingApproval>> pendingApprovals(store::EncryptedStore &store)
{
    auto versions = select(store.db(), "status = 'awaiting_approval'", "");
    if (!versions)
        return fail(versions.error());
    auto people = store::Statement::prepare(store.db(),
        "SELECT p.given_name || ' ' || p.family_name, p.national_id, coalesce(g.name, ''), "
        "coalesce((SELECT display_name FROM local_user WHERE id = ?2), '') FROM patient p "
        "LEFT JOIN general_practitioner g ON g.id = p.gp_id WHERE p.id = ?1");
    if (!people)
        return fail(people.error());
    std::vector<PendingApproval> out;
    for (auto &v : *versions) {
        PendingApproval pending;
        people->reset();
        people->bind(1, v.patientId).bind(2, v.submittedBy);
        auto row = people->step();
        if (!row)
            return fail(row.error());
        if (*row) {
            pending.patientName = people->text(0);
            pending.nationalId = people->text(1);
            pending.gpName = people->text(2);
            pending.submittedByName = people->text(3);
        }
        pending.version = std::move(v);
        out.push_back(std::move(pending));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.version.submittedAtMillis.value_or(0) < b.version.submittedAtMillis.value_or(0);
    });
    return out;
}

} // namespace varde::plan
