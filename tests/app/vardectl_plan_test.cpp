// `vardectl plan suggest` and `vardectl plan replay` through the binary, as scripts use them.
#include <catch2/catch.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace
{

struct Run {
    int exitCode;
    std::string out;
    std::string err;
};

Run vardectl(const std::string &args, const std::string &input)
{
    const auto dir = std::filesystem::temp_directory_path();
    const auto inFile = (dir / "vardectl-plan-in.json").string();
    const auto errFile = (dir / "vardectl-plan-err.txt").string();
    std::ofstream(inFile) << input;
    const std::string command
        = std::string(VARDECTL) + " " + args + " - < '" + inFile + "' 2> '" + errFile + "'";
    FILE *pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    std::array<char, 4096> buffer {};
    while (auto n = fread(buffer.data(), 1, buffer.size(), pipe))
        out.append(buffer.data(), n);
    const int status = pclose(pipe);
    std::ostringstream err;
    err << std::ifstream(errFile).rdbuf();
    return { WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, err.str() };
}

Poco::JSON::Object::Ptr parsed(const std::string &text)
{
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

// SpO2 once a day at 08:00 for the days before 30 March 2026, the values given oldest first.
std::string spo2Series(const std::vector<int> &values)
{
    std::string out;
    const int n = int(values.size());
    for (int i = 0; i < n; ++i) {
        const int day = 30 - (n - i); // March days; the series must stay within March
        char line[160];
        std::snprintf(line, sizeof line,
            "%s{\"code\": \"59408-5\", \"value\": %d, \"unit\": \"%%\", "
            "\"time\": \"2026-03-%02dT08:00:00+01:00\"}",
            i ? ", " : "", values[std::size_t(i)], day);
        out += line;
    }
    return out;
}

constexpr const char *now = "\"now\": \"2026-03-30T12:00:00+02:00\"";

} // namespace

TEST_CASE("vardectl plan suggest proposes limits from the trial period", "[vardectl][plan]")
{
    const auto run = vardectl("plan suggest",
        std::string("{") + now + ", \"codes\": [\"59408-5\", \"8867-4\"], \"measurements\": ["
            + spo2Series({ 91, 91, 91, 91, 91, 91, 90, 92, 90, 92, 90, 92, 89, 93 }) + "]}");
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    const auto result = parsed(run.out);
    const auto rules = result->getArray("rules");
    REQUIRE(rules->size() == 1); // no pulse values: no pulse rule
    const auto rule = rules->getObject(0);
    CHECK(rule->getValue<std::string>("code") == "59408-5");
    CHECK(rule->getValue<std::string>("type") == "band");
    CHECK(rule->getValue<double>("yellow_below") == 88);
    CHECK(rule->getValue<double>("red_below") == 86);
    const auto basis = result->getObject("basis");
    CHECK(basis->getObject("59408-5")->getValue<int>("n") == 14);
    CHECK(basis->getObject("59408-5")->getValue<double>("level") == 91);
    CHECK(basis->getObject("8867-4")->getValue<int>("n") == 0);
    CHECK(basis->getObject("8867-4")->getValue<std::string>("note").find("for få målinger")
        != std::string::npos);
    CHECK(result->getValue<std::string>("method").find("median") != std::string::npos);
}

TEST_CASE("vardectl plan replay counts what each rule set would have raised", "[vardectl][plan]")
{
    // 20 days at 93 with one day at 90.
    std::vector<int> values(20, 93);
    values[10] = 90;
    const auto run = vardectl("plan replay",
        std::string("{") + now + ", \"days\": 30, "
            + "\"active\": [{\"code\": \"59408-5\", \"type\": \"band\", \"yellow_below\": 92, "
              "\"red_below\": 88}], "
            + "\"draft\": [{\"code\": \"59408-5\", \"type\": \"band\", \"yellow_below\": 94, "
              "\"red_below\": 91}], "
            + "\"measurements\": [" + spo2Series(values) + "]}");
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    const auto result = parsed(run.out);
    CHECK(result->getValue<int>("days") == 30);
    const auto active = result->getObject("active");
    CHECK(active->getValue<int>("red") == 0);
    CHECK(active->getValue<int>("yellow") == 1);
    CHECK(active->getValue<int>("missing") == 0);
    const auto draft = result->getObject("draft");
    CHECK(draft->getValue<int>("red") == 1);
    CHECK(draft->getValue<int>("yellow") == 19);
    CHECK(draft->getValue<int>("suspect") == 0);
}

TEST_CASE("vardectl plan names the wrong field and prints nothing", "[vardectl][plan]")
{
    struct Case {
        const char *args;
        std::string input;
        const char *error;
    };
    const std::vector<Case> cases {
        { "plan suggest", std::string("{") + now + ", \"measurements\": []}", "codes: missing" },
        { "plan suggest", std::string("{") + now + ", \"codes\": [7], \"measurements\": []}",
            "codes[0]" },
        { "plan suggest", "{\"codes\": [\"59408-5\"], \"measurements\": []}", "now" },
        { "plan suggest",
            std::string("{") + now
                + ", \"codes\": [\"59408-5\"], \"measurements\": [{\"code\": \"59408-5\", "
                  "\"value\": \"høy\", \"unit\": \"%\", \"time\": "
                  "\"2026-03-29T08:00:00+02:00\"}]}",
            "measurements[0].value" },
        { "plan replay", std::string("{") + now + ", \"draft\": [], \"measurements\": []}",
            "active: missing" },
        { "plan replay",
            std::string("{") + now
                + ", \"active\": [], \"draft\": [{\"code\": \"59408-5\", \"type\": \"band\", "
                  "\"red_below\": \"lav\"}], \"measurements\": []}",
            "draft[0].red_below" },
        { "plan replay",
            std::string("{") + now
                + ", \"days\": 0, \"active\": [], \"draft\": [], \"measurements\": []}",
            "days" },
        { "plan replay", "not json", "invalid JSON" },
    };
    for (const auto &c : cases) {
        CAPTURE(c.args, c.input);
        const auto run = vardectl(c.args, c.input);
        CAPTURE(run.err);
        CHECK(run.exitCode == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find(c.error) != std::string::npos);
    }
}
