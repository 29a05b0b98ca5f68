#pragma once
// What the workstation's patient list shows: each patient with their GP and the newest value
// of each kind. Read in one pass per table; the UI only formats it.

#include "core/common/result.h"
#include "core/domain/patient.h"
#include "core/store/encrypted_store.h"
#include "core/store/measurement_repository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace varde::store
{

struct PatientOverviewRow {
    domain::Patient patient;
    std::string gpName;
    std::string gpPractice;
    std::vector<LatestValue> latest; // by kind, in catalogue order
    std::optional<std::int64_t> lastMeasuredAtMillis;

    const LatestValue *latestOf(domain::KindId kind) const;
};

// Writes one "patient.list" audit event: the list shows names, so listing is an access.
Result<std::vector<PatientOverviewRow>> loadPatientOverview(EncryptedStore &store);

} // namespace varde::store
