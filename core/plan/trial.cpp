#include "core/plan/trial.h"

#include "core/time/civil_time.h"

namespace varde::plan
{

TrialState trialState(
    std::int64_t startedAtMillis, int trialWeeks, std::int64_t nowMillis, bool planSent)
{
    using std::chrono::sys_days;
    const auto start = sys_days { time::osloDate(time::fromEpochMillis(startedAtMillis)) };
    const auto today = sys_days { time::osloDate(time::fromEpochMillis(nowMillis)) };
    const auto lastDay = start + std::chrono::days { 7 * trialWeeks - 1 };
    TrialState state;
    state.daysLeft = int((lastDay - today).count());
    state.running = today >= start && state.daysLeft >= 0;
    state.planReminder = !planSent && state.daysLeft <= reminderDaysBefore;
    return state;
}

} // namespace varde::plan
