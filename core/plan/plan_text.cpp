#include "core/plan/plan_text.h"

#include "core/domain/measurement_kind.h"
#include "core/domain/questionnaire.h"
#include "core/triage/reason_text.h"

#include <cstdio>

namespace varde::plan
{
namespace
{

std::string capitalised(std::string_view name)
{
    std::string out(name);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = char(out[0] - 'a' + 'A');
    return out;
}

std::string withUnit(const std::string &code, double value)
{
    if (auto kind = domain::kindForCode(code)) {
        const auto unit = domain::kindInfo(*kind).displayUnit;
        return triage::numberNb(value) + (unit == "/min" ? "" : " ") + std::string(unit);
    }
    return triage::numberNb(value);
}

std::string questionText(const std::string &id)
{
    if (const auto *q = domain::findQuestion(id))
        return std::string(q->textNb);
    return id;
}

std::string answers(const std::vector<std::string> &list)
{
    std::string out;
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i == 0 ? "" : i + 1 == list.size() ? " eller " : ", ") + ("«" + list[i] + "»");
    return out;
}

std::string clock(int minutes)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutes / 60, minutes % 60);
    return buffer;
}

using Lines = std::vector<std::pair<std::string, std::string>>;

void limit(Lines &out,
    const std::string &key,
    const char *field,
    const std::optional<double> &value,
    const std::string &text)
{
    if (value)
        out.emplace_back(key + "/" + field, text);
}

} // namespace

std::string measuredNameNb(const std::string &code)
{
    if (auto kind = domain::kindForCode(code))
        return capitalised(domain::kindInfo(*kind).nameNb);
    return code;
}

std::string zoneNameNb(Zone zone)
{
    switch (zone) {
    case Zone::Green:
        return "grønn";
    case Zone::Yellow:
        return "gul";
    case Zone::Red:
        return "rød";
    }
    return "grønn";
}

std::string measureAreaNb(MeasureArea area)
{
    switch (area) {
    case MeasureArea::Food:
        return "Mat og drikke";
    case MeasureArea::Activity:
        return "Aktivitet og trening";
    case MeasureArea::Social:
        return "Sosialt liv";
    case MeasureArea::MentalHealth:
        return "Psykisk helse";
    case MeasureArea::Other:
        return "Annet";
    }
    return "Annet";
}

std::string participantRoleNb(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Patient:
        return "pasient";
    case ParticipantRole::Relative:
        return "pårørende";
    case ParticipantRole::Nurse:
        return "sykepleier";
    case ParticipantRole::Gp:
        return "fastlege";
    case ParticipantRole::Specialist:
        return "spesialist";
    case ParticipantRole::Other:
        return "annen";
    }
    return "annen";
}

std::string scheduleItemNb(const std::string &item)
{
    if (item.rfind("question:", 0) == 0)
        return questionText(item.substr(9));
    if (auto kind = domain::kindForKey(item))
        return capitalised(domain::kindInfo(*kind).nameNb);
    return item;
}

std::string scheduleWhenNb(const ScheduleItem &item)
{
    static const char *days[] = { "man", "tir", "ons", "tor", "fre", "lør", "søn" };
    static const char *longDays[]
        = { "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag" };
    std::string out;
    if ((item.daysOfWeek & domain::everyDay) == domain::everyDay)
        out = "hver dag";
    else {
        std::vector<int> on;
        for (int d = 0; d < 7; ++d)
            if (item.daysOfWeek & (1 << d))
                on.push_back(d);
        const bool few = on.size() <= 2;
        for (std::size_t i = 0; i < on.size(); ++i)
            out += std::string(i == 0 ? "" : (few ? " og " : ", "))
                + (few ? longDays : days)[on[i]];
    }
    if (item.dueByMinute)
        out += " innen kl. " + clock(*item.dueByMinute);
    return out;
}

std::vector<std::pair<std::string, std::string>> ruleLinesNb(const triage::Rule &rule)
{
    Lines out;
    std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, triage::BandRule>) {
                const auto key = "band/" + r.code;
                const auto name = measuredNameNb(r.code);
                const auto line = [&](const char *side, double v, const char *zone) {
                    return name + " " + side + " " + withUnit(r.code, v) + " → " + zone;
                };
                limit(out, key, "red_below", r.redBelow,
                    r.redBelow ? line("under", *r.redBelow, "rød") : "");
                limit(out, key, "yellow_below", r.yellowBelow,
                    r.yellowBelow ? line("under", *r.yellowBelow, "gul") : "");
                limit(out, key, "yellow_above", r.yellowAbove,
                    r.yellowAbove ? line("over", *r.yellowAbove, "gul") : "");
                limit(out, key, "red_above", r.redAbove,
                    r.redAbove ? line("over", *r.redAbove, "rød") : "");
            } else if constexpr (std::is_same_v<T, triage::BaselineRule>) {
                const auto key = "baseline/" + r.code;
                const auto name = measuredNameNb(r.code) + " mer enn ";
                const auto usual = " vanlig verdi " + withUnit(r.code, r.baseline);
                const auto line = [&](double d, const char *side, const char *zone) {
                    return name + withUnit(r.code, d) + " " + side + usual + " → " + zone;
                };
                limit(out, key, "red_drop", r.redDrop,
                    r.redDrop ? line(*r.redDrop, "under", "rød") : "");
                limit(out, key, "yellow_drop", r.yellowDrop,
                    r.yellowDrop ? line(*r.yellowDrop, "under", "gul") : "");
                limit(out, key, "yellow_rise", r.yellowRise,
                    r.yellowRise ? line(*r.yellowRise, "over", "gul") : "");
                limit(out, key, "red_rise", r.redRise,
                    r.redRise ? line(*r.redRise, "over", "rød") : "");
            } else if constexpr (std::is_same_v<T, triage::ChangeRule>) {
                const auto key = "change/" + r.code;
                const auto window = " på " + triage::numberNb(r.windowHours) + " timer → ";
                const auto line = [&](const char *dir, double d, const char *zone) {
                    return measuredNameNb(r.code) + " " + dir + " mer enn " + withUnit(r.code, d)
                        + window + zone;
                };
                limit(out, key, "red_rise", r.redRise,
                    r.redRise ? line("opp", *r.redRise, "rød") : "");
                limit(out, key, "yellow_rise", r.yellowRise,
                    r.yellowRise ? line("opp", *r.yellowRise, "gul") : "");
                limit(out, key, "yellow_fall", r.yellowFall,
                    r.yellowFall ? line("ned", *r.yellowFall, "gul") : "");
                limit(out, key, "red_fall", r.redFall,
                    r.redFall ? line("ned", *r.redFall, "rød") : "");
            } else if constexpr (std::is_same_v<T, triage::AnswerRule>) {
                const auto key = "answer/" + r.question;
                const auto q = "«" + questionText(r.question) + "» ";
                if (!r.redIf.empty())
                    out.emplace_back(key + "/red_if", q + "svar " + answers(r.redIf) + " → rød");
                if (!r.yellowIf.empty())
                    out.emplace_back(
                        key + "/yellow_if", q + "svar " + answers(r.yellowIf) + " → gul");
            } else if constexpr (std::is_same_v<T, triage::MissingRule>) {
                const auto what = r.code.empty() ? "«" + questionText(r.question) + "»"
                                                 : measuredNameNb(r.code);
                const auto key = "missing/" + (r.code.empty() ? r.question : r.code);
                if (r.dueByMinute)
                    out.emplace_back(key + "/due_by",
                        what + " ikke kommet innen kl. " + clock(*r.dueByMinute) + " → mangler");
                if (r.everyHours)
                    out.emplace_back(key + "/every_hours",
                        what + " ikke kommet på " + triage::numberNb(*r.everyHours)
                            + " timer → mangler");
            }
        },
        rule);
    return out;
}

} // namespace varde::plan
