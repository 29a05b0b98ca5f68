#include "core/worklist/acknowledgement.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/store/audit_log.h"
#include "core/store/outbox.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"

#include <array>

namespace varde::worklist
{
namespace
{

constexpr std::array actions { AckAction::CalledPatient, AckAction::AdvisedPerPlan,
    AckAction::ContactedGp, AckAction::SentPlo, AckAction::AskedNewMeasurement,
    AckAction::NoActionNeeded };

std::int64_t nowMillis() { return time::toEpochMillis(time::now()); }

// The id must name a row of `table` that belongs to the patient, so that the audit trail never
// names the wrong patient.
Result<> belongsToPatient(
    store::Connection &db, const char *table, const std::string &id, const std::string &patientId)
{
    auto select = store::Statement::prepare(
        db, std::string("SELECT count(*) FROM ") + table + " WHERE id = ? AND patient_id = ?");
    if (!select)
        return fail(select.error());
    select->bind(1, id).bind(2, patientId);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row || select->int64(0) == 0)
        return fail(
            ErrorCode::InvalidArgument, std::string(table) + " " + id + " is not this patient's");
    return {};
}

} // namespace

std::string_view ackActionKey(AckAction action)
{
    switch (action) {
    case AckAction::CalledPatient:
        return "called_patient";
    case AckAction::AdvisedPerPlan:
        return "advised_per_plan";
    case AckAction::ContactedGp:
        return "contacted_gp";
    case AckAction::SentPlo:
        return "sent_plo";
    case AckAction::AskedNewMeasurement:
        return "asked_new_measurement";
    case AckAction::NoActionNeeded:
        return "no_action_needed";
    }
    return "no_action_needed";
}

std::optional<AckAction> ackActionFromKey(std::string_view key)
{
    for (auto action : actions)
        if (ackActionKey(action) == key)
            return action;
    return std::nullopt;
}

std::span<const AckAction> allAckActions() { return actions; }

Result<> acknowledgeFindings(store::EncryptedStore &store,
    const std::string &patientId,
    const std::vector<std::string> &findingIds,
    AckAction action,
    const std::string &note,
    std::int64_t atMillis)
{
    if (findingIds.empty())
        return fail(ErrorCode::InvalidArgument, "nothing to acknowledge");
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = acknowledgeFindingsWithin(store, patientId, findingIds, action, note, atMillis);
        !ok)
        return ok;
    return tx->commit();
}

Result<> acknowledgeFindingsWithin(store::EncryptedStore &store,
    const std::string &patientId,
    const std::vector<std::string> &findingIds,
    AckAction action,
    const std::string &note,
    std::int64_t atMillis)
{
    if (findingIds.empty())
        return fail(ErrorCode::InvalidArgument, "nothing to acknowledge");
    auto &db = store.db();
    auto insert = store::Statement::prepare(db,
        "INSERT INTO acknowledgement(id, origin, updated_at, finding_id, patient_id, "
        "acknowledged_by, acknowledged_by_name, acknowledged_at, action, note) VALUES (?, "
        "'local', ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    for (const auto &findingId : findingIds) {
        if (auto ok = belongsToPatient(db, "finding", findingId, patientId); !ok)
            return ok;
        const auto id = newUuid();
        insert->bind(1, id)
            .bind(2, nowMillis())
            .bind(3, findingId)
            .bind(4, patientId)
            .bind(5, store.user().meta.id)
            .bind(6, store.user().displayName)
            .bind(7, atMillis)
            .bind(8, ackActionKey(action))
            .bind(9, note);
        if (auto ok = insert->run(); !ok)
            return ok;
        const std::string payload = "{\"id\":" + jsonString(id) + ",\"finding_id\":"
            + jsonString(findingId) + ",\"patient_id\":" + jsonString(patientId)
            + ",\"acknowledged_by\":" + jsonString(store.user().meta.id) + ",\"acknowledged_at\":"
            + std::to_string(atMillis) + ",\"action\":" + jsonString(ackActionKey(action))
            + ",\"note\":" + jsonString(note) + "}";
        if (auto queued = store::enqueueMutation(db, "acknowledgement", id, "create", payload);
            !queued)
            return fail(queued.error());
    }
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::findingAcknowledged,
            patientId, "finding", findingIds.front(),
            std::string(ackActionKey(action)) + ", " + std::to_string(findingIds.size())
                + " findings");
        !ok)
        return ok;
    return {};
}

Result<> recordPatientOpened(store::EncryptedStore &store, const std::string &patientId)
{
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = store::appendAudit(store.db(), store::actorOf(store), store::audit::patientOpened,
            patientId, "patient", patientId);
        !ok)
        return ok;
    return tx->commit();
}

Result<> excludeMeasurement(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &measurementId,
    const std::string &reason)
{
    if (reason.empty())
        return fail(ErrorCode::InvalidArgument, "a measurement error needs a reason");
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    if (auto ok = belongsToPatient(db, "measurement", measurementId, patientId); !ok)
        return ok;
    auto insert = store::Statement::prepare(db,
        "INSERT INTO measurement_exclusion(id, origin, updated_at, measurement_id, patient_id, "
        "reason, excluded_by, excluded_at) VALUES (?, 'local', ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    const auto id = newUuid();
    insert->bind(1, id)
        .bind(2, nowMillis())
        .bind(3, measurementId)
        .bind(4, patientId)
        .bind(5, reason)
        .bind(6, store.user().meta.id)
        .bind(7, nowMillis());
    if (auto ok = insert->run(); !ok)
        return ok;
    const std::string payload = "{\"id\":" + jsonString(id) + ",\"measurement_id\":"
        + jsonString(measurementId) + ",\"reason\":" + jsonString(reason) + "}";
    if (auto queued = store::enqueueMutation(db, "measurement_exclusion", id, "create", payload);
        !queued)
        return fail(queued.error());
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::measurementExcluded,
            patientId, "measurement", measurementId, reason);
        !ok)
        return ok;
    return tx->commit();
}

Result<> restoreMeasurement(
    store::EncryptedStore &store, const std::string &patientId, const std::string &measurementId)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    // Each open exclusion gets its tombstone and its own outbox entry, under its own id.
    auto open = store::Statement::prepare(db,
        "SELECT id, version FROM measurement_exclusion WHERE measurement_id = ? AND patient_id = ? "
        "AND deleted = 0");
    if (!open)
        return fail(open.error());
    open->bind(1, measurementId).bind(2, patientId);
    auto exclusions = store::collectRows<std::pair<std::string, std::int64_t>>(
        *open, [](const store::Statement &row) {
            return std::pair { row.text(0), row.int64(1) };
        });
    if (!exclusions)
        return fail(exclusions.error());
    if (exclusions->empty())
        return fail(ErrorCode::InvalidArgument, "the measurement is not marked as an error");
    auto update = store::Statement::prepare(db,
        "UPDATE measurement_exclusion SET deleted = 1, version = version + 1, updated_at = ? "
        "WHERE id = ?");
    if (!update)
        return fail(update.error());
    for (const auto &[id, version] : *exclusions) {
        update->bind(1, nowMillis()).bind(2, id);
        if (auto ok = update->run(); !ok)
            return ok;
        const std::string payload = "{\"id\":" + jsonString(id)
            + ",\"measurement_id\":" + jsonString(measurementId)
            + ",\"version\":" + std::to_string(version + 1) + ",\"deleted\":true}";
        if (auto queued
            = store::enqueueMutation(db, "measurement_exclusion", id, "delete", payload);
            !queued)
            return fail(queued.error());
    }
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::measurementRestored,
            patientId, "measurement", measurementId);
        !ok)
        return ok;
    return tx->commit();
}

Result<std::vector<ExcludedMeasurement>> excludedMeasurements(
    store::EncryptedStore &store, const std::string &patientId)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT m.id, m.kind, m.code, m.value, m.unit, coalesce(m.canonical_value, m.value), "
        "m.measured_at, e.reason, e.excluded_at FROM measurement_exclusion e JOIN measurement m "
        "ON m.id = e.measurement_id WHERE e.patient_id = ? AND e.deleted = 0 "
        "ORDER BY m.measured_at DESC");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    return store::collectRows<ExcludedMeasurement>(*select, [&](const store::Statement &row) {
        ExcludedMeasurement e;
        e.measurement.meta.id = row.text(0);
        e.measurement.patientId = patientId;
        e.measurement.kind
            = domain::kindForKey(row.text(1)).value_or(domain::KindId::OxygenSaturation);
        e.measurement.code = row.text(2);
        e.measurement.value = row.real(3);
        e.measurement.unit = row.text(4);
        e.measurement.canonicalValue = row.real(5);
        e.measurement.measuredAtMillis = row.int64(6);
        e.reason = row.text(7);
        e.excludedAtMillis = row.int64(8);
        return e;
    });
}

Result<> pauseFollowUp(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &reason,
    std::int64_t fromMillis,
    std::int64_t untilMillis,
    const std::string &note)
{
    if (untilMillis <= fromMillis)
        return fail(ErrorCode::InvalidArgument, "a pause must end after it starts");
    if (reason != "hospital" && reason != "holiday" && reason != "other")
        return fail(ErrorCode::InvalidArgument, "a pause's reason is hospital, holiday or other");
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = store::Statement::prepare(db,
        "INSERT INTO follow_up_pause(id, origin, updated_at, patient_id, reason, from_at, "
        "until_at, "
        "note, created_by) VALUES (?, 'local', ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    const auto id = newUuid();
    insert->bind(1, id)
        .bind(2, nowMillis())
        .bind(3, patientId)
        .bind(4, reason)
        .bind(5, fromMillis)
        .bind(6, untilMillis)
        .bind(7, note)
        .bind(8, store.user().meta.id);
    if (auto ok = insert->run(); !ok)
        return ok;
    const std::string payload = "{\"id\":" + jsonString(id) + ",\"patient_id\":"
        + jsonString(patientId) + ",\"reason\":" + jsonString(reason) + ",\"from_at\":"
        + std::to_string(fromMillis) + ",\"until_at\":" + std::to_string(untilMillis) + "}";
    if (auto queued = store::enqueueMutation(db, "follow_up_pause", id, "create", payload); !queued)
        return fail(queued.error());
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::followUpPaused,
            patientId, "follow_up_pause", id, reason);
        !ok)
        return ok;
    return tx->commit();
}

} // namespace varde::worklist
