// Deterioration episodes: what makes the demo worth triaging. Some end before the last day
// (acknowledged history for later issues), some are still going on this morning.
#include "core/demo/parts.h"

#include <algorithm>

namespace varde::demo::parts
{

void addEpisodes(Cohort &cohort, Random random)
{
    const int days = cohort.options.days;
    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        Random r = random.fork("patient/" + std::to_string(i));
        const auto add = [&](EpisodeKind kind, int minLength, int maxLength) {
            const int length = std::min(days, r.integer(minLength, maxLength));
            // A third are ongoing: they started a few days ago and reach the last day.
            const int start = r.chance(0.35) ? std::max(0, days - r.integer(2, 4))
                                             : r.integer(0, std::max(0, days - length - 3));
            cohort.episodes.push_back({ int(i), kind, start, length });
        };
        const auto &programmes = cohort.programmes[i];
        const auto has = [&](Programme p) {
            return std::find(programmes.begin(), programmes.end(), p) != programmes.end();
        };
        if (has(Programme::Copd) && r.chance(0.30))
            add(EpisodeKind::CopdExacerbation, 5, 10);
        if (has(Programme::HeartFailure) && r.chance(0.30))
            add(EpisodeKind::WeightGain, 4, 8);
        if (has(Programme::Diabetes) && r.chance(0.20))
            add(EpisodeKind::Hyperglycaemia, 2, 5);
        if (has(Programme::Cancer) && r.chance(0.25))
            add(EpisodeKind::Fever, 2, 4);
        // Some device errors happen this morning, so the demo shows a value to measure again.
        if (r.chance(0.05))
            cohort.episodes.push_back({ int(i), EpisodeKind::DeviceError,
                r.chance(0.4) ? days - 1 : r.integer(0, days - 1), 1 });
    }
}

} // namespace varde::demo::parts
