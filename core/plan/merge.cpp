#include "core/plan/merge.h"

#include "core/triage/case_json.h"

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

std::set<ChangeArea> obviousMine(const std::vector<PartMerge> &parts)
{
    std::set<ChangeArea> out;
    for (const auto &p : parts)
        if (p.change == PartChange::Mine)
            out.insert(p.area);
    return out;
}

PlanVersion combine(
    const PlanVersion &mine, const PlanVersion &theirs, const std::set<ChangeArea> &takeMine)
{
    PlanVersion out = theirs;
    for (const auto area : takeMine)
        copyArea(area, mine, out);
    return out;
}

} // namespace varde::plan
