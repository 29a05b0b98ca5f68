#include "core/common/uuid.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace varde;

TEST_CASE("newUuid gives valid, distinct version 4 UUIDs", "[uuid]")
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = newUuid();
        CAPTURE(id);
        REQUIRE(isUuid(id));
        CHECK(id[14] == '4'); // version nibble
        CHECK(std::string("89ab").find(id[19]) != std::string::npos); // RFC 4122 variant
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("nameUuid is deterministic and differs by name and namespace", "[uuid]")
{
    const std::string id = nameUuid("varde-demo/1", "patient/0");
    CAPTURE(id);
    CHECK(isUuid(id));
    CHECK(id[14] == '5');
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);
    CHECK(nameUuid("varde-demo/1", "patient/0") == id);
    CHECK(nameUuid("varde-demo/1", "patient/1") != id);
    CHECK(nameUuid("varde-demo/2", "patient/0") != id);
    // The separator keeps namespace and name apart: "ab"+"c" is not "a"+"bc".
    CHECK(nameUuid("ab", "c") != nameUuid("a", "bc"));
}

TEST_CASE("isUuid accepts the canonical form only", "[uuid]")
{
    CHECK(isUuid("123e4567-e89b-42d3-a456-426614174000"));

    const std::string bad = GENERATE(as<std::string> {},
        "", // empty
        "123e4567-e89b-42d3-a456-42661417400", // 35 characters
        "123e4567-e89b-42d3-a456-4266141740000", // 37 characters
        "123E4567-E89B-42D3-A456-426614174000", // upper case
        "123e4567xe89b-42d3-a456-426614174000", // no dash
        "123e456-7e89b-42d3-a456-426614174000", // dash moved
        "123e4567-e89b-42d3-a456-42661417400g", // not hex
        "{23e4567-e89b-42d3-a456-426614174000}", // braces
        "123e4567e89b42d3a456426614174000"); // no dashes at all
    CAPTURE(bad);
    CHECK_FALSE(isUuid(bad));
}
