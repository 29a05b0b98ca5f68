#pragma once
// The trial period ("oppstart"): the first 2–4 weeks under the service's default rule set,
// while the patient's habitual values are learned. The worklist shows the days left; near its
// end, and after it, a reminder says a personal plan should be drafted and sent to the GP.

#include <cstdint>
#include <optional>

namespace varde::plan
{

inline constexpr int reminderDaysBefore = 3;

struct TrialState {
    bool running = false; // within the trial period
    int daysLeft = 0; // whole Oslo days left (0 on the last day); negative when passed
    bool planReminder = false; // time to draft a personal plan and send it to the GP
};

// `planSent`: a personal plan is awaiting approval or active (then no reminder is needed).
TrialState trialState(
    std::int64_t startedAtMillis, int trialWeeks, std::int64_t nowMillis, bool planSent);

} // namespace varde::plan
