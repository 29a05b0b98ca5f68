#include "core/triage/triage_engine.h"

#include "core/common/uuid.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>

namespace varde::triage
{
namespace
{

using namespace std::chrono;

constexpr double tolerance = 1e-9;
constexpr double jumpKg = 5.0;
constexpr auto jumpWindow = hours { 24 };

bool below(double value, double limit) { return value < limit - tolerance; }
bool above(double value, double limit) { return value > limit + tolerance; }

milliseconds hoursToDuration(double h)
{
    return milliseconds { static_cast<std::int64_t>(h * 3600.0 * 1000.0 + 0.5) };
}

std::string normalise(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    std::string out(text.substr(first, last - first + 1));
    for (auto &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out; // ASCII lower-casing; answers compare in the plan's own spelling otherwise
}

// A rule's code matches a measurement of the same kind, or exactly that code when the code is
// outside the catalogue.
struct CodeMatcher {
    std::string code;
    std::optional<domain::KindId> kind;

    explicit CodeMatcher(const std::string &c)
        : code(c)
        , kind(domain::kindForCode(c))
    {
    }
    bool matches(const Observation &o) const
    {
        return kind ? o.kind == kind : (!o.kind && o.code == code);
    }
};

// One slot per kind, and a last one for codes outside the catalogue.
constexpr std::size_t seriesSlots = domain::kindCount + 1;

std::size_t slotOf(const Observation &o)
{
    return o.kind ? static_cast<std::size_t>(*o.kind) : seriesSlots - 1;
}

struct Judged {
    const Observation *observation;
    std::int64_t at = 0; // epoch milliseconds
    bool implausible = false;
    bool jump = false;
    bool suspect() const { return implausible || jump; }
};

class Engine
{
public:
    explicit Engine(const TriageInput &input)
        : m_in(input)
    {
        // By measured series (kind, or code outside the catalogue), then time: each rule walks
        // one series in order. A bucket pass by kind first; the input is nearly always in time
        // order already, so most series need no comparison sort at all.
        std::array<std::size_t, seriesSlots> counts {};
        for (const auto &o : input.observations)
            ++counts[slotOf(o)];
        std::size_t offset = 0;
        for (std::size_t k = 0; k < seriesSlots; ++k) {
            m_begin[k] = offset;
            offset += counts[k];
            m_end[k] = m_begin[k];
        }
        m_obs.resize(input.observations.size());
        for (const auto &o : input.observations) {
            auto &slotEnd = m_end[slotOf(o)];
            m_obs[slotEnd++] = { &o, time::toEpochMillis(o.time) };
        }
        for (std::size_t k = 0; k < seriesSlots; ++k) {
            const auto first = m_obs.begin() + std::ptrdiff_t(m_begin[k]);
            const auto last = m_obs.begin() + std::ptrdiff_t(m_end[k]);
            const auto earlier = [k](const Judged &a, const Judged &b) {
                if (k == seriesSlots - 1 && a.observation->code != b.observation->code)
                    return a.observation->code < b.observation->code;
                if (a.at != b.at)
                    return a.at < b.at;
                return a.observation->id < b.observation->id;
            };
            if (!std::is_sorted(first, last, earlier))
                std::sort(first, last, earlier);
        }
        // Answers lower-cased and trimmed once, grouped by question in order of appearance.
        m_answers.reserve(input.answers.size());
        for (const auto &a : input.answers)
            m_answers.push_back({ &a, normalise(a.answer) });
        std::stable_sort(m_answers.begin(), m_answers.end(),
            [](const auto &x, const auto &y) { return x.answer->question < y.answer->question; });
        markSuspects();
    }

    TriageResult run()
    {
        for (const auto &j : m_obs)
            if (j.suspect())
                addSuspect(j);
        const auto &rules = m_in.rules->rules;
        for (int index = 0; index < static_cast<int>(rules.size()); ++index) {
            std::visit([&](const auto &rule) { apply(rule, index); }, rules[std::size_t(index)]);
        }
        return finish();
    }

private:
    void markSuspects()
    {
        const Judged *previousWeight = nullptr;
        for (auto &j : m_obs) {
            const auto &o = *j.observation;
            if (!o.kind)
                continue;
            j.implausible = !domain::isPlausible(*o.kind, o.value);
            if (*o.kind == domain::KindId::Weight) {
                if (previousWeight && o.time - previousWeight->observation->time <= jumpWindow
                    && std::abs(o.value - previousWeight->observation->value) > jumpKg + tolerance)
                    j.jump = true;
                previousWeight = &j;
            }
        }
    }

    // The series of one rule's code, in time order.
    template <typename Visit> void forSeries(const CodeMatcher &matcher, Visit visit)
    {
        const std::size_t series = matcher.kind ? std::size_t(*matcher.kind) : seriesSlots - 1;
        for (std::size_t i = m_begin[series]; i < m_end[series]; ++i)
            if (matcher.kind || matcher.matches(*m_obs[i].observation))
                visit(m_obs[i]);
    }

    struct NormalisedAnswer {
        const Answer *answer;
        std::string normalised;
    };

    // The answers to one question.
    std::pair<std::vector<NormalisedAnswer>::const_iterator,
        std::vector<NormalisedAnswer>::const_iterator>
    answersTo(const std::string &question) const
    {
        return std::equal_range(m_answers.begin(), m_answers.end(), question, Less {});
    }

    struct Less {
        bool operator()(const NormalisedAnswer &a, const std::string &q) const
        {
            return a.answer->question < q;
        }
        bool operator()(const std::string &q, const NormalisedAnswer &a) const
        {
            return q < a.answer->question;
        }
    };

    Reason baseReason(RuleType type,
        Level level,
        const std::string &code,
        std::optional<domain::KindId> kind,
        const Observation *o)
    {
        Reason r;
        r.type = type;
        r.level = level;
        r.code = code;
        r.kind = kind;
        if (o) {
            r.value = o->value;
            r.unit = kind ? std::string(domain::kindInfo(*kind).canonicalUnit) : o->unit;
            r.time = o->time;
        } else if (kind) {
            r.unit = std::string(domain::kindInfo(*kind).canonicalUnit);
        }
        return r;
    }

    void add(
        int ruleIndex, const std::string &trigger, const std::string &observationId, Reason reason)
    {
        Finding f;
        f.id = findingId(m_in.patientId, m_in.rules->versionId, ruleIndex, trigger);
        f.ruleIndex = ruleIndex;
        f.ruleSetVersion = m_in.rules->versionId;
        f.observationId = observationId;
        f.reason = std::move(reason);
        m_findings.push_back(std::move(f));
    }

    void addSuspect(const Judged &j)
    {
        const auto &o = *j.observation;
        auto r = baseReason(RuleType::Suspect, Level::Suspect, o.code, o.kind, &o);
        r.cause = j.implausible ? SuspectCause::Implausible : SuspectCause::Jump;
        const auto &info = domain::kindInfo(*o.kind);
        r.plausibleMin = info.plausibleMin;
        r.plausibleMax = info.plausibleMax;
        if (j.jump) {
            // The previous weight is the reference of a jump.
            const Judged *previous = nullptr;
            for (const auto &other : m_obs) {
                if (&other == &j)
                    break;
                if (other.observation->kind == o.kind)
                    previous = &other;
            }
            if (previous) {
                r.reference = previous->observation->value;
                r.referenceTime = previous->observation->time;
            }
        }
        // A later plausible value of the same kind closes a suspect finding: the patient
        // measured again, and that value is judged in its own right.
        bool superseded = false;
        for (const auto &other : m_obs)
            if (other.observation->kind == o.kind && other.observation->time > o.time
                && !other.suspect())
                superseded = true;
        add(-1, "suspect/" + o.id, o.id, std::move(r));
        if (superseded)
            m_findings.back().open = false;
    }

    void apply(const BandRule &rule, int index)
    {
        const CodeMatcher matcher(rule.code);
        forSeries(matcher, [&](const Judged &j) {
            if (j.implausible)
                return; // judged by no other rule; a jumped weight is still judged here
            const double v = j.observation->value;
            Level level = Level::Green;
            double limit = 0;
            Direction direction = Direction::Below;
            const auto consider = [&](const std::optional<double> &l, Level candidate, bool low) {
                if (l && (low ? below(v, *l) : above(v, *l)) && candidate > level) {
                    level = candidate;
                    limit = *l;
                    direction = low ? Direction::Below : Direction::Above;
                }
            };
            consider(rule.yellowBelow, Level::Yellow, true);
            consider(rule.yellowAbove, Level::Yellow, false);
            consider(rule.redBelow, Level::Red, true);
            consider(rule.redAbove, Level::Red, false);
            if (level == Level::Green)
                return;
            auto r = baseReason(RuleType::Band, level, rule.code, matcher.kind, j.observation);
            r.limit = limit;
            r.direction = direction;
            add(index, j.observation->id, j.observation->id, std::move(r));
        });
    }

    void apply(const BaselineRule &rule, int index)
    {
        const CodeMatcher matcher(rule.code);
        forSeries(matcher, [&](const Judged &j) {
            if (j.suspect())
                return;
            const double v = j.observation->value;
            const double drop = rule.baseline - v;
            const double rise = v - rule.baseline;
            Level level = Level::Green;
            double limit = 0;
            Direction direction = Direction::Down;
            const auto consider = [&](const std::optional<double> &l, Level candidate, bool down) {
                if (l && above(down ? drop : rise, *l) && candidate > level) {
                    level = candidate;
                    limit = *l;
                    direction = down ? Direction::Down : Direction::Up;
                }
            };
            consider(rule.yellowDrop, Level::Yellow, true);
            consider(rule.yellowRise, Level::Yellow, false);
            consider(rule.redDrop, Level::Red, true);
            consider(rule.redRise, Level::Red, false);
            if (level == Level::Green)
                return;
            auto r = baseReason(RuleType::Baseline, level, rule.code, matcher.kind, j.observation);
            r.limit = limit;
            r.direction = direction;
            r.reference = rule.baseline;
            add(index, j.observation->id, j.observation->id, std::move(r));
        });
    }

    void apply(const ChangeRule &rule, int index)
    {
        const CodeMatcher matcher(rule.code);
        const auto window = hoursToDuration(rule.windowHours);
        std::vector<const Judged *> series;
        forSeries(matcher, [&](const Judged &j) {
            if (!j.suspect())
                series.push_back(&j);
        });
        std::size_t windowStart = 0;
        for (std::size_t i = 0; i < series.size(); ++i) {
            const auto &o = *series[i]->observation;
            while (windowStart < i && series[windowStart]->observation->time < o.time - window)
                ++windowStart; // the window includes its edge
            const Observation *lowest = nullptr;
            const Observation *highest = nullptr;
            for (std::size_t k = windowStart; k < i; ++k) {
                const auto *earlier = series[k]->observation;
                if (earlier->time >= o.time)
                    continue; // strictly earlier only
                if (!lowest || earlier->value < lowest->value)
                    lowest = earlier;
                if (!highest || earlier->value > highest->value)
                    highest = earlier;
            }
            if (!lowest)
                continue;
            Level level = Level::Green;
            double limit = 0;
            Direction direction = Direction::Up;
            const Observation *reference = nullptr;
            const auto consider = [&](const std::optional<double> &l, Level candidate, bool up) {
                const double difference = up ? o.value - lowest->value : highest->value - o.value;
                if (l && above(difference, *l) && candidate > level) {
                    level = candidate;
                    limit = *l;
                    direction = up ? Direction::Up : Direction::Down;
                    reference = up ? lowest : highest;
                }
            };
            consider(rule.yellowRise, Level::Yellow, true);
            consider(rule.yellowFall, Level::Yellow, false);
            consider(rule.redRise, Level::Red, true);
            consider(rule.redFall, Level::Red, false);
            if (level == Level::Green)
                continue;
            auto r = baseReason(RuleType::Change, level, rule.code, matcher.kind, &o);
            r.limit = limit;
            r.direction = direction;
            r.reference = reference->value;
            r.referenceTime = reference->time;
            r.windowHours = rule.windowHours;
            add(index, o.id, o.id, std::move(r));
        }
    }

    void apply(const AnswerRule &rule, int index)
    {
        std::vector<std::string> red, yellow;
        for (const auto &a : rule.redIf)
            red.push_back(normalise(a));
        for (const auto &a : rule.yellowIf)
            yellow.push_back(normalise(a));
        const auto [first, last] = answersTo(rule.question);
        for (auto it = first; it != last; ++it) {
            const Answer &answer = *it->answer;
            const std::string &given = it->normalised;
            const bool isRed = std::find(red.begin(), red.end(), given) != red.end();
            const bool isYellow = std::find(yellow.begin(), yellow.end(), given) != yellow.end();
            if (!isRed && !isYellow)
                continue;
            Reason r;
            r.type = RuleType::Answer;
            r.level = isRed ? Level::Red : Level::Yellow;
            r.question = rule.question;
            r.answer = answer.answer;
            r.time = answer.time;
            add(index, answer.id, answer.id, std::move(r));
        }
    }

    void apply(const MissingRule &rule, int index)
    {
        if (m_in.paused)
            return;
        std::optional<time::Instant> last;
        const auto consider = [&](time::Instant t) {
            if (!last || t > *last)
                last = t;
        };
        std::optional<domain::KindId> kind;
        if (!rule.code.empty()) {
            const CodeMatcher matcher(rule.code);
            kind = matcher.kind;
            forSeries(matcher, [&](const Judged &j) { consider(j.observation->time); });
        } else {
            const auto [from, to] = answersTo(rule.question);
            for (auto it = from; it != to; ++it)
                consider(it->answer->time);
        }
        Reason r = baseReason(RuleType::Missing, Level::Missing, rule.code, kind, nullptr);
        r.question = rule.question;
        if (rule.dueByMinute) {
            const auto today = time::osloDate(m_in.now);
            const auto due = time::fromOslo(today, minutes { *rule.dueByMinute });
            if (m_in.now < due)
                return;
            if (last && *last >= time::osloStartOfDay(today))
                return;
            r.dueByMinute = rule.dueByMinute;
            r.time = due;
            if (last)
                r.referenceTime = last;
            r.neverMeasured = !last;
            add(index, "due/" + time::formatIsoUtc(due), {}, std::move(r));
        } else if (rule.everyHours) {
            r.everyHours = rule.everyHours;
            if (!last) {
                r.time = m_in.now;
                r.neverMeasured = true;
                add(index, "never", {}, std::move(r));
                return;
            }
            const auto dueAt = *last + hoursToDuration(*rule.everyHours);
            if (m_in.now <= dueAt)
                return; // missing only when more than that many hours have passed
            r.time = dueAt;
            r.referenceTime = last;
            add(index, "every/" + time::formatIsoUtc(dueAt), {}, std::move(r));
        }
    }

    TriageResult finish()
    {
        TriageResult result;
        for (auto &f : m_findings) {
            if (m_in.acknowledgedUntil && f.reason.time <= *m_in.acknowledgedUntil)
                f.open = false;
            if (m_in.acknowledged && m_in.acknowledged->count(f.id))
                f.open = false;
        }
        std::stable_sort(
            m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
                if (a.open != b.open)
                    return a.open;
                if (a.level() != b.level())
                    return a.level() > b.level();
                if (a.reason.time != b.reason.time)
                    return a.reason.time < b.reason.time;
                return a.ruleIndex < b.ruleIndex;
            });
        for (const auto &f : m_findings) {
            if (!f.open)
                break;
            ++result.openCount;
            result.status = std::max(result.status, f.level());
        }
        result.findings = std::move(m_findings);
        return result;
    }

    const TriageInput &m_in;
    std::vector<Judged> m_obs;
    // [begin, end) in m_obs of each series.
    std::array<std::size_t, seriesSlots> m_begin {};
    std::array<std::size_t, seriesSlots> m_end {};
    std::vector<NormalisedAnswer> m_answers;

    std::vector<Finding> m_findings;
};

} // namespace

std::string findingId(const std::string &patientId,
    const std::string &ruleSetVersion,
    int ruleIndex,
    const std::string &trigger)
{
    char index[16];
    const auto end = std::to_chars(index, index + sizeof index, ruleIndex).ptr;
    return nameUuid("varde-finding",
        { patientId, ruleSetVersion, std::string_view(index, std::size_t(end - index)), trigger });
}

TriageResult triage(const TriageInput &input)
{
    static const RuleSet none;
    TriageInput checked = input;
    if (!checked.rules)
        checked.rules = &none;
    return Engine(checked).run();
}

} // namespace varde::triage
