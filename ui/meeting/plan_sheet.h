#pragma once
// The patient's plan in force, gathered for showing it to people rather than for editing it:
// the meeting screen and the patient's handout. Name and age, never the national identity
// number; the limits in plain bokmål sorted to the zone they lead to. Reading does not audit:
// the caller records the showing (plan.present) or the handout (plan.handout).
#include "core/common/result.h"
#include "core/domain/patient.h"
#include "core/plan/plan_content.h"
#include "core/store/encrypted_store.h"
#include "core/triage/level.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace varde::ui
{

struct PlanSheet {
    std::string patientId;
    std::string versionId; // empty: no plan at all (Varde's built-in rules)
    QString name; // "Kari Nordmann"
    int age = 0;
    QString serviceName;
    QString gpName;
    QString gpPhone;
    bool personalPlan = false; // false: the service's default set
    plan::PlanContent content; // with the service's standard zone actions where none were typed
    std::array<QStringList, 3> limits; // "Oksygenmetning under 89 % → rød", by plan::Zone
    QStringList missing; // "Oksygenmetning ikke kommet innen kl. 11:00 → mangler"
    // What the patient measures and when: the plan's schedule, else the enrolment schedule.
    std::vector<plan::ScheduleItem> schedule;
    QString approvedBy; // empty when not approved
    std::optional<std::int64_t> approvedAtMillis;
};

// Reads the directory (patients, GPs, services) once, then one plan per call: the meeting
// shows several patients one after another.
class PlanSheetReader
{
public:
    explicit PlanSheetReader(store::EncryptedStore &store)
        : m_store(store)
    {
    }

    Result<PlanSheet> read(const std::string &patientId, std::int64_t nowMillis);
    // The patient's name for lists ("Kari Nordmann"), empty when unknown.
    QString nameOf(const std::string &patientId);

private:
    Result<> loadDirectory();

    store::EncryptedStore &m_store;
    bool m_loaded = false;
    std::map<std::string, domain::Patient> m_patients;
    std::map<std::string, domain::GeneralPractitioner> m_gps;
    std::map<std::string, domain::FollowUpService> m_services;
    std::map<std::string, std::vector<plan::ScheduleItem>> m_enrolmentSchedules;
};

} // namespace varde::ui
