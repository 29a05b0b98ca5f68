#pragma once
// The plan in plain bokmål, for the comparison of versions, the patient handout and vardectl:
// "Oksygenmetning under 89 % → rød". Written for a patient to read, so names are whole words
// and limits come with their unit. (The UI words the same rules through Qt Linguist.)

#include "core/plan/plan_content.h"
#include "core/triage/rules.h"

#include <string>
#include <utility>
#include <vector>

namespace varde::plan
{

// One line per limit of the rule, each with a key that names the rule and the limit
// ("band/59408-5/red_below"), so two versions' lines can be matched.
std::vector<std::pair<std::string, std::string>> ruleLinesNb(const triage::Rule &rule);

// "Oksygenmetning", "Puls" …, or the code outside the catalogue.
std::string measuredNameNb(const std::string &code);
std::string zoneNameNb(Zone zone); // "grønn", "gul", "rød"
std::string measureAreaNb(MeasureArea area); // "Mat og drikke", "Aktivitet og trening" …
std::string participantRoleNb(ParticipantRole role); // "pasient", "pårørende" …
// "spo2" → "Oksygenmetning", "question:feber" → the question's text.
std::string scheduleItemNb(const std::string &item);
// "hver dag", "mandag og torsdag", "man, ons, fre"; with " innen kl. 11:00" when due.
std::string scheduleWhenNb(const ScheduleItem &item);

} // namespace varde::plan
