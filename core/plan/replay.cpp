#include "core/plan/replay.h"

#include "core/plan/schedule_rules.h"
#include "core/triage/triage_engine.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace varde::plan
{

ReplayCounts replayRules(const triage::RuleSet &rules,
    std::span<const ScheduleItem> schedule,
    std::span<const triage::Observation> observations,
    std::span<const triage::Answer> answers,
    time::Instant now,
    int days)
{
    std::vector<triage::Observation> obs(observations.begin(), observations.end());
    std::vector<triage::Answer> ans(answers.begin(), answers.end());
    std::sort(obs.begin(), obs.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    std::sort(ans.begin(), ans.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    const auto from = now - std::chrono::days { days };
    std::optional<time::Instant> firstData;
    if (!obs.empty())
        firstData = obs.front().time;
    if (!ans.empty() && (!firstData || ans.front().time < *firstData))
        firstData = ans.front().time;

    // The moments to judge at: the end of each Oslo day in the period, then now.
    std::vector<time::Instant> moments;
    for (auto day = time::osloDate(from);;
         day = std::chrono::sys_days { day } + std::chrono::days { 1 }) {
        const auto end
            = time::osloStartOfDay(std::chrono::sys_days { day } + std::chrono::days { 1 })
            - std::chrono::milliseconds { 1 };
        if (end >= now)
            break;
        if (end > from)
            moments.push_back(end);
    }
    moments.push_back(now);

    std::map<std::string, triage::Level> found; // finding id → level
    for (const auto moment : moments) {
        const auto obsEnd = std::upper_bound(obs.begin(), obs.end(), moment,
            [](time::Instant t, const auto &o) { return t < o.time; });
        const auto ansEnd = std::upper_bound(ans.begin(), ans.end(), moment,
            [](time::Instant t, const auto &a) { return t < a.time; });
        triage::TriageInput input;
        input.patientId = "replay";
        const auto set = withScheduleRules(rules, schedule, time::osloDate(moment));
        input.rules = &set;
        input.observations
            = std::span<const triage::Observation>(obs.data(), std::size_t(obsEnd - obs.begin()));
        input.answers
            = std::span<const triage::Answer>(ans.data(), std::size_t(ansEnd - ans.begin()));
        input.now = moment;
        const auto result = triage::triage(input);
        for (const auto &f : result.findings) {
            if (f.reason.time <= from || f.reason.time > now)
                continue;
            if (f.level() == triage::Level::Missing && (!firstData || f.reason.time < *firstData))
                continue;
            found.emplace(f.id, f.level());
        }
    }
    ReplayCounts counts;
    for (const auto &[id, level] : found) {
        switch (level) {
        case triage::Level::Red:
            ++counts.red;
            break;
        case triage::Level::Yellow:
            ++counts.yellow;
            break;
        case triage::Level::Suspect:
            ++counts.suspect;
            break;
        case triage::Level::Missing:
            ++counts.missing;
            break;
        case triage::Level::Green:
            break;
        }
    }
    return counts;
}

} // namespace varde::plan
