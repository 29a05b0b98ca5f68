#pragma once
// Reads and writes patients with their diagnoses and contacts, the follow-up services and GPs
// they belong to, and their measurement schedules. Every write is audited in its transaction.

#include "core/common/result.h"
#include "core/domain/patient.h"
#include "core/domain/schedule.h"
#include "core/store/encrypted_store.h"

#include <vector>

namespace varde::store
{

class PatientRepository
{
public:
    explicit PatientRepository(EncryptedStore &store)
        : m_store(store)
    {
    }

    // Validates the national id (synthetic numbers only for Origin::Demo) and writes the
    // patient, diagnoses and contacts in one transaction with one audit event.
    Result<> insert(const domain::Patient &patient);
    Result<> insertService(const domain::FollowUpService &service);
    Result<> insertGp(const domain::GeneralPractitioner &gp);
    Result<> insertSchedule(const std::vector<domain::ScheduleEntry> &entries);
    // The same inside the caller's transaction (enrolment writes several things at once).
    Result<> insertWithin(const domain::Patient &patient);
    Result<> insertScheduleWithin(const std::vector<domain::ScheduleEntry> &entries);

    // Not deleted, with diagnoses and contacts, in no particular order (the UI sorts).
    Result<std::vector<domain::Patient>> all();
    Result<std::vector<domain::GeneralPractitioner>> gps();
    Result<std::vector<domain::FollowUpService>> services();
    Result<std::vector<domain::ScheduleEntry>> schedules();

private:
    EncryptedStore &m_store;
};

} // namespace varde::store
