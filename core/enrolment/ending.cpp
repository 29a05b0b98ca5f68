#include "core/enrolment/follow_up.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/enrolment/store_rows.h"
#include "core/store/audit_log.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"
#include "core/worklist/acknowledgement.h"
#include "core/worklist/worklist.h"

#include <array>

// Ending follow-up, and removing ended patients after the retention period.
namespace varde::enrolment
{
using namespace detail;
namespace
{

constexpr std::array<EndReason, 6> allReasons { EndReason::GoalsMet, EndReason::Moved,
    EndReason::Declined, EndReason::LongTermCare, EndReason::Died, EndReason::Other };

} // namespace

std::string_view endReasonKey(EndReason reason)
{
    switch (reason) {
    case EndReason::GoalsMet:
        return "goals_met";
    case EndReason::Moved:
        return "moved";
    case EndReason::Declined:
        return "declined";
    case EndReason::LongTermCare:
        return "long_term_care";
    case EndReason::Died:
        return "died";
    case EndReason::Other:
        return "other";
    }
    return "other";
}

std::optional<EndReason> endReasonFromKey(std::string_view key)
{
    for (auto r : allReasons)
        if (endReasonKey(r) == key)
            return r;
    return std::nullopt;
}

Result<> endFollowUp(store::EncryptedStore &store,
    const std::string &patientId,
    EndReason reason,
    const std::string &note,
    bool closeOpenFindings,
    std::int64_t now)
{
    auto status = patientText(store.db(), patientId, "status");
    if (!status)
        return fail(status.error());
    if (*status == "ended")
        return fail(ErrorCode::WrongState, "end: follow-up has already ended");
    if (reason == EndReason::Other && note.find_first_not_of(" \t\n") == std::string::npos)
        return fail(ErrorCode::InvalidArgument, "end: a note is required when the reason is other");
    auto list = worklist::buildWorklist(store, time::fromEpochMillis(now), patientId);
    if (!list)
        return fail(list.error());
    std::vector<std::string> open;
    for (const auto &row : list->rows)
        for (const auto &f : row.result.findings)
            if (f.open)
                open.push_back(f.id);
    if (!open.empty() && !closeOpenFindings)
        return fail(ErrorCode::WrongState,
            "end: " + std::to_string(open.size()) + " open findings must be acknowledged first");
    if (!open.empty())
        if (auto ok = worklist::acknowledgeFindings(store, patientId, open,
                worklist::AckAction::NoActionNeeded, "Lukket ved avslutning av oppfølgingen", now);
            !ok)
            return ok;

    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto update = store::Statement::prepare(db,
        "UPDATE patient SET status = 'ended', ended_at = ?, end_reason = ?, "
        "version = version + 1, updated_at = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, now).bind(2, endReasonKey(reason)).bind(3, now).bind(4, patientId);
    if (auto ok = update->run(); !ok)
        return ok;
    auto period = store::Statement::prepare(db,
        "UPDATE enrolment SET ended_at = ?, end_reason = ?, end_note = ?, ended_by = ?, "
        "version = version + 1, updated_at = ? WHERE patient_id = ? AND ended_at IS NULL");
    if (!period)
        return fail(period.error());
    period->bind(1, now)
        .bind(2, endReasonKey(reason))
        .bind(3, note)
        .bind(4, store.user().meta.id)
        .bind(5, now)
        .bind(6, patientId);
    if (auto ok = period->run(); !ok)
        return ok;
    if (auto ok = queue(db, "patient", patientId, "update",
            "{\"id\":" + jsonString(patientId) + ",\"status\":\"ended\",\"end_reason\":\""
                + std::string(endReasonKey(reason)) + "\"}");
        !ok)
        return ok;
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::followUpEnded,
            patientId, "patient", patientId, endReasonKey(reason));
        !ok)
        return ok;
    return tx->commit();
}

Result<int> purgeEndedPatients(store::EncryptedStore &store, std::int64_t now)
{
    auto &db = store.db();
    auto due = store::Statement::prepare(db,
        "SELECT p.id FROM patient p LEFT JOIN follow_up_service s ON s.id = p.service_id "
        "WHERE p.deleted = 0 AND p.status = 'ended' AND p.ended_at IS NOT NULL AND "
        "p.ended_at + coalesce(s.retention_days, 180) * 86400000 <= ?");
    if (!due)
        return fail(due.error());
    due->bind(1, now);
    auto ids = store::collectRows<std::string>(
        *due, [](const store::Statement &row) { return row.text(0); });
    if (!ids)
        return fail(ids.error());
    // Children first (foreign keys); the patient row stays as a tombstone without identity.
    static constexpr std::array tables { "acknowledgement", "finding", "measurement_exclusion",
        "follow_up_pause", "plan_version", "measurement", "questionnaire_answer",
        "measurement_schedule", "contact_person", "diagnosis", "link_code", "patient_change",
        "enrolment" };
    for (const auto &id : *ids) {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        for (const char *table : tables) {
            auto remove = store::Statement::prepare(
                db, std::string("DELETE FROM ") + table + " WHERE patient_id = ?");
            if (!remove)
                return fail(remove.error());
            remove->bind(1, id);
            if (auto ok = remove->run(); !ok)
                return fail(ok.error());
        }
        auto tombstone = store::Statement::prepare(db,
            "UPDATE patient SET deleted = 1, national_id = '', given_name = '', family_name = '', "
            "birth_date = '', address = '', postal_code = '', city = '', phone_mobile = '', "
            "phone_home = '', version = version + 1, updated_at = ? WHERE id = ?");
        if (!tombstone)
            return fail(tombstone.error());
        tombstone->bind(1, now).bind(2, id);
        if (auto ok = tombstone->run(); !ok)
            return fail(ok.error());
        if (auto ok = queue(db, "patient", id, "delete", "{\"id\":" + jsonString(id) + "}"); !ok)
            return fail(ok.error());
        if (auto ok = store::appendAudit(
                db, store::actorOf(store), store::audit::patientPurged, id, "patient", id);
            !ok)
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
    }
    return int(ids->size());
}

} // namespace varde::enrolment
