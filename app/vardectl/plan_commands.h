#pragma once
// `vardectl plan suggest` and `vardectl plan replay`: the plan's suggestion and replay without
// the GUI, in the JSON contract of core/plan/command_json.h.
#include <string>
#include <vector>

namespace varde::cli
{
// positional[0] is "suggest" or "replay", positional[1] the file or "-". Exit code.
int runPlan(const std::vector<std::string> &positional, bool help);
} // namespace varde::cli
