#pragma once
// Two plan versions made from the same base, one of them already in force on the server (a sync
// conflict, SYNC.md §2): which parts of the plan each side changed, and a new draft made from
// the server's version with the parts the user chose from their own. Parts are the areas of
// compare.h (limits, medicine measures, zone actions, goals, …); a part changed on both sides
// in different ways is a conflict that a person decides.

#include "core/plan/compare.h"
#include "core/plan/plan_version.h"

#include <map>
#include <span>
#include <vector>

namespace varde::plan
{

std::span<const ChangeArea> allChangeAreas();

enum class PartChange {
    Neither, // unchanged on both sides
    Mine, // changed only in the user's version
    Theirs, // changed only in the server's version
    BothAlike, // changed the same way on both sides
    Conflict, // changed differently on both sides: the user chooses
};

struct PartMerge {
    ChangeArea area;
    PartChange change = PartChange::Neither;
};

// Every area, in allChangeAreas() order.
std::vector<PartMerge> threeWay(
    const PlanVersion &base, const PlanVersion &mine, const PlanVersion &theirs);

// What the new draft keeps of an area: the version in force's, the user's, or both sides'
// changes (lists only: goals, measures, medicine measures, schedule, participants; the user's
// additions and removals made on top of the version in force).
enum class Keep { Theirs, Mine, Both };
bool canKeepBoth(ChangeArea area);
using Choices = std::map<ChangeArea, Keep>;

// The choices that need nobody: Mine for the areas changed only in `mine`. Conflicts are left
// out (the user must choose them); every other area keeps the version in force.
Choices obviousChoices(const std::vector<PartMerge> &parts);

// `theirs` with each area as chosen: the rules and content of the new draft (the caller gives
// it its id, status and base).
PlanVersion combine(const PlanVersion &base,
    const PlanVersion &mine,
    const PlanVersion &theirs,
    const Choices &choices);

} // namespace varde::plan
