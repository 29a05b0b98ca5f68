#pragma once
// The enrolment form as values, and its checks: every field gets a clear message when wrong,
// so nothing is saved half. Pure: the UI shows the messages at their fields.

#include "core/domain/patient.h"
#include "core/plan/plan_content.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace varde::enrolment
{

enum class ReferralSource { Gp, Hospital, AllocationOffice, Other };
std::string_view referralSourceKey(ReferralSource source); // "gp", "hospital", …
std::optional<ReferralSource> referralSourceFromKey(std::string_view key);

struct ContactEntry {
    std::string name;
    std::string relation; // "ektefelle", "datter", "hjemmetjenesten" …
    std::string phone;
    bool nextOfKin = false;
    bool helpsMeasure = false; // helps the patient measure (a relative or a home-care worker)
};

struct DiagnosisEntry {
    domain::CodeSystem system = domain::CodeSystem::Icd10;
    std::string code;
    std::string text;
};

inline constexpr int defaultTrialWeeks = 3;

struct EnrolmentForm {
    std::string nationalId; // fødselsnummer or D-nummer
    std::string givenName;
    std::string familyName;
    std::string address;
    std::string postalCode;
    std::string city;
    std::string municipality;
    std::string phoneMobile;
    std::string phoneHome;
    std::vector<ContactEntry> contacts;
    std::string gpId; // from the service's GP list
    std::vector<DiagnosisEntry> diagnoses; // the first is the primary
    ReferralSource referralSource = ReferralSource::Gp;
    std::string referrerName;
    std::optional<std::chrono::year_month_day> referralDate;
    std::string responsibleNurseId;
    std::vector<plan::ScheduleItem> schedule;
    int trialWeeks = defaultTrialWeeks;
    bool demo = false; // synthetic national ids are accepted only for demo data
};

enum class FieldProblem { Missing, Invalid, InFuture, OutOfRange };

struct FieldError {
    std::string field; // "national_id", "contacts[1].phone", "diagnoses[0].code"
    FieldProblem problem;
    std::string message; // bokmål
};

// Norwegian phone numbers: 8 digits, optionally +47 or 0047 first, spaces allowed.
bool isPhoneNumber(std::string_view text);
// ICD-10 "J44.1", "C50.9", "I50"; ICPC-2 "R95", "K77".
bool isDiagnosisCode(domain::CodeSystem system, std::string_view code);

// Every problem, in the order of the form. `today` is the Oslo date (for the referral date
// and the national id's 2032 rule).
std::vector<FieldError> validateForm(const EnrolmentForm &form, std::chrono::year_month_day today);

} // namespace varde::enrolment
