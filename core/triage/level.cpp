#include "core/triage/level.h"

namespace varde::triage
{

std::string_view levelKey(Level level)
{
    switch (level) {
    case Level::Green:
        return "green";
    case Level::Missing:
        return "missing";
    case Level::Suspect:
        return "suspect";
    case Level::Yellow:
        return "yellow";
    case Level::Red:
        return "red";
    }
    return "green";
}

std::optional<Level> levelFromKey(std::string_view key)
{
    for (auto level : { Level::Green, Level::Missing, Level::Suspect, Level::Yellow, Level::Red })
        if (levelKey(level) == key)
            return level;
    return std::nullopt;
}

} // namespace varde::triage
