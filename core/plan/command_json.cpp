#include "core/plan/command_json.h"

#include "core/common/json_text.h"
#include "core/triage/reason_text.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace varde::plan
{
namespace
{

using Poco::JSON::Array;
using Poco::JSON::Object;

Result<Object::Ptr> parseObject(std::string_view json)
{
    try {
        Poco::JSON::Parser parser;
        const auto value = parser.parse(std::string(json));
        if (value.type() != typeid(Object::Ptr))
            return fail(ErrorCode::InvalidArgument, "expected a JSON object");
        return value.extract<Object::Ptr>();
    } catch (const Poco::Exception &e) {
        return fail(ErrorCode::InvalidArgument, "invalid JSON: " + e.displayText());
    }
}

Result<std::vector<triage::Rule>> rulesField(const Object::Ptr &root, const std::string &key)
{
    if (!root->has(key))
        return fail(ErrorCode::InvalidArgument, key + ": missing");
    auto array = root->getArray(key);
    if (!array)
        return fail(ErrorCode::InvalidArgument, key + ": expected a list");
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(array, text);
    return triage::parseRulesJson(text.str(), key);
}

std::string counts(const ReplayCounts &c)
{
    return "{\"red\": " + std::to_string(c.red) + ", \"yellow\": " + std::to_string(c.yellow)
        + ", \"suspect\": " + std::to_string(c.suspect)
        + ", \"missing\": " + std::to_string(c.missing) + "}";
}

std::string number(double v)
{
    auto text = triage::numberNb(v);
    for (auto &c : text)
        if (c == ',')
            c = '.';
    return text;
}

} // namespace

Result<SuggestRequest> parseSuggestRequest(std::string_view json)
{
    auto root = parseObject(json);
    if (!root)
        return fail(root.error());
    SuggestRequest out;
    if (!(*root)->has("codes"))
        return fail(ErrorCode::InvalidArgument, "codes: missing");
    auto codes = (*root)->getArray("codes");
    if (!codes)
        return fail(ErrorCode::InvalidArgument, "codes: expected a list");
    if (codes->size() == 0)
        return fail(ErrorCode::InvalidArgument, "codes: empty");
    for (std::size_t i = 0; i < codes->size(); ++i) {
        const auto value = codes->get(unsigned(i));
        if (!value.isString() || value.extract<std::string>().empty())
            return fail(ErrorCode::InvalidArgument,
                "codes[" + std::to_string(i) + "]: expected a code such as \"59408-5\"");
        out.codes.push_back(value.extract<std::string>());
    }
    auto measured = triage::parseCaseMeasurements(json);
    if (!measured)
        return fail(measured.error());
    out.now = measured->now;
    out.observations = std::move(measured->observations);
    return out;
}

std::string suggestionToJson(const Suggestion &s)
{
    std::string out = "{\"rules\": " + triage::rulesToJson(s.rules)
        + ", \"method\": " + jsonString(s.method) + ", \"basis\": {";
    for (std::size_t i = 0; i < s.basis.size(); ++i) {
        const auto &b = s.basis[i];
        out += std::string(i ? ", " : "") + jsonString(b.code) + ": {\"n\": " + std::to_string(b.n)
            + ", \"days\": " + std::to_string(b.days);
        if (b.level)
            out += ", \"level\": " + number(*b.level) + ", \"spread\": " + number(*b.spread);
        if (!b.note.empty())
            out += ", \"note\": " + jsonString(b.note);
        out += "}";
    }
    return out + "}}";
}

Result<ReplayRequest> parseReplayRequest(std::string_view json)
{
    auto root = parseObject(json);
    if (!root)
        return fail(root.error());
    ReplayRequest out;
    if ((*root)->has("days")) {
        const auto days = (*root)->get("days");
        if (!days.isInteger() || days.convert<int>() < 1 || days.convert<int>() > 400)
            return fail(ErrorCode::InvalidArgument, "days: expected a whole number 1–400");
        out.days = days.convert<int>();
    }
    auto active = rulesField(*root, "active");
    if (!active)
        return fail(active.error());
    auto draft = rulesField(*root, "draft");
    if (!draft)
        return fail(draft.error());
    out.active = std::move(*active);
    out.draft = std::move(*draft);
    auto measured = triage::parseCaseMeasurements(json);
    if (!measured)
        return fail(measured.error());
    out.now = measured->now;
    out.observations = std::move(measured->observations);
    out.answers = std::move(measured->answers);
    return out;
}

std::string replayToJson(int days, const ReplayCounts &active, const ReplayCounts &draft)
{
    return "{\"days\": " + std::to_string(days) + ", \"active\": " + counts(active)
        + ", \"draft\": " + counts(draft) + "}";
}

} // namespace varde::plan
