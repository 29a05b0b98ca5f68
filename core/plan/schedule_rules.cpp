#include "core/plan/schedule_rules.h"

#include "core/domain/measurement_kind.h"

namespace varde::plan
{

triage::RuleSet withScheduleRules(
    const triage::RuleSet &rules, std::span<const ScheduleItem> schedule, time::LocalDate day)
{
    triage::RuleSet set = rules;
    const unsigned weekday = std::chrono::weekday { std::chrono::sys_days { day } }.iso_encoding();
    for (const auto &entry : schedule) {
        if ((entry.daysOfWeek & (1 << (weekday - 1))) == 0 || !entry.dueByMinute)
            continue;
        triage::MissingRule rule;
        rule.dueByMinute = entry.dueByMinute;
        if (entry.item.rfind("question:", 0) == 0)
            rule.question = entry.item.substr(9);
        else if (auto kind = domain::kindForKey(entry.item))
            rule.code = std::string(domain::kindInfo(*kind).primaryCode);
        else
            continue;
        set.rules.push_back(rule);
    }
    return set;
}

} // namespace varde::plan
