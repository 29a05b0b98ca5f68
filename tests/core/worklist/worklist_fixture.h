#pragma once
// A small follow-up service in a temporary encrypted store: one service, one GP, patients with
// measurements, plan versions and schedules, all judged on Monday 30 March 2026 (the day after
// the spring daylight-saving change) in Oslo time.

#include "core/plan/plan_repository.h"
#include "core/store/audit_log.h"
#include "core/store/measurement_repository.h"
#include "core/store/outbox.h"
#include "core/store/patient_repository.h"
#include "core/triage/rules.h"
#include "core/worklist/acknowledgement.h"
#include "core/worklist/plans.h"
#include "core/worklist/worklist.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace varde::test
{

using namespace std::chrono;

inline constexpr time::LocalDate judgedDay = 2026y / March / 30;

// An instant on the judged day (or `dayOffset` days from it), Oslo civil time.
inline time::Instant osloAt(int hour, int minute = 0, int dayOffset = 0)
{
    return time::fromOslo(time::LocalDate { sys_days { judgedDay } + days { dayOffset } },
        hours { hour } + minutes { minute });
}

inline std::int64_t millisAt(int hour, int minute = 0, int dayOffset = 0)
{
    return time::toEpochMillis(osloAt(hour, minute, dayOffset));
}

// The service's default set: SpO2 yellow under 92, red under 88; pulse yellow over 100, red
// over 120 (and under 50 / 40).
inline std::vector<triage::Rule> defaultRules()
{
    return {
        triage::BandRule { "59408-5", 92.0, 88.0, std::nullopt, std::nullopt },
        triage::BandRule { "8867-4", 50.0, 40.0, 100.0, 120.0 },
    };
}

// A GP-approved personal plan for a patient living at a lower SpO2: yellow under 90, red
// under 85.
inline std::vector<triage::Rule> personalRules()
{
    return {
        triage::BandRule { "59408-5", 90.0, 85.0, std::nullopt, std::nullopt },
        triage::BandRule { "8867-4", 50.0, 40.0, 100.0, 120.0 },
    };
}

// Much stricter limits: under these, every ordinary value would be red.
inline std::vector<triage::Rule> strictRules()
{
    return {
        triage::BandRule { "59408-5", 99.0, 98.0, std::nullopt, std::nullopt },
        triage::BandRule { "8867-4", 70.0, 65.0, 71.0, 72.0 },
    };
}

inline std::string scalar(store::EncryptedStore &store, const std::string &sql)
{
    const auto text = store.db().queryText(sql);
    VARDE_REQUIRE_OK(text);
    return *text;
}

inline std::int64_t count(store::EncryptedStore &store, const std::string &sql)
{
    return std::stoll(scalar(store, sql));
}

inline std::int64_t pendingMutations(store::EncryptedStore &store)
{
    const auto n = store::pendingMutationCount(store.db());
    VARDE_REQUIRE_OK(n);
    return *n;
}

// Audit events with this action naming this patient.
inline int auditCount(
    store::EncryptedStore &store, std::string_view action, const std::string &patientId)
{
    const auto events = store::recentAudit(store.db(), 10000);
    VARDE_REQUIRE_OK(events);
    return int(std::count_if(events->begin(), events->end(), [&](const store::AuditEvent &e) {
        return e.action == action && e.patientId == patientId;
    }));
}

class Clinic
{
public:
    Clinic()
    {
        store::PatientRepository patients(*m_store);
        m_service.meta.id = newUuid();
        m_service.name = "Digital hjemmeoppfølging Romsdal";
        m_service.municipality = "Molde";
        VARDE_REQUIRE_OK(patients.insertService(m_service));
        m_gp.meta.id = newUuid();
        m_gp.name = "Turid Moe";
        m_gp.practiceName = "Molde legesenter";
        VARDE_REQUIRE_OK(patients.insertGp(m_gp));
    }

    store::EncryptedStore &store() { return *m_store; }
    StoreInFolder &storeInFolder() { return m_store; }
    const std::string &serviceId() const { return m_service.meta.id; }

    std::string addPatient(const std::string &given, const std::string &family)
    {
        const auto birth = year { 1940 } / May / day { unsigned(1 + m_patients++) };
        auto p = patient(fodselsnummer(birth), given, family, birth);
        p.serviceId = m_service.meta.id;
        p.gpId = m_gp.meta.id;
        p.responsibleNurseId = m_store->user().meta.id;
        VARDE_REQUIRE_OK(store::PatientRepository(*m_store).insert(p));
        return p.meta.id;
    }

    std::string addMeasurement(
        const std::string &patientId, domain::KindId kind, double value, time::Instant at)
    {
        const auto m = measurement(patientId, kind, value, time::toEpochMillis(at));
        VARDE_REQUIRE_OK(store::MeasurementRepository(*m_store).insert({ m }));
        return m.meta.id;
    }

    std::string addSpo2(const std::string &patientId, double value, time::Instant at)
    {
        return addMeasurement(patientId, domain::KindId::OxygenSaturation, value, at);
    }

    plan::PlanVersion planVersion(const std::string &patientId,
        plan::PlanStatus status,
        std::vector<triage::Rule> rules,
        const std::string &serviceId = {})
    {
        plan::PlanVersion version;
        version.id = newUuid();
        version.patientId = patientId;
        version.serviceId = patientId.empty() && serviceId.empty() ? m_service.meta.id : serviceId;
        version.status = status;
        version.rules = std::move(rules);
        version.createdBy = m_store->user().meta.id;
        version.createdAtMillis = millisAt(9, 0, -20);
        if (status == plan::PlanStatus::Active) {
            plan::Approval approval;
            approval.byName = patientId.empty() ? "Dr. Kristin Lie (medisinskfaglig ansvarlig)"
                                                : "Dr. Turid Moe (fastlege)";
            approval.atMillis = millisAt(14, 0, -17);
            version.approval = approval;
        }
        return version;
    }

    // Writes a plan version and returns its id.
    std::string addPlan(
        const std::string &patientId, plan::PlanStatus status, std::vector<triage::Rule> rules)
    {
        const auto version = planVersion(patientId, status, std::move(rules));
        VARDE_REQUIRE_OK(plan::insertPlanVersion(*m_store, version));
        return version.id;
    }

    std::string addDefaultSet() { return addPlan({}, plan::PlanStatus::Active, defaultRules()); }

    // SpO2 due by 11:00 every day.
    void addDailySpo2Schedule(const std::string &patientId, int dueByMinute = 11 * 60)
    {
        domain::ScheduleEntry entry;
        entry.meta.id = newUuid();
        entry.patientId = patientId;
        entry.item = "spo2";
        entry.daysOfWeek = domain::everyDay;
        entry.dueByMinute = dueByMinute;
        VARDE_REQUIRE_OK(store::PatientRepository(*m_store).insertSchedule({ entry }));
    }

    worklist::Worklist build(time::Instant now)
    {
        auto list = worklist::buildWorklist(*m_store, now);
        VARDE_REQUIRE_OK(list);
        return std::move(*list);
    }

private:
    StoreInFolder m_store;
    domain::FollowUpService m_service;
    domain::GeneralPractitioner m_gp;
    int m_patients = 0;
};

inline const worklist::WorklistRow &rowOf(const worklist::Worklist &list, const std::string &id)
{
    const auto it = std::find_if(list.rows.begin(), list.rows.end(),
        [&](const worklist::WorklistRow &row) { return row.patientId() == id; });
    REQUIRE(it != list.rows.end());
    return *it;
}

inline std::size_t positionOf(const worklist::Worklist &list, const std::string &id)
{
    const auto it = std::find_if(list.rows.begin(), list.rows.end(),
        [&](const worklist::WorklistRow &row) { return row.patientId() == id; });
    REQUIRE(it != list.rows.end());
    return std::size_t(it - list.rows.begin());
}

inline triage::Level statusOf(const worklist::Worklist &list, const std::string &id)
{
    return rowOf(list, id).result.status;
}

inline std::vector<std::string> openFindingIds(const worklist::WorklistRow &row)
{
    std::vector<std::string> ids;
    for (const auto &f : row.result.findings)
        if (f.open)
            ids.push_back(f.id);
    return ids;
}

} // namespace varde::test

namespace Catch
{
template <> struct StringMaker<varde::triage::Level> {
    static std::string convert(varde::triage::Level level)
    {
        return std::string(varde::triage::levelKey(level));
    }
};
} // namespace Catch
