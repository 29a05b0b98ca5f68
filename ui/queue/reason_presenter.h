#pragma once
// Triage reasons in the screen's language through Qt Linguist. The structures come from core;
// the bokmål result must equal core's reasonTextNb (a ui test checks it), so PLO messages and
// the screen say the same thing.
#include "core/time/civil_time.h"
#include "core/triage/finding.h"

#include <QString>

namespace varde::ui
{

QString reasonText(const triage::Reason &reason, time::Instant now);
QString measuredName(const triage::Reason &reason);

} // namespace varde::ui
