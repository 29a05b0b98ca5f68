#include "core/plan/plan_content.h"

#include "core/common/json_text.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cstdio>

namespace varde::plan
{
namespace
{

using Poco::JSON::Array;
using Poco::JSON::Object;

template <typename E, std::size_t N>
std::optional<E> fromKey(
    std::string_view key, const std::array<E, N> &all, std::string_view (*keyOf)(E))
{
    for (E e : all)
        if (keyOf(e) == key)
            return e;
    return std::nullopt;
}

constexpr std::array<ParticipantRole, 6> allRoles { ParticipantRole::Patient,
    ParticipantRole::Relative, ParticipantRole::Nurse, ParticipantRole::Gp,
    ParticipantRole::Specialist, ParticipantRole::Other };

std::string list(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + jsonString(items[i]);
    return out + "]";
}

// Reads fields of one object, naming the path in every error.
class Reader
{
public:
    Reader(Object::Ptr object, std::string path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {
    }

    std::string name(const std::string &key) const
    {
        return m_path.empty() ? key : m_path + "." + key;
    }

    Result<std::string> text(const std::string &key) const
    {
        if (!m_object->has(key) || m_object->isNull(key))
            return std::string();
        const auto value = m_object->get(key);
        if (!value.isString())
            return fail(ErrorCode::InvalidArgument, name(key) + ": expected text");
        return value.extract<std::string>();
    }

    Result<std::optional<int>> integer(const std::string &key) const
    {
        if (!m_object->has(key) || m_object->isNull(key))
            return std::optional<int>();
        const auto value = m_object->get(key);
        if (!value.isInteger())
            return fail(ErrorCode::InvalidArgument, name(key) + ": expected a whole number");
        return std::optional<int>(value.convert<int>());
    }

    Result<std::vector<std::string>> texts(const std::string &key) const
    {
        std::vector<std::string> out;
        auto array = m_object->getArray(key);
        if (!array)
            return out;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const auto value = array->get(unsigned(i));
            if (!value.isString())
                return fail(ErrorCode::InvalidArgument,
                    name(key) + "[" + std::to_string(i) + "]: expected text");
            out.push_back(value.extract<std::string>());
        }
        return out;
    }

    // Calls `each(reader)` for every object in the list `key`.
    template <typename F> Result<> objects(const std::string &key, F each) const
    {
        if (!m_object->has(key))
            return {};
        auto array = m_object->getArray(key);
        if (!array)
            return fail(ErrorCode::InvalidArgument, name(key) + ": expected a list");
        for (std::size_t i = 0; i < array->size(); ++i) {
            const auto here = name(key) + "[" + std::to_string(i) + "]";
            auto object = array->getObject(unsigned(i));
            if (!object)
                return fail(ErrorCode::InvalidArgument, here + ": expected an object");
            if (auto ok = each(Reader(object, here)); !ok)
                return ok;
        }
        return {};
    }

    Object::Ptr object(const std::string &key) const { return m_object->getObject(key); }

private:
    Object::Ptr m_object;
    std::string m_path;
};

template <typename E, std::size_t N>
Result<E> enumField(const Reader &r,
    const std::string &key,
    const std::array<E, N> &all,
    std::string_view (*keyOf)(E))
{
    auto text = r.text(key);
    if (!text)
        return fail(text.error());
    if (auto e = fromKey(*text, all, keyOf))
        return *e;
    return fail(ErrorCode::InvalidArgument, r.name(key) + ": unknown value \"" + *text + "\"");
}

} // namespace

std::string_view zoneKey(Zone zone)
{
    switch (zone) {
    case Zone::Green:
        return "green";
    case Zone::Yellow:
        return "yellow";
    case Zone::Red:
        return "red";
    }
    return "green";
}

std::string_view measureAreaKey(MeasureArea area)
{
    switch (area) {
    case MeasureArea::Food:
        return "food";
    case MeasureArea::Activity:
        return "activity";
    case MeasureArea::Social:
        return "social";
    case MeasureArea::MentalHealth:
        return "mental_health";
    case MeasureArea::Other:
        return "other";
    }
    return "other";
}

std::string_view participantRoleKey(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Patient:
        return "patient";
    case ParticipantRole::Relative:
        return "relative";
    case ParticipantRole::Nurse:
        return "nurse";
    case ParticipantRole::Gp:
        return "gp";
    case ParticipantRole::Specialist:
        return "specialist";
    case ParticipantRole::Other:
        return "other";
    }
    return "other";
}

PlanContent standardContent()
{
    PlanContent content;
    content.actions(Zone::Green)
        = { "Fortsett som vanlig: ta medisinene dine, mål som avtalt, vær i aktivitet.",
              "Følger med på målingene dine på hverdager." };
    content.actions(Zone::Yellow) = { "Ta kontakt med oppfølgingstjenesten samme dag. Mål oftere "
                                      "(morgen og kveld) til verdiene er tilbake i grønt.",
        "Ringer deg samme dag, gir råd etter planen og kontakter fastlegen ved behov." };
    content.actions(Zone::Red) = { "Ring fastlegen, eller legevakt (116 117) når legekontoret er "
                                   "stengt. Ring 113 ved fare for liv.",
        "Ringer deg straks og kontakter fastlegen eller legevakt." };
    return content;
}

std::string contentToJson(const PlanContent &c)
{
    std::string out = "{\"goals\": [";
    for (std::size_t i = 0; i < c.goals.size(); ++i)
        out += std::string(i ? ", " : "") + "{\"text\": " + jsonString(c.goals[i].text)
            + ", \"sub_goals\": " + list(c.goals[i].subGoals) + "}";
    out += "], \"measures\": [";
    for (std::size_t i = 0; i < c.measures.size(); ++i)
        out += std::string(i ? ", " : "") + "{\"area\": \""
            + std::string(measureAreaKey(c.measures[i].area))
            + "\", \"text\": " + jsonString(c.measures[i].text) + "}";
    out += "], \"medicines\": [";
    for (std::size_t i = 0; i < c.medicines.size(); ++i)
        out += std::string(i ? ", " : "") + "{\"zone\": \""
            + std::string(zoneKey(c.medicines[i].zone))
            + "\", \"text\": " + jsonString(c.medicines[i].text) + "}";
    out += "], \"zones\": {";
    for (Zone zone : allZones)
        out += std::string(zone == Zone::Green ? "" : ", ") + "\"" + std::string(zoneKey(zone))
            + "\": {\"patient\": " + jsonString(c.actions(zone).patient)
            + ", \"service\": " + jsonString(c.actions(zone).service) + "}";
    out += "}, \"schedule\": [";
    for (std::size_t i = 0; i < c.schedule.size(); ++i) {
        const auto &s = c.schedule[i];
        out += std::string(i ? ", " : "") + "{\"item\": " + jsonString(s.item)
            + ", \"days\": " + std::to_string(s.daysOfWeek);
        if (s.dueByMinute)
            out += ", \"due_by_minute\": " + std::to_string(*s.dueByMinute);
        out += "}";
    }
    out += "], \"trial_weeks\": " + std::to_string(c.trialWeeks);
    if (c.evaluationDate) {
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02u-%02u", int(c.evaluationDate->year()),
            unsigned(c.evaluationDate->month()), unsigned(c.evaluationDate->day()));
        out += ", \"evaluation_date\": \"" + std::string(date) + "\"";
    }
    out += ", \"evaluation_notes\": " + jsonString(c.evaluationNotes) + ", \"participants\": [";
    for (std::size_t i = 0; i < c.participants.size(); ++i)
        out += std::string(i ? ", " : "") + "{\"role\": \""
            + std::string(participantRoleKey(c.participants[i].role))
            + "\", \"name\": " + jsonString(c.participants[i].name) + "}";
    return out + "]}";
}

Result<PlanContent> parseContentJson(std::string_view json)
{
    Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        const auto value = parser.parse(std::string(json));
        if (value.type() != typeid(Object::Ptr))
            return fail(ErrorCode::InvalidArgument, "plan content: expected an object");
        root = value.extract<Object::Ptr>();
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "plan content: invalid JSON: " + e.displayText());
    }
    const Reader top(root, "");
    PlanContent c;
    auto ok = top.objects("goals", [&](const Reader &r) -> Result<> {
        auto text = r.text("text");
        auto subs = r.texts("sub_goals");
        if (!text)
            return fail(text.error());
        if (!subs)
            return fail(subs.error());
        c.goals.push_back({ *text, *subs });
        return {};
    });
    if (ok)
        ok = top.objects("measures", [&](const Reader &r) -> Result<> {
            auto area = enumField(r, "area", allMeasureAreas, measureAreaKey);
            auto text = r.text("text");
            if (!area)
                return fail(area.error());
            if (!text)
                return fail(text.error());
            c.measures.push_back({ *area, *text });
            return {};
        });
    if (ok)
        ok = top.objects("medicines", [&](const Reader &r) -> Result<> {
            auto zone = enumField(r, "zone", allZones, zoneKey);
            auto text = r.text("text");
            if (!zone)
                return fail(zone.error());
            if (!text)
                return fail(text.error());
            c.medicines.push_back({ *zone, *text });
            return {};
        });
    if (ok)
        ok = top.objects("schedule", [&](const Reader &r) -> Result<> {
            ScheduleItem item;
            auto name = r.text("item");
            auto days = r.integer("days");
            auto due = r.integer("due_by_minute");
            if (!name)
                return fail(name.error());
            if (!days)
                return fail(days.error());
            if (!due)
                return fail(due.error());
            item.item = *name;
            item.daysOfWeek = days->value_or(domain::everyDay);
            item.dueByMinute = *due;
            c.schedule.push_back(item);
            return {};
        });
    if (ok)
        ok = top.objects("participants", [&](const Reader &r) -> Result<> {
            auto role = enumField(r, "role", allRoles, participantRoleKey);
            auto name = r.text("name");
            if (!role)
                return fail(role.error());
            if (!name)
                return fail(name.error());
            c.participants.push_back({ *role, *name });
            return {};
        });
    if (!ok)
        return fail(ok.error());
    if (auto zones = top.object("zones")) {
        const Reader z(zones, "zones");
        for (Zone zone : allZones) {
            const std::string key(zoneKey(zone));
            if (auto each = zones->getObject(key)) {
                const Reader r(each, z.name(key));
                auto patient = r.text("patient");
                auto service = r.text("service");
                if (!patient)
                    return fail(patient.error());
                if (!service)
                    return fail(service.error());
                c.actions(zone) = { *patient, *service };
            }
        }
    }
    auto weeks = top.integer("trial_weeks");
    if (!weeks)
        return fail(weeks.error());
    c.trialWeeks = weeks->value_or(3);
    auto date = top.text("evaluation_date");
    if (!date)
        return fail(date.error());
    if (!date->empty()) {
        int y = 0;
        unsigned m = 0, d = 0;
        std::chrono::year_month_day ymd {};
        if (std::sscanf(date->c_str(), "%4d-%2u-%2u", &y, &m, &d) == 3)
            ymd = std::chrono::year { y } / std::chrono::month { m } / std::chrono::day { d };
        if (!ymd.ok())
            return fail(ErrorCode::InvalidArgument, "evaluation_date: expected YYYY-MM-DD");
        c.evaluationDate = ymd;
    }
    auto notes = top.text("evaluation_notes");
    if (!notes)
        return fail(notes.error());
    c.evaluationNotes = *notes;
    return c;
}

} // namespace varde::plan
