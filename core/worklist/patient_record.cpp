#include "core/worklist/patient_record.h"

#include "core/store/measurement_repository.h"
#include "core/store/statement.h"
#include "core/triage/builtin_rules.h"
#include "core/triage/case_json.h"

#include <algorithm>

namespace varde::worklist
{
namespace
{

Result<std::map<std::string, std::vector<AcknowledgementRecord>>> loadAcknowledgements(
    store::EncryptedStore &store, const std::string &patientId)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT a.finding_id, a.action, a.acknowledged_at, coalesce(nullif(u.display_name, ''), "
        "a.acknowledged_by_name), a.note "
        "FROM acknowledgement a LEFT JOIN local_user u ON u.id = a.acknowledged_by "
        "WHERE a.patient_id = ? AND a.deleted = 0 ORDER BY a.acknowledged_at");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    std::map<std::string, std::vector<AcknowledgementRecord>> out;
    auto ok = store::forEachRow(*select, [&](const store::Statement &row) {
        out[row.text(0)].push_back(
            { row.text(0), row.text(1), row.int64(2), row.text(3), row.text(4) });
    });
    if (!ok)
        return fail(ok.error());
    return out;
}

// The patient's approved plan versions and their service's default sets, in the order they
// came into force; each lasts until the next version of its kind. Personal plans take
// precedence over the default set while they are in force.
Result<std::vector<PlanHistoryEntry>> loadPlanHistory(
    store::EncryptedStore &store, const std::string &patientId, const std::string &serviceId)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT id, patient_id IS NULL, rules_json, coalesce(approved_at, created_at), "
        "coalesce(approved_by_name, '') FROM plan_version WHERE deleted = 0 AND status IN "
        "('active', 'superseded') AND (patient_id = ? OR (patient_id IS NULL AND service_id = ?)) "
        "ORDER BY coalesce(approved_at, created_at)");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId).bind(2, serviceId);
    std::vector<PlanHistoryEntry> personal, defaults;
    std::optional<Error> bad;
    auto ok = store::forEachRow(*select, [&](const store::Statement &row) {
        auto rules = triage::parseRulesJson(row.text(2));
        if (!rules) {
            bad = rules.error();
            return;
        }
        PlanHistoryEntry entry;
        entry.versionId = row.text(0);
        entry.serviceDefault = row.int64(1) != 0;
        entry.fromMillis = row.int64(3);
        entry.rules = triage::RuleSet { entry.versionId, entry.serviceDefault, std::move(*rules) };
        entry.approvedBy = row.text(4);
        (entry.serviceDefault ? defaults : personal).push_back(std::move(entry));
    });
    if (!ok)
        return fail(ok.error());
    if (bad)
        return fail(*bad);
    const auto chain = [](std::vector<PlanHistoryEntry> &list) {
        for (std::size_t i = 0; i + 1 < list.size(); ++i)
            list[i].untilMillis = list[i + 1].fromMillis;
    };
    chain(personal);
    chain(defaults);
    if (defaults.empty()) {
        PlanHistoryEntry builtin;
        builtin.versionId = std::string(triage::builtinRuleSetVersion);
        builtin.serviceDefault = true;
        builtin.rules = triage::builtinDefaultRuleSet();
        defaults.push_back(std::move(builtin));
    }
    // The default set is in force until the first personal plan.
    if (!personal.empty())
        for (auto &d : defaults)
            if (!d.untilMillis || *d.untilMillis > personal.front().fromMillis)
                d.untilMillis = personal.front().fromMillis;
    std::vector<PlanHistoryEntry> out;
    for (auto &d : defaults)
        if (!d.untilMillis || *d.untilMillis > d.fromMillis)
            out.push_back(std::move(d));
    for (auto &p : personal)
        out.push_back(std::move(p));
    return out;
}

} // namespace

Result<PatientRecord> loadPatientRecord(
    store::EncryptedStore &store, const std::string &patientId, time::Instant now)
{
    auto list = buildWorklist(store, now, patientId);
    if (!list)
        return fail(list.error());
    if (list->rows.empty())
        return fail(ErrorCode::InvalidArgument, "no such patient");
    PatientRecord record;
    record.row = std::move(list->rows.front());
    record.gpPractice = record.row.overview.gpPractice;
    record.nowMillis = time::toEpochMillis(now);
    store::MeasurementRepository measurements(store);
    auto values = measurements.forPatient(patientId);
    if (!values)
        return fail(values.error());
    record.measurements = std::move(*values);
    auto answers = measurements.answersForPatient(patientId);
    if (!answers)
        return fail(answers.error());
    record.answers = std::move(*answers);
    auto acks = loadAcknowledgements(store, patientId);
    if (!acks)
        return fail(acks.error());
    record.acknowledgements = std::move(*acks);
    auto plans = loadPlanHistory(store, patientId, record.row.overview.patient.serviceId);
    if (!plans)
        return fail(plans.error());
    record.plans = std::move(*plans);
    return record;
}

} // namespace varde::worklist
