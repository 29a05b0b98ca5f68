#pragma once
// Clinical scenarios as JSON files in tests/data/triage: each is a `vardectl triage` case with
// an "expect" object the engine must meet:
//   "expect": {"status": "red",
//              "reasons": [{"status": "red", "code": "59408-5"}, {"status": "yellow", "question":
//              "q"}], "texts": ["SpO2 87 % er under rød grense 88 %"]}
// "reasons" is the exact list of open reasons (status and code or question, any order);
// "texts" are fragments that must each appear in some reason's text. A case that must be
// refused has "expect": {"error": "rules[0].type"} instead: exit 2, message naming the field.
// A file ending in .bad holds input that is not JSON at all; it must be refused as such.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace scenarios
{

struct Expected {
    std::string status;
    std::vector<std::string> reasons; // "red 59408-5", sorted
    std::vector<std::string> texts;
    std::string error;
};

struct Scenario {
    std::string name;
    std::string json;
    Expected expected;
};

inline std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string reasonKey(const Poco::JSON::Object::Ptr &reason)
{
    const std::string status = reason->optValue<std::string>("status", "");
    const std::string what = reason->has("code")
        ? reason->getValue<std::string>("code")
        : "q:" + reason->optValue<std::string>("question", "");
    return status + " " + what;
}

inline std::vector<Scenario> all()
{
    std::vector<Scenario> out;
    for (const auto &entry : std::filesystem::directory_iterator(VARDE_TEST_DATA_DIR "/triage")) {
        Scenario s;
        s.name = entry.path().filename().string();
        s.json = readFile(entry.path());
        if (entry.path().extension() == ".bad") {
            s.expected.error = "invalid JSON";
            out.push_back(std::move(s));
            continue;
        }
        if (entry.path().extension() != ".json")
            continue;
        Poco::JSON::Parser parser;
        auto root = parser.parse(s.json).extract<Poco::JSON::Object::Ptr>();
        auto expect = root->getObject("expect");
        if (!expect)
            continue;
        s.expected.error = expect->optValue<std::string>("error", "");
        s.expected.status = expect->optValue<std::string>("status", "");
        if (auto reasons = expect->getArray("reasons"))
            for (std::size_t i = 0; i < reasons->size(); ++i)
                s.expected.reasons.push_back(reasonKey(reasons->getObject(unsigned(i))));
        if (auto texts = expect->getArray("texts"))
            for (std::size_t i = 0; i < texts->size(); ++i)
                s.expected.texts.push_back(texts->getElement<std::string>(unsigned(i)));
        std::sort(s.expected.reasons.begin(), s.expected.reasons.end());
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

struct Actual {
    std::string status;
    std::vector<std::string> reasons;
    std::vector<std::string> texts;
};

// Reads the result JSON that vardectl prints (and triageResultJson writes).
inline Actual parseResult(const std::string &json)
{
    Poco::JSON::Parser parser;
    auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
    Actual a;
    a.status = root->getValue<std::string>("status");
    auto reasons = root->getArray("reasons");
    for (std::size_t i = 0; i < reasons->size(); ++i) {
        auto r = reasons->getObject(unsigned(i));
        a.reasons.push_back(reasonKey(r));
        a.texts.push_back(r->getValue<std::string>("text"));
    }
    std::sort(a.reasons.begin(), a.reasons.end());
    return a;
}

inline std::vector<std::string> missingTexts(const Expected &e, const Actual &a)
{
    std::vector<std::string> missing;
    for (const auto &fragment : e.texts) {
        const bool found = std::any_of(a.texts.begin(), a.texts.end(),
            [&](const std::string &t) { return t.find(fragment) != std::string::npos; });
        if (!found)
            missing.push_back(fragment);
    }
    return missing;
}

} // namespace scenarios
