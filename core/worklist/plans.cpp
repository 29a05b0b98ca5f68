#include "core/worklist/plans.h"

#include "core/store/statement.h"
#include "core/triage/case_json.h"

namespace varde::worklist
{

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
        "coalesce(service_id, ''), content_json "
        "FROM plan_version WHERE status = 'active' AND deleted = 0");
    if (!select)
        return fail(select.error());
    RulesInForce out;
    std::optional<Error> bad;
    auto ok = store::forEachRow(*select, [&](const store::Statement &row) {
        auto rules = triage::parseRulesJson(row.text(2));
        auto content = plan::parseContentJson(row.text(5));
        if (!rules || !content) {
            bad = Error { ErrorCode::StoreCorrupt,
                "plan version " + row.text(0) + ": "
                    + (rules ? content.error().detail : rules.error().detail) };
            return;
        }
        triage::RuleSet set { row.text(0), row.text(1).empty(), std::move(*rules) };
        out.approvedBy[set.versionId] = row.text(3);
        if (!content->schedule.empty())
            out.schedules[set.versionId] = std::move(content->schedule);
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
