#include "core/plan/suggest.h"

#include "core/domain/measurement_kind.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace varde::plan
{
namespace
{

using domain::KindId;

// How each kind is limited: which sides, the least distances, the safety limits, rounding.
struct Shape {
    bool low = false, high = false;
    double minYellow = 0, minRed = 0; // least distance from the level
    double minSpread = 0; // the measuring resolution: spread is never taken as less
    std::optional<double> redBelowAtLeast; // the red low limit is never lower than this
    std::optional<double> redAboveAtMost; // the red high limit is never higher than this
    double step = 1; // limits are rounded to this
};

std::optional<Shape> shapeOf(KindId kind)
{
    switch (kind) {
    case KindId::OxygenSaturation:
        return Shape { true, false, 3, 6, 1, 86.0, std::nullopt, 1 };
    case KindId::Pulse:
        return Shape { true, true, 20, 40, 3, 41.0, 130.0, 1 };
    case KindId::Systolic:
        return Shape { true, true, 25, 40, 5, 91.0, 219.0, 1 };
    case KindId::Diastolic:
        return Shape { false, true, 15, 25, 3, std::nullopt, 130.0, 1 };
    case KindId::Temperature:
        return Shape { false, true, 1.2, 2.0, 0.2, std::nullopt, 39.0, 0.1 };
    case KindId::Glucose:
        return Shape { false, true, 5, 9, 0.5, std::nullopt, 25.0, 0.1 };
    case KindId::RespiratoryRate:
        return Shape { false, true, 6, 10, 1, std::nullopt, 25.0, 1 };
    case KindId::Weight:
        return std::nullopt; // a change rule, below
    }
    return std::nullopt;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double rounded(double value, double step) { return std::round(value / step) * step; }

std::vector<std::string> componentCodes(const std::vector<std::string> &codes)
{
    std::vector<std::string> out;
    for (const auto &code : codes) {
        if (domain::isBloodPressurePanel(code)) {
            out.push_back(std::string(domain::kindInfo(KindId::Systolic).primaryCode));
            out.push_back(std::string(domain::kindInfo(KindId::Diastolic).primaryCode));
        } else
            out.push_back(code);
    }
    return out;
}

} // namespace

Suggestion suggestLimits(const std::vector<std::string> &codes,
    std::span<const triage::Observation> observations,
    time::Instant now)
{
    Suggestion out;
    out.method = "Vanlig nivå er medianen av målingene i utprøvingsperioden, spredningen er "
                 "1,4826 × median absolutt avvik (Leys m.fl. 2013). Gul grense ligger 2 og rød 3 "
                 "spredninger fra vanlig nivå, men aldri nærmere enn en minste avstand per "
                 "måletype og aldri løsere enn faste sikkerhetsgrenser (NEWS2, 3 poeng). "
                 "Blodsukker har faste grenser for lavt blodsukker (4,0 og 3,0 mmol/L); vekt "
                 "følger hjertesviktregelen 2 kg på 3 døgn (ESC/HFA). Minst "
        + std::to_string(suggestMinValues) + " målinger på " + std::to_string(suggestMinDays)
        + " ulike dager trengs. Forslaget må godkjennes av lege før det gjelder.";
    std::set<std::string> seen;
    for (const auto &code : componentCodes(codes)) {
        if (!seen.insert(code).second)
            continue;
        KindBasis basis;
        basis.code = code;
        const auto kind = domain::kindForCode(code);
        if (!kind) {
            basis.note = "ukjent måletype: " + code;
            out.basis.push_back(basis);
            continue;
        }
        std::vector<double> values;
        std::set<time::LocalDate> days;
        for (const auto &o : observations)
            if (o.kind == kind && o.time <= now && domain::isPlausible(*kind, o.value)) {
                values.push_back(o.value);
                days.insert(time::osloDate(o.time));
            }
        basis.n = int(values.size());
        basis.days = int(days.size());
        if (basis.n < suggestMinValues || basis.days < suggestMinDays) {
            basis.note = "for få målinger: " + std::to_string(basis.n) + " på "
                + std::to_string(basis.days) + " dager (trenger minst "
                + std::to_string(suggestMinValues) + " på " + std::to_string(suggestMinDays)
                + " dager)";
            out.basis.push_back(basis);
            continue;
        }
        const double level = median(values);
        std::vector<double> deviations;
        for (double v : values)
            deviations.push_back(std::abs(v - level));
        const double mad = 1.4826 * median(deviations);
        basis.level = level;
        basis.spread = mad;
        out.basis.push_back(basis);

        if (*kind == KindId::Weight) {
            out.rules.push_back(
                triage::ChangeRule { code, 72.0, 2.0, 3.0, std::nullopt, std::nullopt });
            continue;
        }
        const auto shape = shapeOf(*kind);
        if (!shape)
            continue;
        const double spread = std::max(mad, shape->minSpread);
        const double yellow = std::max(shape->minYellow, 2 * spread);
        const double red = std::max(shape->minRed, 3 * spread);
        triage::BandRule rule { code, std::nullopt, std::nullopt, std::nullopt, std::nullopt };
        if (*kind == KindId::Glucose) {
            rule.yellowBelow = 4.0;
            rule.redBelow = 3.0;
        } else if (shape->low) {
            double redBelow = rounded(level - red, shape->step);
            if (shape->redBelowAtLeast)
                redBelow = std::max(redBelow, *shape->redBelowAtLeast);
            rule.redBelow = redBelow;
            rule.yellowBelow
                = std::max(rounded(level - yellow, shape->step), redBelow + shape->step);
        }
        if (shape->high) {
            double redAbove = rounded(level + red, shape->step);
            if (shape->redAboveAtMost)
                redAbove = std::min(redAbove, *shape->redAboveAtMost);
            rule.redAbove = redAbove;
            rule.yellowAbove
                = std::min(rounded(level + yellow, shape->step), redAbove - shape->step);
        }
        out.rules.push_back(rule);
    }
    return out;
}

} // namespace varde::plan
