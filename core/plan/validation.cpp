#include "core/plan/validation.h"

#include "core/domain/measurement_kind.h"
#include "core/domain/questionnaire.h"

#include <cstdio>

namespace varde::plan
{
namespace
{

std::string number(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    std::string out = buffer;
    for (auto &c : out)
        if (c == '.')
            c = ',';
    return out;
}

std::string kindName(const std::string &code)
{
    if (auto kind = domain::kindForCode(code))
        return std::string(domain::kindInfo(*kind).shortNameNb);
    return code;
}

class Checker
{
public:
    explicit Checker(std::vector<Problem> &out)
        : m_out(out)
    {
    }

    void add(ProblemKind kind,
        int rule,
        std::string field,
        std::string code,
        double value,
        double other,
        std::string message)
    {
        m_out.push_back(
            { kind, std::move(field), rule, std::move(code), value, other, std::move(message) });
    }

    void plausible(int i, const std::string &code, const char *key, const std::optional<double> &v)
    {
        auto kind = domain::kindForCode(code);
        if (!v || !kind)
            return;
        const auto &info = domain::kindInfo(*kind);
        if (*v < info.plausibleMin || *v > info.plausibleMax)
            add(ProblemKind::OutsidePlausible, i, field(i, key), code, *v,
                *v < info.plausibleMin ? info.plausibleMin : info.plausibleMax,
                kindName(code) + ": " + number(*v) + " kan ikke måles (mulig område "
                    + number(info.plausibleMin) + "–" + number(info.plausibleMax) + ")");
    }

    void positive(int i, const std::string &code, const char *key, const std::optional<double> &v)
    {
        if (v && *v <= 0)
            add(ProblemKind::NotPositive, i, field(i, key), code, *v, 0,
                kindName(code) + ": " + key + " må være større enn null");
    }

    // `red` must lie beyond `yellow` in the direction given (low side: red below yellow).
    void beyond(int i,
        const std::string &code,
        const char *redKey,
        const std::optional<double> &red,
        const std::optional<double> &yellow,
        bool lowSide)
    {
        if (!red || !yellow)
            return;
        if (lowSide ? *red < *yellow : *red > *yellow)
            return;
        add(ProblemKind::RedNotBeyondYellow, i, field(i, redKey), code, *red, *yellow,
            kindName(code) + ": rød grense " + number(*red) + " må være "
                + (lowSide ? "lavere" : "høyere") + " enn gul grense " + number(*yellow));
    }

    static std::string field(int i, const char *key)
    {
        return "rules[" + std::to_string(i) + "]." + key;
    }

private:
    std::vector<Problem> &m_out;
};

bool knownItem(const std::string &item)
{
    if (item.rfind("question:", 0) == 0)
        return domain::findQuestion(item.substr(9)) != nullptr;
    return domain::kindForKey(item).has_value();
}

} // namespace

std::vector<Problem> validatePlan(
    const std::vector<triage::Rule> &rules, const PlanContent &content)
{
    std::vector<Problem> out;
    Checker check(out);
    for (int i = 0; i < int(rules.size()); ++i) {
        std::visit(
            [&](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, triage::AnswerRule>) {
                    if (r.question.empty())
                        check.add(ProblemKind::NoCodeOrQuestion, i, Checker::field(i, "question"),
                            "", 0, 0, "Regelen mangler spørsmål");
                    else if (r.yellowIf.empty() && r.redIf.empty())
                        check.add(ProblemKind::NoLimit, i, Checker::field(i, "yellow_if"),
                            r.question, 0, 0,
                            "Spørsmålet " + r.question + " har ingen svar som gir gul eller rød");
                    return;
                } else if constexpr (std::is_same_v<T, triage::MissingRule>) {
                    if (r.code.empty() && r.question.empty())
                        check.add(ProblemKind::NoCodeOrQuestion, i, Checker::field(i, "code"), "",
                            0, 0, "Regelen mangler måling eller spørsmål");
                    if (!r.dueByMinute && !r.everyHours)
                        check.add(ProblemKind::NoLimit, i, Checker::field(i, "due_by"), r.code, 0,
                            0,
                            "Regelen for manglende måling har verken klokkeslett eller intervall");
                    if (r.dueByMinute && (*r.dueByMinute < 0 || *r.dueByMinute >= 24 * 60))
                        check.add(ProblemKind::BadDueTime, i, Checker::field(i, "due_by"), r.code,
                            *r.dueByMinute, 0, "Klokkeslettet må være mellom 00:00 og 23:59");
                    check.positive(i, r.code, "every_hours", r.everyHours);
                    return;
                } else {
                    if (r.code.empty()) {
                        check.add(ProblemKind::NoCodeOrQuestion, i, Checker::field(i, "code"), "",
                            0, 0, "Regelen mangler måling");
                        return;
                    }
                    if constexpr (std::is_same_v<T, triage::BandRule>) {
                        if (!r.yellowBelow && !r.redBelow && !r.yellowAbove && !r.redAbove)
                            check.add(ProblemKind::NoLimit, i, Checker::field(i, "red_below"),
                                r.code, 0, 0, kindName(r.code) + ": ingen grenser er satt");
                        check.plausible(i, r.code, "yellow_below", r.yellowBelow);
                        check.plausible(i, r.code, "red_below", r.redBelow);
                        check.plausible(i, r.code, "yellow_above", r.yellowAbove);
                        check.plausible(i, r.code, "red_above", r.redAbove);
                        check.beyond(i, r.code, "red_below", r.redBelow, r.yellowBelow, true);
                        check.beyond(i, r.code, "red_above", r.redAbove, r.yellowAbove, false);
                        const auto low = r.yellowBelow ? r.yellowBelow : r.redBelow;
                        const auto high = r.yellowAbove ? r.yellowAbove : r.redAbove;
                        if (low && high && *low >= *high)
                            check.add(ProblemKind::LowNotBelowHigh, i,
                                Checker::field(i, r.yellowBelow ? "yellow_below" : "red_below"),
                                r.code, *low, *high,
                                kindName(r.code) + ": nedre grense " + number(*low)
                                    + " må være lavere enn øvre grense " + number(*high));
                    } else if constexpr (std::is_same_v<T, triage::BaselineRule>) {
                        if (!r.yellowDrop && !r.redDrop && !r.yellowRise && !r.redRise)
                            check.add(ProblemKind::NoLimit, i, Checker::field(i, "red_drop"),
                                r.code, 0, 0, kindName(r.code) + ": ingen avvik er satt");
                        check.plausible(i, r.code, "baseline", r.baseline);
                        check.positive(i, r.code, "yellow_drop", r.yellowDrop);
                        check.positive(i, r.code, "red_drop", r.redDrop);
                        check.positive(i, r.code, "yellow_rise", r.yellowRise);
                        check.positive(i, r.code, "red_rise", r.redRise);
                        check.beyond(i, r.code, "red_drop", r.redDrop, r.yellowDrop, false);
                        check.beyond(i, r.code, "red_rise", r.redRise, r.yellowRise, false);
                    } else if constexpr (std::is_same_v<T, triage::ChangeRule>) {
                        if (!r.yellowRise && !r.redRise && !r.yellowFall && !r.redFall)
                            check.add(ProblemKind::NoLimit, i, Checker::field(i, "red_rise"),
                                r.code, 0, 0, kindName(r.code) + ": ingen endring er satt");
                        check.positive(i, r.code, "window_hours", r.windowHours);
                        check.positive(i, r.code, "yellow_rise", r.yellowRise);
                        check.positive(i, r.code, "red_rise", r.redRise);
                        check.positive(i, r.code, "yellow_fall", r.yellowFall);
                        check.positive(i, r.code, "red_fall", r.redFall);
                        check.beyond(i, r.code, "red_rise", r.redRise, r.yellowRise, false);
                        check.beyond(i, r.code, "red_fall", r.redFall, r.yellowFall, false);
                    }
                }
            },
            rules[std::size_t(i)]);
    }
    if (content.trialWeeks < minTrialWeeks || content.trialWeeks > maxTrialWeeks)
        check.add(ProblemKind::TrialWeeks, -1, "content.trial_weeks", "", content.trialWeeks,
            content.trialWeeks < minTrialWeeks ? minTrialWeeks : maxTrialWeeks,
            "Utprøvingsperioden må være 2–4 uker");
    for (std::size_t i = 0; i < content.goals.size(); ++i)
        if (content.goals[i].text.empty())
            check.add(ProblemKind::EmptyText, -1, "content.goals[" + std::to_string(i) + "]", "", 0,
                0, "Et mål mangler tekst");
    for (std::size_t i = 0; i < content.measures.size(); ++i)
        if (content.measures[i].text.empty())
            check.add(ProblemKind::EmptyText, -1, "content.measures[" + std::to_string(i) + "]", "",
                0, 0, "Et tiltak mangler tekst");
    for (std::size_t i = 0; i < content.medicines.size(); ++i)
        if (content.medicines[i].text.empty())
            check.add(ProblemKind::EmptyText, -1, "content.medicines[" + std::to_string(i) + "]",
                "", 0, 0, "Et medisinsk tiltak mangler tekst");
    for (std::size_t i = 0; i < content.schedule.size(); ++i) {
        const auto &item = content.schedule[i];
        const auto field = "content.schedule[" + std::to_string(i) + "]";
        if (!knownItem(item.item))
            check.add(ProblemKind::UnknownScheduleItem, -1, field, item.item, 0, 0,
                "Ukjent måling eller spørsmål i måleplanen: " + item.item);
        if (item.dueByMinute && (*item.dueByMinute < 0 || *item.dueByMinute >= 24 * 60))
            check.add(ProblemKind::BadDueTime, -1, field + ".due_by_minute", item.item,
                *item.dueByMinute, 0, "Klokkeslettet må være mellom 00:00 og 23:59");
    }
    return out;
}

} // namespace varde::plan
