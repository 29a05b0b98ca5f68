#include "core/plan/compare.h"

#include "core/plan/plan_text.h"
#include "core/triage/reason_text.h"

#include <map>
#include <set>

namespace varde::plan
{
namespace
{

using Keyed = std::map<std::string, std::string>; // key → line, in key order

// Adds a change for each key whose line differs between the two maps.
void diff(
    std::vector<PlanChange> &out, ChangeArea area, bool approval, const Keyed &a, const Keyed &b)
{
    std::set<std::string> keys;
    for (const auto &[k, v] : a)
        keys.insert(k);
    for (const auto &[k, v] : b)
        keys.insert(k);
    for (const auto &key : keys) {
        const auto ia = a.find(key);
        const auto ib = b.find(key);
        const std::string before = ia == a.end() ? "" : ia->second;
        const std::string after = ib == b.end() ? "" : ib->second;
        if (before == after)
            continue;
        std::string text = before.empty() ? "Ny: " + after
            : after.empty()               ? "Fjernet: " + before
                                          : "Endret: " + before + " ⇒ " + after;
        out.push_back({ area, std::move(text), before, after, approval });
    }
}

Keyed ruleLines(const std::vector<triage::Rule> &rules)
{
    Keyed out;
    for (const auto &rule : rules)
        for (auto &[key, line] : ruleLinesNb(rule)) {
            // Two rules of one kind and code (rare) keep both lines apart.
            auto unique = key;
            for (int n = 2; out.count(unique); ++n)
                unique = key + "#" + std::to_string(n);
            out[unique] = line;
        }
    return out;
}

template <typename T, typename Text> Keyed listed(const std::vector<T> &items, Text text)
{
    Keyed out;
    for (const auto &item : items) {
        const auto line = text(item);
        out[line] = line; // matched by their text: a changed item reads as removed and new
    }
    return out;
}

std::string dateNb(const std::optional<std::chrono::year_month_day> &d)
{
    if (!d)
        return "";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02u.%02u.%04d", unsigned(d->day()), unsigned(d->month()),
        int(d->year()));
    return buffer;
}

} // namespace

std::vector<PlanChange> comparePlans(const PlanVersion &before, const PlanVersion &after)
{
    std::vector<PlanChange> out;
    diff(out, ChangeArea::Limit, true, ruleLines(before.rules), ruleLines(after.rules));
    const auto medicine = [](const MedicineMeasure &m) {
        return "Medisin ved " + zoneNameNb(m.zone) + ": " + m.text;
    };
    diff(out, ChangeArea::Medicine, true, listed(before.content.medicines, medicine),
        listed(after.content.medicines, medicine));

    Keyed zonesA, zonesB;
    for (Zone zone : allZones) {
        const auto z = zoneKey(zone);
        const auto name = zoneNameNb(zone);
        const auto put = [&](Keyed &k, const PlanContent &c) {
            if (!c.actions(zone).patient.empty())
                k[std::string(z) + "/patient"]
                    = "Pasienten ved " + name + ": " + c.actions(zone).patient;
            if (!c.actions(zone).service.empty())
                k[std::string(z) + "/service"]
                    = "Oppfølgingstjenesten ved " + name + ": " + c.actions(zone).service;
        };
        put(zonesA, before.content);
        put(zonesB, after.content);
    }
    diff(out, ChangeArea::ZoneAction, false, zonesA, zonesB);

    const auto goal = [](const Goal &g) {
        std::string line = "Mål: " + g.text;
        for (const auto &s : g.subGoals)
            line += "; " + s;
        return line;
    };
    diff(out, ChangeArea::Goal, false, listed(before.content.goals, goal),
        listed(after.content.goals, goal));
    const auto measure = [](const Measure &m) { return measureAreaNb(m.area) + ": " + m.text; };
    diff(out, ChangeArea::Measure, false, listed(before.content.measures, measure),
        listed(after.content.measures, measure));

    Keyed schedA, schedB;
    for (const auto &s : before.content.schedule)
        schedA[s.item] = "Måling: " + scheduleItemNb(s.item) + " " + scheduleWhenNb(s);
    for (const auto &s : after.content.schedule)
        schedB[s.item] = "Måling: " + scheduleItemNb(s.item) + " " + scheduleWhenNb(s);
    diff(out, ChangeArea::Schedule, false, schedA, schedB);

    const auto single = [&](ChangeArea area, const std::string &a, const std::string &b) {
        diff(out, area, false, a.empty() ? Keyed {} : Keyed { { "x", a } },
            b.empty() ? Keyed {} : Keyed { { "x", b } });
    };
    single(ChangeArea::TrialPeriod,
        "Utprøvingsperiode " + std::to_string(before.content.trialWeeks) + " uker",
        "Utprøvingsperiode " + std::to_string(after.content.trialWeeks) + " uker");
    const auto evaluation = [](const PlanContent &c) {
        return c.evaluationDate ? "Evaluering " + dateNb(c.evaluationDate) : std::string();
    };
    single(ChangeArea::Evaluation, evaluation(before.content), evaluation(after.content));
    single(ChangeArea::Evaluation,
        before.content.evaluationNotes.empty()
            ? ""
            : "Evalueringsnotat: " + before.content.evaluationNotes,
        after.content.evaluationNotes.empty()
            ? ""
            : "Evalueringsnotat: " + after.content.evaluationNotes);
    const auto participant = [](const Participant &p) {
        return "Deltaker: " + p.name + " (" + participantRoleNb(p.role) + ")";
    };
    diff(out, ChangeArea::Participant, false, listed(before.content.participants, participant),
        listed(after.content.participants, participant));
    return out;
}

} // namespace varde::plan
