#pragma once
// A patient in follow-up and the people around them. Plain values: the store reads and writes
// them, the UI shows them, nothing here decides anything clinical.

#include "core/domain/entity.h"
#include "core/domain/national_id.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace varde::domain
{

enum class CodeSystem { Icd10, Icpc2 };
std::string_view codeSystemKey(CodeSystem system); // "ICD-10", "ICPC-2"

struct Diagnosis {
    EntityMeta meta;
    CodeSystem system = CodeSystem::Icd10;
    std::string code; // "J44.1"
    std::string text; // "Kronisk obstruktiv lungesykdom med akutt forverring"
    bool primary = false;
};

// Pårørende and others around the patient; `helpsMeasure` marks those who help with the
// measurements (a relative or a home-care worker).
struct ContactPerson {
    EntityMeta meta;
    std::string name;
    std::string relation; // "ektefelle", "datter", "hjemmetjenesten" …
    std::string phone;
    bool nextOfKin = false;
    bool helpsMeasure = false;
};

struct GeneralPractitioner {
    EntityMeta meta;
    std::string name;
    std::string herId; // HER-id of the GP in their practice (person-in-role)
    std::string practiceName;
    std::string practiceHerId;
    std::string phone;
};

struct FollowUpService {
    EntityMeta meta;
    std::string name;
    std::string herId;
    std::string municipality;
};

enum class FollowUpStatus { Trial, Active, Paused, Ended };
std::string_view followUpStatusKey(FollowUpStatus status); // "trial", "active", "paused", "ended"
std::optional<FollowUpStatus> followUpStatusFromKey(std::string_view key);

struct Patient {
    EntityMeta meta;
    std::string nationalId; // 11 digits, validated on the way in
    std::string givenName;
    std::string familyName;
    std::chrono::year_month_day birthDate {};
    Sex sex = Sex::Unknown;
    std::string address;
    std::string postalCode;
    std::string city;
    std::string municipality;
    std::string phoneMobile;
    std::string phoneHome;
    std::string serviceId;
    std::string gpId;
    std::string responsibleNurseId;
    FollowUpStatus status = FollowUpStatus::Trial;
    std::int64_t enrolledAtMillis = 0;
    std::vector<Diagnosis> diagnoses;
    std::vector<ContactPerson> contacts;

    std::string fullName() const { return givenName + " " + familyName; }
};

std::string_view sexKey(Sex sex); // "female", "male", "unknown"
Sex sexFromKey(std::string_view key);

} // namespace varde::domain
