#pragma once
// How a traffic-light level looks: never colour alone. Each level has its own icon shape and a
// word beside the colour; the colours are from the Okabe–Ito palette, which stays apart under
// the common colour-vision deficiencies.
#include "core/triage/level.h"

#include <QColor>
#include <QIcon>
#include <QString>

#include <string_view>

namespace varde::ui
{

QString levelText(triage::Level level); // "Rød", "Gul", "Mulig feilmåling", "Mangler", "Grønn"
QColor levelColor(triage::Level level);
QColor levelTextColor(triage::Level level); // readable on levelColor
// Red: octagon with "!"; yellow: triangle with "!"; suspect: diamond with "?"; missing: hollow
// circle with a clock hand; green: circle with a tick.
QIcon levelIcon(triage::Level level, int size = 20);
// What the nurse did, from the acknowledgement's action key: "Ringte pasienten".
QString ackActionText(std::string_view key);

} // namespace varde::ui
