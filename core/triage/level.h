#pragma once
// The traffic light and its order of urgency: red > yellow > suspect > missing > green.

#include <optional>
#include <string_view>

namespace varde::triage
{

// Declared in rising urgency, so comparing two levels compares urgency.
enum class Level { Green, Missing, Suspect, Yellow, Red };

std::string_view levelKey(Level level); // "green", "missing", "suspect", "yellow", "red"
std::optional<Level> levelFromKey(std::string_view key);
inline int urgencyRank(Level level) { return static_cast<int>(level); }

} // namespace varde::triage
