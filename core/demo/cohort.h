#pragma once
// A synthetic follow-up cohort: Norwegian synthetic names, synthetic fødselsnummer (month + 80,
// which no real person has), their GPs, schedules, measurements with circadian variation, noise
// and missed days, and deterioration episodes. Pure: the same options give the same cohort.
// Later issues add stages (plans, findings, pauses, endings, messages) as new parts that draw
// from their own Random forks, so the parts here keep their numbers.

#include "core/domain/measurement.h"
#include "core/domain/patient.h"
#include "core/domain/schedule.h"
#include "core/domain/user.h"
#include "core/plan/plan_content.h"
#include "core/triage/rules.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace varde::demo
{

struct CohortOptions {
    int patients = 200;
    int days = 90;
    std::uint64_t seed = 1;
    std::chrono::year_month_day endDate {}; // the last day: measurements until 10:00 Oslo time
};

enum class Programme { Copd, HeartFailure, Diabetes, Cancer };

enum class EpisodeKind {
    CopdExacerbation, // SpO2 falls, pulse rises, more breathless, coloured sputum
    WeightGain, // heart failure: fluid, weight up over days, swollen legs
    Hyperglycaemia, // diabetes: high glucose for some days
    Fever, // cancer treatment: fever and raised pulse
    DeviceError, // one implausible value from a faulty device or a slip
};

struct Episode {
    int patientIndex;
    EpisodeKind kind;
    int startDay; // 0 = first day of the period
    int length; // days; an episode may run to the last day (still ongoing)
};

// A plan version in force: the service's default rule set (patientIndex -1), approved by the
// service's medical lead, or a patient's personal plan approved by their GP.
// Besides the active versions, a few patients have a version waiting for their GP's approval
// (limits suggested from their own values), one was rejected with a comment, and one was
// approved by phone and recorded by the nurse.
enum class DemoPlanState { Active, AwaitingApproval, Rejected, ActiveByPhone };

struct DemoPlan {
    std::string id;
    int patientIndex = -1;
    std::vector<triage::Rule> rules;
    int approvedDay = 0; // relative to the first day of the period (negative: before it)
    plan::PlanContent content;
    DemoPlanState state = DemoPlanState::Active;
    std::string comment; // the GP's comment on a rejection, or the note on a phone approval
};

// How each patient came to the service, and what happened since: referrals for everyone, a few
// moved to another nurse, a few whose follow-up has ended (their home data stop then).
struct DemoReferral {
    int patientIndex = 0;
    std::string source; // enrolment::ReferralSource key: "gp", "hospital", "allocation_office"
    std::string referrer;
    std::chrono::year_month_day date {};
};

struct DemoReassignment {
    int patientIndex = 0;
    int fromNurse = 0; // index into nurses; the patient's nurse now is nurseOfPatient
    std::int64_t atMillis = 0;
};

struct DemoEnding {
    int patientIndex = 0;
    std::int64_t atMillis = 0;
    std::string reason; // enrolment::EndReason key
    std::string note;
};

struct DemoNurse {
    std::string login;
    std::string displayName;
    std::string phone; // the service's direct line for this nurse (PLO messages carry it)
};

struct Cohort {
    CohortOptions options;
    domain::FollowUpService service;
    std::vector<domain::GeneralPractitioner> gps;
    std::vector<DemoNurse> nurses; // nurses[0] is the demo user
    std::vector<domain::Patient> patients; // responsibleNurseId empty: see nurseOfPatient
    std::vector<int> nurseOfPatient; // index into nurses
    std::vector<std::vector<Programme>> programmes;
    std::vector<domain::ScheduleEntry> schedule;
    std::vector<domain::Measurement> measurements;
    std::vector<domain::QuestionnaireAnswer> answers;
    std::vector<Episode> episodes;
    std::vector<DemoPlan> plans; // plans[0] is the service's default rule set
    std::vector<DemoReferral> referrals; // one per patient
    std::vector<DemoReassignment> reassignments;
    std::vector<DemoEnding> endings;
};

Cohort generateCohort(const CohortOptions &options);

// Stable text of the cohort's logical content (ids, names, values, times), for determinism
// checks and for comparing a cohort with what a store holds.
std::string describeProgramme(Programme programme);

} // namespace varde::demo
