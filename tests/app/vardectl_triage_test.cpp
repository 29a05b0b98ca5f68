// The same clinical scenarios through the vardectl binary: what others script against.
#include "../core/triage/scenario_support.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace
{

struct Run {
    int exitCode;
    std::string out;
    std::string err;
};

Run runVardectl(const std::string &file)
{
    const std::string errFile
        = std::filesystem::temp_directory_path() / "vardectl-triage-stderr.txt";
    const std::string command
        = std::string(VARDECTL) + " triage - < '" + file + "' 2> '" + errFile + "'";
    FILE *pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    std::array<char, 4096> buffer {};
    while (auto n = fread(buffer.data(), 1, buffer.size(), pipe))
        out.append(buffer.data(), n);
    const int status = pclose(pipe);
    return { WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, scenarios::readFile(errFile) };
}

} // namespace

TEST_CASE("vardectl triage gives the scenarios' expected results", "[vardectl][triage]")
{
    for (const auto &s : scenarios::all()) {
        CAPTURE(s.name);
        const auto run = runVardectl(VARDE_TEST_DATA_DIR "/triage/" + s.name);
        CAPTURE(run.out, run.err);
        if (!s.expected.error.empty()) {
            CHECK(run.exitCode == 2);
            CHECK(run.out.empty());
            CHECK(run.err.find(s.expected.error) != std::string::npos);
            continue;
        }
        REQUIRE(run.exitCode == 0);
        const auto actual = scenarios::parseResult(run.out);
        CHECK(actual.status == s.expected.status);
        CHECK(actual.reasons == s.expected.reasons);
        CHECK(scenarios::missingTexts(s.expected, actual).empty());
    }
}
