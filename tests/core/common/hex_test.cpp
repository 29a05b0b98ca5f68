#include "core/common/hex.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace varde;

TEST_CASE("toHex writes two lower-case digits per byte", "[hex]")
{
    const std::vector<unsigned char> bytes { 0x00, 0x0f, 0xa0, 0xff, 0x12 };
    CHECK(toHex(bytes.data(), bytes.size()) == "000fa0ff12");
    CHECK(toHex(nullptr, 0).empty());
}

TEST_CASE("fromHex and toHex round trip every byte value", "[hex]")
{
    std::vector<unsigned char> bytes(256);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<unsigned char>(i);
    const std::string text = toHex(bytes.data(), bytes.size());
    CHECK(text.size() == 512);
    const auto back = fromHex(text);
    REQUIRE(back);
    CHECK(*back == bytes);
}

TEST_CASE("fromHex accepts upper case and the empty text", "[hex]")
{
    const auto upper = fromHex("00FFaB");
    REQUIRE(upper);
    CHECK(*upper == std::vector<unsigned char> { 0x00, 0xff, 0xab });
    const auto empty = fromHex("");
    REQUIRE(empty);
    CHECK(empty->empty());
}

TEST_CASE("fromHex rejects odd lengths and non-hex digits", "[hex]")
{
    // Odd lengths, then the characters just outside 0-9, A-F and a-f, then other junk.
    const std::string bad = GENERATE(as<std::string> {}, "0", "abc", "0/", "0:", "0@", "0G", "0`",
        "0g", "g0", "0x1f", "0 11", "-1", "ab\nc");
    CAPTURE(bad);
    CHECK_FALSE(fromHex(bad).has_value());
}
