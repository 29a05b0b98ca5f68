#pragma once
// A plan's triage rules as short lines a nurse, GP or patient can read:
// "SpO2: gul under 92 %, rød under 89 %".
#include "core/triage/rules.h"

#include <QStringList>

namespace varde::ui
{
QStringList ruleLines(const triage::RuleSet &rules);
} // namespace varde::ui
