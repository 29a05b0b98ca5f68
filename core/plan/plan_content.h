#pragma once
// The egenbehandlingsplan's content besides its triage rules: the patient's own goals, the
// measures, what to do in each zone, the measurement schedule, the trial period, evaluation and
// who took part. Plain values; stored as content_json beside the rules (plan_version table).

#include "core/common/result.h"
#include "core/domain/schedule.h"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace varde::plan
{

enum class Zone { Green, Yellow, Red };
inline constexpr std::array<Zone, 3> allZones { Zone::Green, Zone::Yellow, Zone::Red };
std::string_view zoneKey(Zone zone); // "green", "yellow", "red"

// «Hva er viktig for deg?»: in the patient's own words, with sub-goals.
struct Goal {
    std::string text;
    std::vector<std::string> subGoals;
    bool operator==(const Goal &) const = default;
};

enum class MeasureArea { Food, Activity, Social, MentalHealth, Other };
inline constexpr std::array<MeasureArea, 5> allMeasureAreas { MeasureArea::Food,
    MeasureArea::Activity, MeasureArea::Social, MeasureArea::MentalHealth, MeasureArea::Other };
std::string_view measureAreaKey(MeasureArea area); // "food", "activity", "social", …

// A measure that is not a medicine: "Gå tur 20 minutter hver dag".
struct Measure {
    MeasureArea area = MeasureArea::Other;
    std::string text;
    bool operator==(const Measure &) const = default;
};

// A medicine measure the GP prescribed for a zone: "Start prednisolon 30 mg i 5 dager".
struct MedicineMeasure {
    Zone zone = Zone::Red;
    std::string text;
    bool operator==(const MedicineMeasure &) const = default;
};

// What the patient does and what the follow-up service does in one zone.
struct ZoneActions {
    std::string patient;
    std::string service;
    bool operator==(const ZoneActions &) const = default;
};

// One item of the measurement schedule: a kind key ("spo2") or "question:<id>", the weekdays
// (domain::everyDay bits) and the local time by which it should have come.
struct ScheduleItem {
    std::string item;
    int daysOfWeek = domain::everyDay;
    std::optional<int> dueByMinute;
    bool operator==(const ScheduleItem &) const = default;
};

enum class ParticipantRole { Patient, Relative, Nurse, Gp, Specialist, Other };
std::string_view participantRoleKey(ParticipantRole role); // "patient", "relative", …

struct Participant {
    ParticipantRole role = ParticipantRole::Patient;
    std::string name;
    bool operator==(const Participant &) const = default;
};

inline constexpr int minTrialWeeks = 2;
inline constexpr int maxTrialWeeks = 4;

struct PlanContent {
    std::vector<Goal> goals;
    std::vector<Measure> measures;
    std::vector<MedicineMeasure> medicines;
    std::array<ZoneActions, 3> zones; // indexed by Zone
    std::vector<ScheduleItem> schedule;
    int trialWeeks = 3;
    std::optional<std::chrono::year_month_day> evaluationDate;
    std::string evaluationNotes;
    std::vector<Participant> participants;

    const ZoneActions &actions(Zone zone) const { return zones[std::size_t(zone)]; }
    ZoneActions &actions(Zone zone) { return zones[std::size_t(zone)]; }
    bool operator==(const PlanContent &) const = default;
};

// The service's standard zone actions (green: keep going; yellow: contact us and measure more
// often; red: call the GP or legevakt, 113 when life is at risk), in bokmål: a new plan starts
// from these and the nurse adapts them.
PlanContent standardContent();

std::string contentToJson(const PlanContent &content);
// '{}' and missing fields read as empty; a wrong type names the field.
Result<PlanContent> parseContentJson(std::string_view json);

} // namespace varde::plan
