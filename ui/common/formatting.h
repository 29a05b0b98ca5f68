#pragma once
// Norwegian display of values, units and times. Core decides nothing here is clinical; this
// only turns numbers into text with decimal comma and Oslo time.
#include "core/domain/measurement_kind.h"

#include <QString>

#include <cstdint>

namespace varde::ui
{

QString kindShortName(domain::KindId kind);
QString displayUnit(domain::KindId kind);
// "94 %", "81,2 kg"
QString formatValue(domain::KindId kind, double canonicalValue);
// "i dag 08:14", "i går 21:03", "12.11.2026 08:14" relative to nowMillis (Oslo days)
QString formatWhen(std::int64_t atMillis, std::int64_t nowMillis);
QString formatDate(std::int64_t atMillis);

} // namespace varde::ui
