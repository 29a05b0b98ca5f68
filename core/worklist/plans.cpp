#include "core/worklist/plans.h"

#include "core/store/audit_log.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/triage/case_json.h"

namespace varde::worklist
{

std::string_view planStatusKey(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return "draft";
    case PlanStatus::AwaitingApproval:
        return "awaiting_approval";
    case PlanStatus::Active:
        return "active";
    case PlanStatus::Superseded:
        return "superseded";
    case PlanStatus::Rejected:
        return "rejected";
    }
    return "draft";
}

Result<> insertPlanVersion(store::EncryptedStore &store, const PlanVersion &plan)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = store::Statement::prepare(db,
        "INSERT INTO plan_version(id, origin, updated_at, patient_id, service_id, status, "
        "base_version_id, rules_json, created_by, created_at, approved_by, approved_by_name, "
        "approved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, plan.id)
        .bind(2, domain::originKey(plan.origin))
        .bind(3, time::toEpochMillis(time::now()))
        .bindOrNull(4, plan.patientId)
        .bindOrNull(5, plan.serviceId)
        .bind(6, planStatusKey(plan.status))
        .bindOrNull(7, plan.baseVersionId)
        .bind(8, triage::rulesToJson(plan.rules))
        .bind(9, plan.createdBy)
        .bind(10, plan.createdAtMillis)
        .bindOrNull(11, plan.approvedBy)
        .bindOrNull(12, plan.approvedByName)
        .bindOptional(13, plan.approvedAtMillis);
    if (auto ok = insert->run(); !ok)
        return ok;
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::planChanged,
            plan.patientId, "plan_version", plan.id, std::string(planStatusKey(plan.status)));
        !ok)
        return ok;
    return tx->commit();
}

const triage::RuleSet *RulesInForce::forPatient(
    const std::string &patientId, const std::string &serviceId) const
{
    if (auto it = personal.find(patientId); it != personal.end())
        return &it->second;
    if (auto it = serviceDefaults.find(serviceId); it != serviceDefaults.end())
        return &it->second;
    return nullptr;
}

Result<RulesInForce> loadRulesInForce(store::EncryptedStore &store)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT id, coalesce(patient_id, ''), rules_json, coalesce(approved_by_name, ''), "
        "coalesce(service_id, '') "
        "FROM plan_version WHERE status = 'active' AND deleted = 0");
    if (!select)
        return fail(select.error());
    RulesInForce out;
    std::optional<Error> bad;
    auto ok = store::forEachRow(*select, [&](const store::Statement &row) {
        auto rules = triage::parseRulesJson(row.text(2));
        if (!rules) {
            bad = Error { ErrorCode::StoreCorrupt,
                "plan version " + row.text(0) + ": " + rules.error().detail };
            return;
        }
        triage::RuleSet set { row.text(0), row.text(1).empty(), std::move(*rules) };
        out.approvedBy[set.versionId] = row.text(3);
        if (set.serviceDefault)
            out.serviceDefaults[row.text(4)] = std::move(set);
        else
            out.personal[row.text(1)] = std::move(set);
    });
    if (!ok)
        return fail(ok.error());
    if (bad)
        return fail(*bad);
    return out;
}

} // namespace varde::worklist
