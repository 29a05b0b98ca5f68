#pragma once
// The plan's fixed words on screen (statuses, zones, areas, roles, weekdays, who approved and
// how), translated through Qt Linguist. Core holds the same words in bokmål for vardectl.
#include "core/plan/compare.h"
#include "core/plan/plan_version.h"
#include "core/triage/level.h"

#include <QString>

#include <string>

namespace varde::ui
{

QString planStatusText(plan::PlanStatus status); // "Draft", "Awaiting approval", …
QString changeAreaText(plan::ChangeArea area); // "Limits", "Goals", …
QString zoneText(plan::Zone zone); // "Green", "Yellow", "Red"
triage::Level zoneLevel(plan::Zone zone); // for the zone's icon and colour
QString measureAreaText(plan::MeasureArea area);
QString participantRoleText(plan::ParticipantRole role);
QString weekdayShort(int day); // 0 = Monday
// "SpO2", "Weight" …, or the code when it is outside the catalogue.
QString measuredName(const std::string &code);
// " %", " kg" …: the display unit of the code's kind, empty outside the catalogue.
QString unitOf(const std::string &code);
// A schedule item: the kind's name or the question's text.
QString scheduleItemText(const std::string &item);
// "every day by 11:00", "Mon, Thu"
QString scheduleWhenText(const plan::ScheduleItem &item);
// "Approved by Turid Moe (fastlege) in Varde on 12.03.2026", "… on … by phone, recorded by …"
QString approvalText(const plan::Approval &approval);

} // namespace varde::ui
