// Reading the change feed's pages at the workstation (json_scan.h, feed_page.h): measurements
// and answers come out as flat rows with their values intact (escapes, numbers, nulls), other
// entities as objects, and anything that is not a page is refused with a reason in words.
#include "core/sync/feed_page.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::sync;

TEST_CASE("a feed page reads into flat measurement rows and whole other rows", "[sync][feed]")
{
    const std::string body = R"({"cursor":"v1.c.812.44","more":true,"changes":[
        {"seq":43,"entity":"measurement","entity_id":"m-1","op":"insert","payload":
          {"id":"m-1","patient_id":"p-1","kind":"spo2","value":86.5,"unit":"%",
           "canonical_value":86.5,"measured_at":1764000000000,"source":"device",
           "code":"59408-5","date_only":false,"panel_id":null}},
        {"payload":{"id":"a-1","patient_id":"p-1","question_id":"q","answer":"mye \"verre\" \u00e6\u00f8\u00e5 \ud83d\ude00\n","answered_at":-5},
         "entity":"questionnaire_answer","entity_id":"a-1","op":"insert","seq":44},
        {"seq":45,"entity":"plan_version","entity_id":"v-1","op":"update","full_row":true,
         "payload":{"id":"v-1","status":"active","rules_json":"[]","version":3,"approval":{"method":"phone"}}}
      ]})";
    auto page = parseFeedPage(body);
    REQUIRE(page);
    CHECK(page->cursor == "v1.c.812.44");
    CHECK(page->more);
    CHECK_FALSE(page->resync);
    REQUIRE(page->changes.size() == 3);

    const auto &m = page->changes[0];
    CHECK(m.entity == "measurement");
    CHECK(m.seq == 43);
    REQUIRE(m.flat);
    CHECK(m.flat->text("kind") == "spo2");
    CHECK(*m.flat->number("value", 0) == 86.5);
    CHECK(*m.flat->integer("measured_at", 0) == 1764000000000);
    CHECK(m.flat->text("panel_id").empty()); // null
    CHECK(m.flat->text("date_only") == "false");
    CHECK_FALSE(m.flat->integer("value", 0)); // 86.5 is no integer

    // The payload before the entity (any order), escapes decoded to UTF-8.
    const auto &a = page->changes[1];
    REQUIRE(a.flat);
    CHECK(a.seq == 44);
    CHECK(a.flat->text("answer") == "mye \"verre\" æøå 😀\n");
    CHECK(*a.flat->integer("answered_at", 0) == -5);

    const auto &v = page->changes[2];
    CHECK_FALSE(v.flat);
    REQUIRE(v.payload);
    CHECK(v.payload->getValue<std::string>("status") == "active");
    CHECK(v.payload->getObject("approval")->getValue<std::string>("method") == "phone");
}

TEST_CASE("a resync answer and an empty page read as such", "[sync][feed]")
{
    auto resync = parseFeedPage(R"({"resync":true})");
    REQUIRE(resync);
    CHECK(resync->resync);
    auto empty = parseFeedPage(R"( {"cursor":"c","more":false,"changes":[]} )");
    REQUIRE(empty);
    CHECK(empty->changes.empty());
    CHECK_FALSE(empty->more);
}

TEST_CASE("what is not a feed page is refused with the reason", "[sync][feed]")
{
    const auto refused = [](const std::string &body, const std::string &reason) {
        auto page = parseFeedPage(body);
        INFO(body);
        REQUIRE_FALSE(page);
        CHECK(page.error().code == ErrorCode::InvalidArgument);
        INFO(page.error().detail);
        CHECK(page.error().detail.rfind("feed page: ", 0) == 0);
        CHECK(page.error().detail.find(reason) != std::string::npos);
    };
    refused("", "not a JSON object");
    refused("[]", "not a JSON object");
    refused(R"({"more":false,"changes":[]})", "no cursor");
    refused(R"({"cursor":"c"})", "no changes array");
    refused(R"({"cursor":"c","changes":{}})", "changes is not an array");
    refused(R"({"cursor":"c","more":"yes","changes":[]})", "more is not true or false");
    refused(R"({"cursor":"c","changes":[]} trailing)", "text after the page");
    refused(R"({"cursor":"c","changes":[{"entity":"measurement","op":"insert","payload":{}}]})",
        "lacks entity, entity_id or op");
    refused(R"({"cursor":"c","changes":[{"entity":"measurement","entity_id":"m","op":"insert"}]})",
        "no payload");
    refused(R"({"cursor":"c","changes":[{"entity":"measurement","entity_id":"m","op":"i",)"
            R"("payload":{"id":"m","value":{"v":1}}}]})",
        "payload is not flat");
    refused(R"({"cursor":"c","changes":[{"entity":"patient","entity_id":"p","op":"i",)"
            R"("payload":{"id":"p",}}]})",
        "payload");
    refused("{\"cursor\":\"c\x01\",\"changes\":[]}", "control character");
    refused(R"({"cursor":"c\q","changes":[]})", "bad escape");
    refused(R"({"cursor":7,"changes":[]})", "expected a string");
    refused(R"({"cursor":"\ud800","changes":[]})", "lone surrogate");
    refused(R"({"cursor":"c","changes":[{"entity":"measurement","entity_id":"m","op":"i",)"
            R"("seq":01,"payload":{}}]})",
        "bad number");
    refused(R"({"cursor":"c","changes":[{"entity":"measurement","entity_id":"m","op":"i",)"
            R"("payload":{"id":"m"})",
        "expected");
}
