#include "core/store/patient_overview.h"

#include "core/store/audit_log.h"
#include "core/store/patient_repository.h"
#include "core/store/transaction.h"

#include <algorithm>
#include <map>

namespace varde::store
{

const LatestValue *PatientOverviewRow::latestOf(domain::KindId kind) const
{
    for (const auto &value : latest)
        if (value.kind == kind)
            return &value;
    return nullptr;
}

Result<std::vector<PatientOverviewRow>> loadPatientOverview(EncryptedStore &store)
{
    PatientRepository patients(store);
    auto all = patients.all();
    if (!all)
        return fail(all.error());
    auto gps = patients.gps();
    if (!gps)
        return fail(gps.error());
    auto latest = MeasurementRepository(store).latestPerPatientAndKind();
    if (!latest)
        return fail(latest.error());

    std::map<std::string, const domain::GeneralPractitioner *> gpById;
    for (const auto &gp : *gps)
        gpById[gp.meta.id] = &gp;
    std::map<std::string, std::size_t> rowOf;
    std::vector<PatientOverviewRow> rows;
    rows.reserve(all->size());
    for (auto &patient : *all) {
        PatientOverviewRow row;
        if (auto it = gpById.find(patient.gpId); it != gpById.end()) {
            row.gpName = it->second->name;
            row.gpPractice = it->second->practiceName;
        }
        rowOf[patient.meta.id] = rows.size();
        row.patient = std::move(patient);
        rows.push_back(std::move(row));
    }
    for (const auto &value : *latest) {
        auto it = rowOf.find(value.patientId);
        if (it == rowOf.end())
            continue;
        auto &row = rows[it->second];
        row.latest.push_back(value);
        row.lastMeasuredAtMillis
            = std::max(row.lastMeasuredAtMillis.value_or(0), value.measuredAtMillis);
    }
    for (auto &row : rows)
        std::sort(row.latest.begin(), row.latest.end(),
            [](const auto &a, const auto &b) { return a.kind < b.kind; });

    auto tx = Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = appendAudit(store.db(), actorOf(store), audit::patientListed, {}, "patient", {},
            std::to_string(rows.size()) + " patients");
        !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return rows;
}

} // namespace varde::store
