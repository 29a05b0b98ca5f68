#include "core/trend/period_summary.h"

#include <algorithm>
#include <array>
#include <set>

namespace varde::trend
{

PeriodSummary summarize(std::span<const domain::Measurement> measurements,
    std::span<const HandledFinding> findings,
    std::int64_t fromMillis,
    std::int64_t toMillis)
{
    PeriodSummary out;
    out.fromMillis = fromMillis;
    out.toMillis = toMillis;

    struct Accumulator {
        KindSummary summary;
        double sum = 0;
    };
    std::array<Accumulator, domain::kindCount> perKind {};
    for (const auto &m : measurements) {
        if (m.measuredAtMillis < fromMillis || m.measuredAtMillis > toMillis)
            continue;
        if (!domain::isPlausible(m.kind, m.canonicalValue))
            continue;
        auto &acc = perKind[static_cast<std::size_t>(m.kind)];
        auto &s = acc.summary;
        const double v = m.canonicalValue;
        if (s.count == 0) {
            s.min = s.max = v;
        } else {
            s.min = std::min(s.min, v);
            s.max = std::max(s.max, v);
        }
        // The newest; of several at the same instant, the one that came last.
        if (s.count == 0 || m.measuredAtMillis >= s.latestAtMillis) {
            s.latest = v;
            s.latestAtMillis = m.measuredAtMillis;
        }
        ++s.count;
        acc.sum += v;
    }
    for (std::size_t k = 0; k < perKind.size(); ++k) {
        auto &acc = perKind[k];
        if (acc.summary.count == 0)
            continue;
        acc.summary.kind = static_cast<domain::KindId>(k);
        acc.summary.mean = acc.sum / static_cast<double>(acc.summary.count);
        out.kinds.push_back(acc.summary);
    }

    for (const auto &f : findings) {
        if (f.atMillis < fromMillis || f.atMillis > toMillis)
            continue;
        if (f.level == triage::Level::Red)
            ++out.red;
        else if (f.level == triage::Level::Yellow)
            ++out.yellow;
        else
            continue;
        if (f.actions.empty())
            ++out.unacknowledged;
        for (const auto &key : std::set<std::string>(f.actions.begin(), f.actions.end()))
            ++out.actions[key];
    }
    return out;
}

} // namespace varde::trend
