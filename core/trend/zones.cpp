#include "core/trend/zones.h"

#include <algorithm>
#include <variant>

namespace varde::trend
{
namespace
{

constexpr double tolerance = 1e-9; // as triage: limits are strict
bool below(double value, double limit) { return value < limit - tolerance; }
bool above(double value, double limit) { return value > limit + tolerance; }

// The most restrictive limit per side over every band rule of one kind: a value is red (yellow)
// under some rule exactly when it is red (yellow) under these, as triage takes the worst rule.
struct Limits {
    bool any = false;
    std::optional<double> yellowBelow, redBelow, yellowAbove, redAbove;
};

void raise(std::optional<double> &into, const std::optional<double> &limit)
{
    if (limit && (!into || *limit > *into))
        into = limit;
}

void lower(std::optional<double> &into, const std::optional<double> &limit)
{
    if (limit && (!into || *limit < *into))
        into = limit;
}

Limits limitsFor(const triage::RuleSet &rules, domain::KindId kind)
{
    Limits out;
    for (const auto &rule : rules.rules) {
        const auto *band = std::get_if<triage::BandRule>(&rule);
        if (!band || domain::kindForCode(band->code) != kind)
            continue;
        out.any = true;
        raise(out.yellowBelow, band->yellowBelow);
        raise(out.redBelow, band->redBelow);
        lower(out.yellowAbove, band->yellowAbove);
        lower(out.redAbove, band->redAbove);
    }
    return out;
}

triage::Level levelOf(const Limits &limits, double value)
{
    if ((limits.redBelow && below(value, *limits.redBelow))
        || (limits.redAbove && above(value, *limits.redAbove)))
        return triage::Level::Red;
    if ((limits.yellowBelow && below(value, *limits.yellowBelow))
        || (limits.yellowAbove && above(value, *limits.yellowAbove)))
        return triage::Level::Yellow;
    return triage::Level::Green;
}

struct Stretch {
    double low, high;
    triage::Level level;
    bool operator==(const Stretch &) const = default;
};

// The value axis [displayMin, displayMax] cut at every limit inside it, each piece judged at its
// middle (so limits that disagree or cross still give what triage would), equal neighbours merged.
std::vector<Stretch> stretches(const Limits &limits, double displayMin, double displayMax)
{
    std::vector<double> cuts { displayMin, displayMax };
    for (const auto &limit :
        { limits.redBelow, limits.yellowBelow, limits.yellowAbove, limits.redAbove })
        if (limit && *limit > displayMin && *limit < displayMax)
            cuts.push_back(*limit);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    std::vector<Stretch> out;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const double low = cuts[i], high = cuts[i + 1];
        const auto level = levelOf(limits, low + (high - low) / 2);
        if (!out.empty() && out.back().level == level)
            out.back().high = high;
        else
            out.push_back({ low, high, level });
    }
    return out;
}

} // namespace

std::vector<ZoneBand> zoneBands(std::span<const PlanPeriod> periods,
    domain::KindId kind,
    std::int64_t fromMillis,
    std::int64_t toMillis,
    double displayMin,
    double displayMax)
{
    std::vector<ZoneBand> out;
    if (toMillis < fromMillis || !(displayMin < displayMax))
        return out;

    // The previous period's bands, so that a following period with the same limits for this
    // kind (a plan change elsewhere) extends them rather than drawing a seam.
    std::vector<Stretch> previous;
    std::size_t previousFirst = 0;
    std::int64_t previousEnd = 0;

    for (const auto &period : periods) {
        const std::int64_t start = std::max(period.fromMillis, fromMillis);
        const std::int64_t end = std::min(period.untilMillis.value_or(toMillis), toMillis);
        // Outside the range, or only touching it at one instant of a range that has width.
        if (end < start || (end == start && fromMillis < toMillis))
            continue;
        const auto limits = period.rules ? limitsFor(*period.rules, kind) : Limits {};
        if (!limits.any) {
            previous.clear();
            continue;
        }
        auto pieces = stretches(limits, displayMin, displayMax);
        if (!previous.empty() && previousEnd == start && pieces == previous) {
            for (std::size_t i = previousFirst; i < out.size(); ++i)
                out[i].toMillis = end;
        } else {
            previousFirst = out.size();
            for (const auto &s : pieces)
                out.push_back({ start, end, s.low, s.high, s.level });
            previous = std::move(pieces);
        }
        previousEnd = end;
    }
    return out;
}

triage::Level zoneOf(const triage::RuleSet &rules, domain::KindId kind, double value)
{
    if (!domain::isPlausible(kind, value))
        return triage::Level::Suspect;
    return levelOf(limitsFor(rules, kind), value);
}

} // namespace varde::trend
