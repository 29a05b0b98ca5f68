#include "core/worklist/worklist.h"

#include "core/plan/schedule_rules.h"

#include "core/store/patient_repository.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/triage/builtin_rules.h"
#include "core/triage/case_json.h"
#include "core/triage/triage_engine.h"
#include "core/worklist/plans.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace varde::worklist
{
namespace
{

struct PatientInputs {
    std::vector<triage::Observation> observations;
    std::vector<triage::Answer> answers;
    std::vector<domain::ScheduleEntry> schedule;
};

// `onlyPatient` empty: every patient's rows. Otherwise only that patient's, read through the
// (patient_id, …) indexes, so opening one patient does not read the whole store.
Result<> loadObservations(store::EncryptedStore &store,
    const std::string &onlyPatient,
    std::unordered_map<std::string, PatientInputs> &out)
{
    // Measurements a nurse marked as errors leave triage.
    const std::string sql
        = std::string(
              "SELECT m.id, m.patient_id, m.kind, m.code, coalesce(m.canonical_value, m.value), "
              "m.unit, "
              "m.measured_at FROM measurement m WHERE m.deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
              "measurement_exclusion e WHERE e.measurement_id = m.id AND e.deleted = 0)")
        + (onlyPatient.empty() ? "" : " AND m.patient_id = ?");
    auto select = store::Statement::prepare(store.db(), sql);
    if (!select)
        return fail(select.error());
    if (!onlyPatient.empty())
        select->bind(1, onlyPatient);
    return store::forEachRow(*select, [&](const store::Statement &row) {
        triage::Observation o;
        o.id = row.text(0);
        o.kind = domain::kindForKey(row.text(2));
        o.code = row.text(3);
        o.value = row.real(4);
        o.unit = row.text(5);
        o.time = time::fromEpochMillis(row.int64(6));
        out[row.text(1)].observations.push_back(std::move(o));
    });
}

Result<> loadAnswers(store::EncryptedStore &store,
    const std::string &onlyPatient,
    std::unordered_map<std::string, PatientInputs> &out)
{
    const std::string sql = std::string("SELECT id, patient_id, question_id, answer, answered_at "
                                        "FROM questionnaire_answer WHERE deleted = 0")
        + (onlyPatient.empty() ? "" : " AND patient_id = ?");
    auto select = store::Statement::prepare(store.db(), sql);
    if (!select)
        return fail(select.error());
    if (!onlyPatient.empty())
        select->bind(1, onlyPatient);
    return store::forEachRow(*select, [&](const store::Statement &row) {
        out[row.text(1)].answers.push_back(
            { row.text(0), row.text(2), row.text(3), time::fromEpochMillis(row.int64(4)) });
    });
}

Result<std::unordered_set<std::string>> loadAcknowledged(store::EncryptedStore &store)
{
    auto select = store::Statement::prepare(
        store.db(), "SELECT DISTINCT finding_id FROM acknowledgement WHERE deleted = 0");
    if (!select)
        return fail(select.error());
    std::unordered_set<std::string> ids;
    auto ok
        = store::forEachRow(*select, [&](const store::Statement &row) { ids.insert(row.text(0)); });
    if (!ok)
        return fail(ok.error());
    return ids;
}

Result<std::map<std::string, Pause>> loadPauses(
    store::EncryptedStore &store, std::int64_t nowMillis)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT id, patient_id, reason, from_at, until_at, note FROM follow_up_pause "
        "WHERE deleted = 0 AND from_at <= ? AND until_at > ? ORDER BY until_at");
    if (!select)
        return fail(select.error());
    select->bind(1, nowMillis).bind(2, nowMillis);
    std::map<std::string, Pause> pauses;
    auto ok = store::forEachRow(*select, [&](const store::Statement &row) {
        pauses[row.text(1)] = { row.text(0), row.text(2), row.int64(3), row.int64(4), row.text(5) };
    });
    if (!ok)
        return fail(ok.error());
    return pauses;
}

Result<std::map<std::string, std::string>> loadUserNames(store::EncryptedStore &store)
{
    auto select = store::Statement::prepare(store.db(), "SELECT id, display_name FROM local_user");
    if (!select)
        return fail(select.error());
    std::map<std::string, std::string> names;
    auto ok = store::forEachRow(
        *select, [&](const store::Statement &row) { names[row.text(0)] = row.text(1); });
    if (!ok)
        return fail(ok.error());
    return names;
}

// The enrolment schedule as plan schedule items, for patients whose plan has none.
std::vector<plan::ScheduleItem> enrolmentSchedule(const std::vector<domain::ScheduleEntry> &entries)
{
    std::vector<plan::ScheduleItem> items;
    for (const auto &e : entries)
        items.push_back({ e.item, e.daysOfWeek, e.dueByMinute });
    return items;
}

Result<> storeFindings(
    store::EncryptedStore &store, const std::vector<WorklistRow> &rows, std::int64_t nowMillis)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = store::Statement::prepare(db,
        "INSERT OR IGNORE INTO finding(id, origin, updated_at, patient_id, plan_version_id, "
        "rule_index, rule_type, level, trigger_id, found_at, first_seen_at, reason_json) "
        "VALUES (?, 'local', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    static constexpr const char *types[]
        = { "band", "baseline", "change", "answer", "missing", "suspect" };
    for (const auto &row : rows) {
        for (const auto &f : row.result.findings) {
            insert->bind(1, f.id)
                .bind(2, nowMillis)
                .bind(3, row.patientId())
                .bind(4, f.ruleSetVersion)
                .bind(5, f.ruleIndex)
                .bind(6, types[static_cast<int>(f.reason.type)])
                .bind(7, triage::levelKey(f.level()))
                .bind(8, f.observationId)
                .bind(9, time::toEpochMillis(f.reason.time))
                .bind(10, nowMillis)
                .bind(11, triage::reasonToJson(f.reason));
            if (auto ok = insert->run(); !ok)
                return ok;
        }
    }
    return tx->commit();
}

} // namespace

bool comesBefore(const WorklistRow &a, const WorklistRow &b)
{
    if (a.result.status != b.result.status)
        return a.result.status > b.result.status;
    const auto ao = a.oldestOpenMillis.value_or(INT64_MAX);
    const auto bo = b.oldestOpenMillis.value_or(INT64_MAX);
    if (ao != bo)
        return ao < bo;
    const auto &ap = a.overview.patient;
    const auto &bp = b.overview.patient;
    if (ap.familyName != bp.familyName)
        return ap.familyName < bp.familyName;
    return ap.givenName < bp.givenName;
}

// Patients in their trial period: when it started and how long it is (the open enrolment, or
// the default length from the enrolment time for patients enrolled before enrolments were
// recorded), and whether a personal plan has been sent or approved.
struct TrialInputs {
    std::map<std::string, std::pair<std::int64_t, int>> periods;
    std::unordered_set<std::string> planSent;
};

Result<TrialInputs> loadTrialInputs(store::EncryptedStore &store)
{
    TrialInputs out;
    auto periods = store::Statement::prepare(store.db(),
        "SELECT patient_id, started_at, trial_weeks FROM enrolment WHERE deleted = 0 AND "
        "ended_at IS NULL ORDER BY started_at");
    if (!periods)
        return fail(periods.error());
    auto ok = store::forEachRow(*periods, [&](const store::Statement &row) {
        out.periods[row.text(0)] = { row.int64(1), int(row.int64(2)) };
    });
    if (!ok)
        return fail(ok.error());
    auto plans = store::Statement::prepare(store.db(),
        "SELECT DISTINCT patient_id FROM plan_version WHERE deleted = 0 AND patient_id IS NOT "
        "NULL AND status IN ('awaiting_approval', 'active')");
    if (!plans)
        return fail(plans.error());
    ok = store::forEachRow(
        *plans, [&](const store::Statement &row) { out.planSent.insert(row.text(0)); });
    if (!ok)
        return fail(ok.error());
    return out;
}

Result<Worklist> buildWorklist(
    store::EncryptedStore &store, time::Instant now, const std::string &onlyPatient)
{
    auto overview = store::loadPatientOverview(store);
    if (!overview)
        return fail(overview.error());
    auto rules = loadRulesInForce(store);
    if (!rules)
        return fail(rules.error());
    std::unordered_map<std::string, PatientInputs> inputs;
    if (auto ok = loadObservations(store, onlyPatient, inputs); !ok)
        return fail(ok.error());
    if (auto ok = loadAnswers(store, onlyPatient, inputs); !ok)
        return fail(ok.error());
    auto schedules = store::PatientRepository(store).schedules();
    if (!schedules)
        return fail(schedules.error());
    for (auto &entry : *schedules)
        inputs[entry.patientId].schedule.push_back(std::move(entry));
    auto acknowledged = loadAcknowledged(store);
    if (!acknowledged)
        return fail(acknowledged.error());
    const auto nowMillis = time::toEpochMillis(now);
    auto pauses = loadPauses(store, nowMillis);
    if (!pauses)
        return fail(pauses.error());
    auto names = loadUserNames(store);
    if (!names)
        return fail(names.error());
    auto trials = loadTrialInputs(store);
    if (!trials)
        return fail(trials.error());

    Worklist list;
    list.now = now;
    list.rows.reserve(overview->size());
    static const PatientInputs nothing;
    for (auto &patientRow : *overview) {
        if (!onlyPatient.empty() && patientRow.patient.meta.id != onlyPatient)
            continue;
        // Ended follow-up leaves the worklist (the patient stays readable elsewhere).
        if (patientRow.patient.status == domain::FollowUpStatus::Ended && onlyPatient.empty())
            continue;
        WorklistRow row;
        row.overview = std::move(patientRow);
        const auto &id = row.patientId();
        const auto found = inputs.find(id);
        const PatientInputs &in = found == inputs.end() ? nothing : found->second;
        if (auto pause = pauses->find(id); pause != pauses->end())
            row.pause = pause->second;
        if (auto name = names->find(row.overview.patient.responsibleNurseId); name != names->end())
            row.nurseName = name->second;
        if (row.overview.patient.status == domain::FollowUpStatus::Trial) {
            const auto period = trials->periods.find(id);
            const auto [started, weeks] = period != trials->periods.end()
                ? period->second
                : std::pair { row.overview.patient.enrolledAtMillis, 3 };
            row.trial = plan::trialState(started, weeks, nowMillis, trials->planSent.count(id) > 0);
        }
        // No personal plan and no approved default for the service: Varde's built-in set, so
        // that no value is ever left unjudged.
        static const triage::RuleSet builtin = triage::builtinDefaultRuleSet();
        const triage::RuleSet *inForce = rules->forPatient(id, row.overview.patient.serviceId);
        const triage::RuleSet *plan = inForce ? inForce : &builtin;
        // The plan's own schedule when it has one, else the one the patient was enrolled with.
        const auto planSchedule = rules->schedules.find(plan->versionId);
        const auto schedule = planSchedule != rules->schedules.end()
            ? planSchedule->second
            : enrolmentSchedule(in.schedule);
        triage::RuleSet set = plan::withScheduleRules(*plan, schedule, time::osloDate(now));
        row.planVersionId = set.versionId;
        row.personalPlan = !plan->serviceDefault;
        row.builtinRules = plan == &builtin;
        if (auto approver = rules->approvedBy.find(set.versionId);
            approver != rules->approvedBy.end())
            row.planApprovedBy = approver->second;

        triage::TriageInput input;
        input.patientId = id;
        input.rules = &set;
        input.observations = in.observations;
        input.answers = in.answers;
        input.acknowledged = &*acknowledged;
        input.now = now;
        input.paused = row.pause.has_value();
        row.result = triage::triage(input);
        for (const auto &f : row.result.findings)
            if (f.open)
                row.oldestOpenMillis = std::min(
                    row.oldestOpenMillis.value_or(INT64_MAX), time::toEpochMillis(f.reason.time));
        ++list.countByLevel[static_cast<std::size_t>(row.result.status)];
        list.rows.push_back(std::move(row));
    }
    std::sort(list.rows.begin(), list.rows.end(), comesBefore);
    if (auto ok = storeFindings(store, list.rows, nowMillis); !ok)
        return fail(ok.error());
    return list;
}

Result<TriageData> loadTriageData(store::EncryptedStore &store, const std::string &patientId)
{
    std::unordered_map<std::string, PatientInputs> inputs;
    if (auto ok = loadObservations(store, patientId, inputs); !ok)
        return fail(ok.error());
    if (auto ok = loadAnswers(store, patientId, inputs); !ok)
        return fail(ok.error());
    auto &in = inputs[patientId];
    TriageData data { std::move(in.observations), std::move(in.answers), {} };
    auto rules = loadRulesInForce(store);
    if (!rules)
        return fail(rules.error());
    if (auto own = rules->personal.find(patientId); own != rules->personal.end())
        if (auto s = rules->schedules.find(own->second.versionId); s != rules->schedules.end())
            data.schedule = s->second;
    if (data.schedule.empty()) {
        auto schedules = store::PatientRepository(store).schedules();
        if (!schedules)
            return fail(schedules.error());
        std::vector<domain::ScheduleEntry> mine;
        for (auto &entry : *schedules)
            if (entry.patientId == patientId)
                mine.push_back(std::move(entry));
        data.schedule = enrolmentSchedule(mine);
    }
    return data;
}

} // namespace varde::worklist
