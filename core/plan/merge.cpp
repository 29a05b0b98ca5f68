#include "core/plan/merge.h"

#include "core/triage/case_json.h"

#include <algorithm>
#include <array>

namespace varde::plan
{
namespace
{

constexpr std::array areas { ChangeArea::Limit, ChangeArea::Medicine, ChangeArea::ZoneAction,
    ChangeArea::Goal, ChangeArea::Measure, ChangeArea::Schedule, ChangeArea::TrialPeriod,
    ChangeArea::Evaluation, ChangeArea::Participant };

bool sameArea(ChangeArea area, const PlanVersion &a, const PlanVersion &b)
{
    const auto &x = a.content;
    const auto &y = b.content;
    switch (area) {
    case ChangeArea::Limit:
        return triage::rulesToJson(a.rules) == triage::rulesToJson(b.rules);
    case ChangeArea::Medicine:
        return x.medicines == y.medicines;
    case ChangeArea::ZoneAction:
        return x.zones == y.zones;
    case ChangeArea::Goal:
        return x.goals == y.goals;
    case ChangeArea::Measure:
        return x.measures == y.measures;
    case ChangeArea::Schedule:
        return x.schedule == y.schedule;
    case ChangeArea::TrialPeriod:
        return x.trialWeeks == y.trialWeeks;
    case ChangeArea::Evaluation:
        return x.evaluationDate == y.evaluationDate && x.evaluationNotes == y.evaluationNotes;
    case ChangeArea::Participant:
        return x.participants == y.participants;
    }
    return true;
}

void copyArea(ChangeArea area, const PlanVersion &from, PlanVersion &to)
{
    const auto &x = from.content;
    auto &y = to.content;
    switch (area) {
    case ChangeArea::Limit:
        to.rules = from.rules;
        break;
    case ChangeArea::Medicine:
        y.medicines = x.medicines;
        break;
    case ChangeArea::ZoneAction:
        y.zones = x.zones;
        break;
    case ChangeArea::Goal:
        y.goals = x.goals;
        break;
    case ChangeArea::Measure:
        y.measures = x.measures;
        break;
    case ChangeArea::Schedule:
        y.schedule = x.schedule;
        break;
    case ChangeArea::TrialPeriod:
        y.trialWeeks = x.trialWeeks;
        break;
    case ChangeArea::Evaluation:
        y.evaluationDate = x.evaluationDate;
        y.evaluationNotes = x.evaluationNotes;
        break;
    case ChangeArea::Participant:
        y.participants = x.participants;
        break;
    }
}

// The version in force's list, without what the user removed from the base, with what she
// added (once).
template <typename T>
void mergeList(const std::vector<T> &base, const std::vector<T> &mine, std::vector<T> &out)
{
    const auto has = [](const std::vector<T> &list, const T &item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    };
    std::vector<T> kept;
    for (const auto &item : out)
        if (!(has(base, item) && !has(mine, item)))
            kept.push_back(item);
    for (const auto &item : mine)
        if (!has(base, item) && !has(kept, item))
            kept.push_back(item);
    out = std::move(kept);
}

void keepBoth(ChangeArea area, const PlanContent &base, const PlanContent &mine, PlanContent &out)
{
    switch (area) {
    case ChangeArea::Goal:
        mergeList(base.goals, mine.goals, out.goals);
        break;
    case ChangeArea::Measure:
        mergeList(base.measures, mine.measures, out.measures);
        break;
    case ChangeArea::Medicine:
        mergeList(base.medicines, mine.medicines, out.medicines);
        break;
    case ChangeArea::Schedule:
        mergeList(base.schedule, mine.schedule, out.schedule);
        break;
    case ChangeArea::Participant:
        mergeList(base.participants, mine.participants, out.participants);
        break;
    default:
        break;
    }
}

} // namespace

std::span<const ChangeArea> allChangeAreas() { return areas; }

std::vector<PartMerge> threeWay(
    const PlanVersion &base, const PlanVersion &mine, const PlanVersion &theirs)
{
    std::vector<PartMerge> out;
    for (const auto area : areas) {
        const bool mineChanged = !sameArea(area, base, mine);
        const bool theirsChanged = !sameArea(area, base, theirs);
        PartChange change = PartChange::Neither;
        if (mineChanged && theirsChanged)
            change = sameArea(area, mine, theirs) ? PartChange::BothAlike : PartChange::Conflict;
        else if (mineChanged)
            change = PartChange::Mine;
        else if (theirsChanged)
            change = PartChange::Theirs;
        out.push_back({ area, change });
    }
    return out;
}

bool canKeepBoth(ChangeArea area)
{
    return area == ChangeArea::Goal || area == ChangeArea::Measure || area == ChangeArea::Medicine
        || area == ChangeArea::Schedule || area == ChangeArea::Participant;
}

Choices obviousChoices(const std::vector<PartMerge> &parts)
{
    Choices out;
    for (const auto &p : parts)
        if (p.change == PartChange::Mine)
            out[p.area] = Keep::Mine;
    return out;
}

PlanVersion combine(const PlanVersion &base,
    const PlanVersion &mine,
    const PlanVersion &theirs,
    const Choices &choices)
{
    PlanVersion out = theirs;
    for (const auto &[area, keep] : choices) {
        if (keep == Keep::Mine)
            copyArea(area, mine, out);
        else if (keep == Keep::Both && canKeepBoth(area))
            keepBoth(area, base.content, mine.content, out.content);
    }
    return out;
}

} // namespace varde::plan
