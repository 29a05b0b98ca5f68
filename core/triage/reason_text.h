#pragma once
// The one plain-C++ bokmål rendering of triage reasons, for vardectl and PLO messages (which
// are Norwegian whatever the screen language). ui/ renders the same structures through Qt
// Linguist; a ui test checks that its bokmål equals this.

#include "core/time/civil_time.h"
#include "core/triage/finding.h"

#include <string>

namespace varde::triage
{

// "SpO2 87 % er under rød grense 88 % (målt 08:14)". Times on `now`'s Oslo day show the clock
// only, other days "dd.MM. HH:mm".
std::string reasonTextNb(const Reason &reason, time::Instant now);

// "87", "81,2", "2,35": up to two decimals, decimal comma, no trailing zeros.
std::string numberNb(double value);
// "SpO2", "Puls", "Vekt", or the code itself outside the catalogue.
std::string measuredNameNb(const Reason &reason);
// "%", "/min", "mmHg", "kg", "°C"; the unit as sent outside the catalogue.
std::string unitNb(const Reason &reason);
std::string whenNb(time::Instant at, time::Instant now);

} // namespace varde::triage
