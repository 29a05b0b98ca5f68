#pragma once
// What a patient measures and when. The plan issue moves schedules into plan versions; this is
// the schedule the patient was enrolled with.

#include "core/domain/entity.h"

#include <optional>
#include <string>

namespace varde::domain
{

// Bit set of weekdays: Monday = 1, Tuesday = 2 … Sunday = 64.
inline constexpr int everyDay = 127;
inline constexpr int mondayAndThursday = 1 | 8;

struct ScheduleEntry {
    EntityMeta meta;
    std::string patientId;
    std::string item; // kind key ("spo2") or "question:<id>"
    int daysOfWeek = everyDay;
    std::optional<int> dueByMinute; // local minutes after midnight: 11:00 is 660
};

} // namespace varde::domain
