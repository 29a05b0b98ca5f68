#include "core/triage/case_json.h"

#include "core/common/json_text.h"
#include "core/domain/measurement_kind.h"
#include "core/triage/reason_text.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <charconv>

namespace varde::triage
{
namespace
{

using Poco::JSON::Array;
using Poco::JSON::Object;
using Var = Poco::Dynamic::Var;

// Reads fields of one JSON object and names the field in every error.
class Fields
{
public:
    Fields(const Object::Ptr &object, std::string path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    std::string name(const std::string &key) const { return m_path + "." + key; }
    bool has(const std::string &key) const
    {
        return m_object->has(key) && !m_object->get(key).isEmpty();
    }

    Result<std::string> text(const std::string &key) const
    {
        if (!has(key))
            return fail(ErrorCode::InvalidArgument, name(key) + ": missing");
        const Var v = m_object->get(key);
        if (!v.isString())
            return fail(ErrorCode::InvalidArgument, name(key) + ": expected a string");
        return v.extract<std::string>();
    }

    Result<double> number(const std::string &key) const
    {
        if (!has(key))
            return fail(ErrorCode::InvalidArgument, name(key) + ": missing");
        const Var v = m_object->get(key);
        if (!v.isNumeric() || v.isBoolean())
            return fail(ErrorCode::InvalidArgument, name(key) + ": expected a number");
        return v.convert<double>();
    }

    Result<std::optional<double>> optionalNumber(const std::string &key) const
    {
        if (!has(key))
            return std::optional<double> {};
        auto n = number(key);
        if (!n)
            return fail(n.error());
        return std::optional<double> { *n };
    }

    Result<time::Instant> instant(const std::string &key) const
    {
        auto t = text(key);
        if (!t)
            return fail(t.error());
        auto parsed = time::parseIsoInstant(*t);
        if (!parsed)
            return fail(ErrorCode::InvalidTime, name(key) + ": " + parsed.error().detail);
        return *parsed;
    }

    Result<std::vector<std::string>> strings(const std::string &key) const
    {
        std::vector<std::string> out;
        if (!has(key))
            return out;
        auto array = m_object->getArray(key);
        if (!array)
            return fail(ErrorCode::InvalidArgument, name(key) + ": expected a list of strings");
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Var v = array->get(unsigned(i));
            if (!v.isString())
                return fail(ErrorCode::InvalidArgument,
                    name(key) + "[" + std::to_string(i) + "]: expected a string");
            out.push_back(v.extract<std::string>());
        }
        return out;
    }

    const Object::Ptr &object() const { return m_object; }
    const std::string &path() const { return m_path; }

private:
    Object::Ptr m_object;
    std::string m_path;
};

// Reads the named optional limits into the given members, stopping at the first error.
Result<> limits(
    const Fields &f, std::initializer_list<std::pair<const char *, std::optional<double> *>> items)
{
    for (const auto &[key, target] : items) {
        auto value = f.optionalNumber(key);
        if (!value)
            return fail(value.error());
        *target = *value;
    }
    return {};
}

bool anyOf(std::initializer_list<const std::optional<double> *> items)
{
    for (const auto *item : items)
        if (*item)
            return true;
    return false;
}

Result<int> clockMinutes(const Fields &f, const std::string &key)
{
    auto t = f.text(key);
    if (!t)
        return fail(t.error());
    const auto &s = *t;
    if (s.size() != 5 || s[2] != ':' || !std::isdigit(static_cast<unsigned char>(s[0]))
        || !std::isdigit(static_cast<unsigned char>(s[1]))
        || !std::isdigit(static_cast<unsigned char>(s[3]))
        || !std::isdigit(static_cast<unsigned char>(s[4])))
        return fail(ErrorCode::InvalidTime, f.name(key) + ": expected a local time as HH:MM");
    const int h = (s[0] - '0') * 10 + (s[1] - '0');
    const int m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 23 || m > 59)
        return fail(ErrorCode::InvalidTime, f.name(key) + ": no such time of day");
    return h * 60 + m;
}

Result<Rule> parseRule(const Fields &f)
{
    auto type = f.text("type");
    if (!type)
        return fail(type.error());
    if (*type == "band") {
        BandRule r;
        auto code = f.text("code");
        if (!code)
            return fail(code.error());
        r.code = *code;
        if (auto ok = limits(f,
                { { "yellow_below", &r.yellowBelow }, { "red_below", &r.redBelow },
                    { "yellow_above", &r.yellowAbove }, { "red_above", &r.redAbove } });
            !ok)
            return fail(ok.error());
        if (!anyOf({ &r.yellowBelow, &r.redBelow, &r.yellowAbove, &r.redAbove }))
            return fail(
                ErrorCode::InvalidArgument, f.path() + ": a band rule needs at least one limit");
        return Rule { r };
    }
    if (*type == "baseline") {
        BaselineRule r;
        auto code = f.text("code");
        if (!code)
            return fail(code.error());
        r.code = *code;
        auto baseline = f.number("baseline");
        if (!baseline)
            return fail(baseline.error());
        r.baseline = *baseline;
        if (auto ok = limits(f,
                { { "yellow_drop", &r.yellowDrop }, { "red_drop", &r.redDrop },
                    { "yellow_rise", &r.yellowRise }, { "red_rise", &r.redRise } });
            !ok)
            return fail(ok.error());
        if (!anyOf({ &r.yellowDrop, &r.redDrop, &r.yellowRise, &r.redRise }))
            return fail(ErrorCode::InvalidArgument,
                f.path() + ": a baseline rule needs a drop or rise limit");
        return Rule { r };
    }
    if (*type == "change") {
        ChangeRule r;
        auto code = f.text("code");
        if (!code)
            return fail(code.error());
        r.code = *code;
        auto window = f.number("window_hours");
        if (!window)
            return fail(window.error());
        if (*window <= 0)
            return fail(
                ErrorCode::InvalidArgument, f.name("window_hours") + ": must be more than 0");
        r.windowHours = *window;
        if (auto ok = limits(f,
                { { "yellow_rise", &r.yellowRise }, { "red_rise", &r.redRise },
                    { "yellow_fall", &r.yellowFall }, { "red_fall", &r.redFall } });
            !ok)
            return fail(ok.error());
        if (!anyOf({ &r.yellowRise, &r.redRise, &r.yellowFall, &r.redFall }))
            return fail(ErrorCode::InvalidArgument,
                f.path() + ": a change rule needs a rise or fall limit");
        return Rule { r };
    }
    if (*type == "answer") {
        AnswerRule r;
        auto question = f.text("question");
        if (!question)
            return fail(question.error());
        r.question = *question;
        auto yellow = f.strings("yellow_if");
        if (!yellow)
            return fail(yellow.error());
        auto red = f.strings("red_if");
        if (!red)
            return fail(red.error());
        r.yellowIf = *yellow;
        r.redIf = *red;
        if (r.yellowIf.empty() && r.redIf.empty())
            return fail(ErrorCode::InvalidArgument,
                f.path() + ": an answer rule needs yellow_if or red_if");
        return Rule { r };
    }
    if (*type == "missing") {
        MissingRule r;
        if (f.has("code")) {
            auto code = f.text("code");
            if (!code)
                return fail(code.error());
            r.code = *code;
        } else if (f.has("question")) {
            auto question = f.text("question");
            if (!question)
                return fail(question.error());
            r.question = *question;
        } else {
            return fail(ErrorCode::InvalidArgument, f.name("code") + ": missing");
        }
        if (f.has("due_by") == f.has("every_hours"))
            return fail(ErrorCode::InvalidArgument,
                f.path() + ": a missing rule needs exactly one of due_by and every_hours");
        if (f.has("due_by")) {
            auto due = clockMinutes(f, "due_by");
            if (!due)
                return fail(due.error());
            r.dueByMinute = *due;
        } else {
            auto every = f.number("every_hours");
            if (!every)
                return fail(every.error());
            if (*every <= 0)
                return fail(
                    ErrorCode::InvalidArgument, f.name("every_hours") + ": must be more than 0");
            r.everyHours = *every;
        }
        return Rule { r };
    }
    return fail(ErrorCode::InvalidArgument, f.name("type") + ": unknown rule type '" + *type + "'");
}

Result<std::vector<Rule>> parseRuleArray(const Array::Ptr &array, const std::string &path)
{
    std::vector<Rule> rules;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string here = path + "[" + std::to_string(i) + "]";
        auto object = array->getObject(unsigned(i));
        if (!object)
            return fail(ErrorCode::InvalidArgument, here + ": expected an object");
        auto rule = parseRule(Fields(object, here));
        if (!rule)
            return fail(rule.error());
        rules.push_back(std::move(*rule));
    }
    return rules;
}

// One coded value: canonical for catalogue codes, as sent otherwise.
Result<Observation> observation(const Fields &f,
    const std::string &field,
    const std::string &code,
    double value,
    const std::string &unit,
    time::Instant at,
    const std::string &id)
{
    Observation o;
    o.id = id;
    o.code = code;
    o.kind = domain::kindForCode(code);
    o.unit = unit;
    o.time = at;
    o.value = value;
    if (unit.empty())
        return fail(ErrorCode::UnknownUnit, f.name("unit") + ": missing");
    if (o.kind) {
        auto canonical = domain::toCanonical(*o.kind, value, unit);
        if (!canonical)
            return fail(canonical.error().code,
                f.name("unit") + ": " + canonical.error().detail
                    + (field.empty() ? "" : " (" + field + ")"));
        o.value = *canonical;
        o.unit = std::string(domain::kindInfo(*o.kind).canonicalUnit);
    }
    return o;
}

Result<> parseMeasurement(const Fields &f, std::size_t index, time::Instant now, TriageCase &out)
{
    auto at = f.instant("time");
    if (!at)
        return fail(at.error());
    if (*at > now)
        return fail(ErrorCode::InvalidTime, f.name("time") + ": later than now");
    if (f.has("question")) {
        auto question = f.text("question");
        if (!question)
            return fail(question.error());
        auto answer = f.text("answer");
        if (!answer)
            return fail(answer.error());
        out.answers.push_back({ "a" + std::to_string(index), *question, *answer, *at });
        return {};
    }
    auto code = f.text("code");
    if (!code)
        return fail(code.error());
    const std::string unit = f.has("unit") ? f.text("unit").value_or("") : "";
    if (f.has("unit") && !f.object()->get("unit").isString())
        return fail(ErrorCode::InvalidArgument, f.name("unit") + ": expected a string");
    const std::string id = "m" + std::to_string(index);
    if (f.has("components")) {
        auto components = f.object()->getObject("components");
        if (!components)
            return fail(ErrorCode::InvalidArgument, f.name("components") + ": expected an object");
        if (components->size() == 0)
            return fail(ErrorCode::InvalidArgument, f.name("components") + ": empty");
        const Fields parts(components, f.name("components"));
        for (const auto &name : components->getNames()) {
            auto value = parts.number(name);
            if (!value)
                return fail(value.error());
            auto o = observation(f, parts.name(name), name, *value, unit, *at, id + "/" + name);
            if (!o)
                return fail(o.error());
            out.observations.push_back(std::move(*o));
        }
        return {};
    }
    auto value = f.number("value");
    if (!value)
        return fail(value.error());
    auto o = observation(f, {}, *code, *value, unit, *at, id);
    if (!o)
        return fail(o.error());
    out.observations.push_back(std::move(*o));
    return {};
}

Result<Object::Ptr> parseObject(std::string_view json)
{
    try {
        Poco::JSON::Parser parser;
        const Var root = parser.parse(std::string(json));
        if (root.type() != typeid(Object::Ptr))
            return fail(ErrorCode::InvalidArgument, "the input is not a JSON object");
        return root.extract<Object::Ptr>();
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "invalid JSON: " + e.displayText());
    } catch (const std::exception &e) {
        return fail(ErrorCode::InvalidArgument, std::string("invalid JSON: ") + e.what());
    }
}

std::string number(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void field(std::string &out, const char *key, const std::optional<double> &value)
{
    if (value)
        out += std::string(",\"") + key + "\":" + number(*value);
}

std::string stringList(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + jsonString(items[i]);
    return out + "]";
}

} // namespace

namespace
{

Result<TriageCase> parseCase(std::string_view json, bool withRules)
{
    auto root = parseObject(json);
    if (!root)
        return fail(root.error());
    const Fields top(*root, "$");
    const auto named = [](Error e) {
        if (e.detail.rfind("$.", 0) == 0)
            e.detail = e.detail.substr(2);
        return fail(std::move(e));
    };
    TriageCase out;
    auto now = top.instant("now");
    if (!now)
        return named(now.error());
    out.now = *now;
    if (top.has("acknowledged_until")) {
        auto until = top.instant("acknowledged_until");
        if (!until)
            return named(until.error());
        if (*until > out.now)
            return fail(ErrorCode::InvalidTime, "acknowledged_until: later than now");
        out.acknowledgedUntil = *until;
    }
    if (withRules) {
        auto rules = (*root)->getArray("rules");
        if (!rules)
            return fail(ErrorCode::InvalidArgument,
                top.has("rules") ? "rules: expected a list" : "rules: missing");
        auto parsedRules = parseRuleArray(rules, "rules");
        if (!parsedRules)
            return fail(parsedRules.error());
        out.rules.rules = std::move(*parsedRules);
    }
    out.rules.versionId = "case";
    auto measurements = (*root)->getArray("measurements");
    if (!measurements)
        return fail(ErrorCode::InvalidArgument,
            top.has("measurements") ? "measurements: expected a list" : "measurements: missing");
    for (std::size_t i = 0; i < measurements->size(); ++i) {
        const std::string here = "measurements[" + std::to_string(i) + "]";
        auto object = measurements->getObject(unsigned(i));
        if (!object)
            return fail(ErrorCode::InvalidArgument, here + ": expected an object");
        if (auto ok = parseMeasurement(Fields(object, here), i, out.now, out); !ok)
            return fail(ok.error());
    }
    return out;
}

} // namespace

Result<TriageCase> parseTriageCase(std::string_view json) { return parseCase(json, true); }

Result<TriageCase> parseCaseMeasurements(std::string_view json) { return parseCase(json, false); }

Result<std::vector<Rule>> parseRulesJson(std::string_view json, const std::string &path)
{
    try {
        Poco::JSON::Parser parser;
        const Var root = parser.parse(std::string(json));
        if (root.type() != typeid(Array::Ptr))
            return fail(ErrorCode::InvalidArgument, path + ": expected a list");
        return parseRuleArray(root.extract<Array::Ptr>(), path);
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "invalid JSON: " + e.displayText());
    }
}

std::string rulesToJson(const std::vector<Rule> &rules)
{
    std::string out = "[";
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (i)
            out += ",";
        std::visit(
            [&](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, BandRule>) {
                    out += "{\"type\":\"band\",\"code\":" + jsonString(r.code);
                    field(out, "yellow_below", r.yellowBelow);
                    field(out, "red_below", r.redBelow);
                    field(out, "yellow_above", r.yellowAbove);
                    field(out, "red_above", r.redAbove);
                } else if constexpr (std::is_same_v<T, BaselineRule>) {
                    out += "{\"type\":\"baseline\",\"code\":" + jsonString(r.code)
                        + ",\"baseline\":" + number(r.baseline);
                    field(out, "yellow_drop", r.yellowDrop);
                    field(out, "red_drop", r.redDrop);
                    field(out, "yellow_rise", r.yellowRise);
                    field(out, "red_rise", r.redRise);
                } else if constexpr (std::is_same_v<T, ChangeRule>) {
                    out += "{\"type\":\"change\",\"code\":" + jsonString(r.code)
                        + ",\"window_hours\":" + number(r.windowHours);
                    field(out, "yellow_rise", r.yellowRise);
                    field(out, "red_rise", r.redRise);
                    field(out, "yellow_fall", r.yellowFall);
                    field(out, "red_fall", r.redFall);
                } else if constexpr (std::is_same_v<T, AnswerRule>) {
                    out += "{\"type\":\"answer\",\"question\":" + jsonString(r.question)
                        + ",\"yellow_if\":" + stringList(r.yellowIf)
                        + ",\"red_if\":" + stringList(r.redIf);
                } else {
                    out += "{\"type\":\"missing\",";
                    out += r.code.empty() ? "\"question\":" + jsonString(r.question)
                                          : "\"code\":" + jsonString(r.code);
                    if (r.dueByMinute)
                        out += ",\"due_by\":" + jsonString(time::formatClock(*r.dueByMinute));
                    field(out, "every_hours", r.everyHours);
                }
                out += "}";
            },
            rules[i]);
    }
    return out + "]";
}

std::string reasonToJson(const Reason &r)
{
    static constexpr const char *types[]
        = { "band", "baseline", "change", "answer", "missing", "suspect" };
    static constexpr const char *directions[] = { "below", "above", "down", "up" };
    std::string out = std::string("{\"type\":\"") + types[static_cast<int>(r.type)] + "\""
        + ",\"level\":" + jsonString(levelKey(r.level))
        + ",\"time\":" + jsonString(time::formatIsoUtc(r.time));
    if (!r.code.empty())
        out += ",\"code\":" + jsonString(r.code);
    if (r.kind)
        out += ",\"kind\":" + jsonString(domain::kindInfo(*r.kind).key);
    if (!r.unit.empty())
        out += ",\"unit\":" + jsonString(r.unit);
    switch (r.type) {
    case RuleType::Band:
    case RuleType::Baseline:
    case RuleType::Change:
        out += ",\"value\":" + number(r.value) + ",\"limit\":" + number(r.limit)
            + ",\"direction\":\"" + directions[static_cast<int>(r.direction)] + "\"";
        if (r.type != RuleType::Band)
            out += ",\"reference\":" + number(r.reference);
        if (r.referenceTime)
            out += ",\"reference_time\":" + jsonString(time::formatIsoUtc(*r.referenceTime));
        if (r.type == RuleType::Change)
            out += ",\"window_hours\":" + number(r.windowHours);
        break;
    case RuleType::Answer:
        out += ",\"question\":" + jsonString(r.question) + ",\"answer\":" + jsonString(r.answer);
        break;
    case RuleType::Missing:
        if (!r.question.empty())
            out += ",\"question\":" + jsonString(r.question);
        if (r.dueByMinute)
            out += ",\"due_by\":" + jsonString(time::formatClock(*r.dueByMinute));
        if (r.everyHours)
            out += ",\"every_hours\":" + number(*r.everyHours);
        if (r.referenceTime)
            out += ",\"last_time\":" + jsonString(time::formatIsoUtc(*r.referenceTime));
        break;
    case RuleType::Suspect:
        out += ",\"value\":" + number(r.value) + ",\"cause\":\""
            + (r.cause == SuspectCause::Jump ? "jump" : "implausible") + "\"";
        if (r.cause == SuspectCause::Jump)
            out += ",\"reference\":" + number(r.reference);
        break;
    }
    return out + "}";
}

std::string triageResultJson(const TriageResult &result, time::Instant now)
{
    std::string out = "{\"status\":" + jsonString(levelKey(result.status)) + ",\"reasons\":[";
    bool first = true;
    for (const auto &f : result.findings) {
        if (!f.open)
            continue;
        out += first ? "" : ",";
        first = false;
        out += "{\"status\":" + jsonString(levelKey(f.level()));
        if (!f.reason.code.empty())
            out += ",\"code\":" + jsonString(f.reason.code);
        if (!f.reason.question.empty())
            out += ",\"question\":" + jsonString(f.reason.question);
        out += ",\"time\":" + jsonString(time::formatIsoOslo(f.reason.time))
            + ",\"text\":" + jsonString(reasonTextNb(f.reason, now)) + "}";
    }
    return out + "]}";
}

} // namespace varde::triage
