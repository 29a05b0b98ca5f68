// Schema validation in-process: every sample passes, broken ones fail with lines, xmllint agrees.
#include "plo_samples.h"

#include "core/plo/validate.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <sys/wait.h>
#include <thread>

using namespace varde;
using plo_test::replaced;
using plo_test::sample;

namespace
{

const plo::SchemaSet &bundled()
{
    static const plo::SchemaSet schemas(
        std::filesystem::path(VARDE_SOURCE_DIR) / "resources" / "plo" / "xsd");
    return schemas;
}

std::string invalidDetail(const std::string &xml)
{
    auto kind = plo::validateDocument(xml, bundled());
    REQUIRE_FALSE(kind);
    CHECK(kind.error().code == ErrorCode::InvalidArgument);
    return kind.error().detail;
}

// xmllint as /work/shared/plo/validate.sh runs it: --nonet, the bundled catalog as a file URI.
int xmllint(const std::string &driver, const std::filesystem::path &file)
{
    const auto xsd = bundled().directory();
    const std::string command = "XML_CATALOG_FILES='file://" + (xsd / "catalog.xml").string()
        + "' xmllint --noout --nonet --schema '" + (xsd / "drivers" / driver).string() + ".xsd' '"
        + file.string() + "' > /dev/null 2>&1";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST_CASE("the schema folder is the source tree's copy", "[plo]")
{
    CHECK(std::filesystem::is_regular_file(plo::sourceTreeSchemaDirectory() / "catalog.xml"));
    CHECK(std::filesystem::equivalent(plo::sourceTreeSchemaDirectory(), bundled().directory()));
}

TEST_CASE("every driver compiles offline from the bundled files", "[plo]")
{
    for (const auto schema : plo::allSchemas) {
        CAPTURE(plo::driverName(schema));
        auto loaded = bundled().load(schema);
        if (!loaded)
            FAIL(loaded.error().detail);
    }
}

TEST_CASE("every sample is valid and of its type", "[plo]")
{
    for (const auto &s : plo_test::samples()) {
        CAPTURE(s.file);
        auto kind = plo::validateDocument(sample(s.file), bundled());
        if (!kind)
            FAIL(kind.error().detail);
        CHECK(kind->type == s.type);
        const std::string expected = s.type == std::string("APPREC") ? "AppRec 1.0" : s.type;
        CHECK(plo::kindLabel(*kind) == expected);
    }
}

TEST_CASE("the AppRec 1.1 of the reader tests is valid", "[plo]")
{
    auto kind = plo::validateDocument(plo_test::appRec11(), bundled());
    if (!kind)
        FAIL(kind.error().detail);
    CHECK(kind->schema == plo::Schema::AppRec11);
}

TEST_CASE("invalid messages fail with libxml2's errors and their lines", "[plo]")
{
    const auto consultation = sample("Helseopplysninger_til_lege_v1-6_Ny.xml");

    SECTION("an unexpected element in the envelope")
    {
        const auto renamed
            = replaced(replaced(consultation, "<MsgId>", "<MsgIdx>"), "</MsgId>", "</MsgIdx>");
        REQUIRE(renamed != consultation);
        CHECK(invalidDetail(renamed)
            == "line 10: Element '{http://www.kith.no/xmlstds/msghead/2006-05-24}MsgIdx': This "
               "element is not expected. Expected is ( "
               "{http://www.kith.no/xmlstds/msghead/2006-05-24}MsgId ).");
    }
    SECTION("an error in the content: one line per error")
    {
        const auto bad = replaced(replaced(consultation, "<GenDate>2018-01-30T09:15:00</GenDate>",
                                      "<GenDate>i går</GenDate>"),
            "<Forsendelsesstatus", "<Ukjent/><Forsendelsesstatus");
        REQUIRE(bad != consultation);
        const auto detail = invalidDetail(bad);
        CHECK(detail.rfind("line 9: ", 0) == 0);
        CHECK(detail.find("\nline ") != std::string::npos);
        CHECK(detail.find("Ukjent") != std::string::npos);
    }
    SECTION("a value that may be personal is not repeated")
    {
        const auto named = replaced(consultation, "<GenDate>2018-01-30T09:15:00</GenDate>",
            "<GenDate>Line Danser 13116900216</GenDate>");
        REQUIRE(named != consultation);
        const auto detail = invalidDetail(named);
        CHECK(detail
            == "line 9: Element '{http://www.kith.no/xmlstds/msghead/2006-05-24}GenDate': '…' is "
               "not a valid value of the atomic type 'xs:dateTime'.");
    }
    SECTION("not well-formed, unknown type, wrong namespace: before any schema")
    {
        CHECK(
            invalidDetail(consultation.substr(0, 500)).rfind("not well-formed XML: line ", 0) == 0);
        CHECK(invalidDetail(replaced(consultation, "\"HELSEOPPLYSNINGER_LEGE\"", "\"FOO\""))
            == "unknown message type FOO");
        CHECK(invalidDetail(replaced(
                  consultation, "http://www.kith.no/xmlstds/msghead/2006-05-24", "urn:other"))
            == "not a MsgHead or AppRec document (root {urn:other}MsgHead)");
    }
}

TEST_CASE("a missing schema folder is a file error", "[plo]")
{
    const plo::SchemaSet nowhere("/nonexistent/varde/xsd");
    auto kind = plo::validateDocument(sample("Helsefaglig_dialog.xml"), nowhere);
    REQUIRE_FALSE(kind);
    CHECK(kind.error().code == ErrorCode::Io);
    CHECK(kind.error().detail.find("dialog-1.1.xsd") != std::string::npos);
}

TEST_CASE("a schema that imports from the network is refused, not fetched", "[plo]")
{
    const auto dir = std::filesystem::temp_directory_path() / "varde-plo-nonet";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "drivers");
    std::filesystem::copy_file(bundled().directory() / "catalog.xml", dir / "catalog.xml");
    std::ofstream(dir / "drivers" / "dialog-1.0.xsd")
        << "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
           "<xs:import namespace=\"http://www.kith.no/xmlstds/dialog/2006-10-11\" "
           "schemaLocation=\"http://example.invalid/dialogmelding.xsd\"/></xs:schema>";
    const plo::SchemaSet schemas(dir);
    auto loaded = schemas.load(plo::Schema::Dialog10);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().detail.find("refused to load http://example.invalid/dialogmelding.xsd")
        != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("xmllint with the bundled catalog agrees with the in-process validation", "[plo]")
{
    REQUIRE(std::system("command -v xmllint > /dev/null 2>&1") == 0); // libxml2-utils
    const auto good = plo_test::sampleDir() / "Helseopplysninger_til_lege_v1-6_Ny.xml";
    const auto dialog = plo_test::sampleDir() / "Helsefaglig_dialog.xml";
    CHECK(xmllint("plo-helseopplysninger-til-lege", good) == 0);
    CHECK(plo::validateDocument(plo_test::readFile(good), bundled()));
    CHECK(xmllint("dialog-1.1", dialog) == 0);
    CHECK(plo::validateDocument(plo_test::readFile(dialog), bundled()));

    const auto bad = std::filesystem::temp_directory_path() / "varde-plo-invalid.xml";
    std::ofstream(bad) << replaced(plo_test::readFile(good), "<MsgId>", "<Ukjent/><MsgId>");
    CHECK(xmllint("plo-helseopplysninger-til-lege", bad) != 0);
    CHECK_FALSE(plo::validateDocument(plo_test::readFile(bad), bundled()));
    std::filesystem::remove(bad);
}

TEST_CASE("one schema set validates on several threads at once", "[plo]")
{
    const plo::SchemaSet schemas(bundled().directory()); // compiled lazily, from the threads
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (std::size_t t = 0; t < failures.size(); ++t)
        threads.emplace_back([&, t] {
            for (const auto &s : plo_test::samples())
                if (!plo::validateDocument(sample(s.file), schemas))
                    ++failures[t];
        });
    for (auto &thread : threads)
        thread.join();
    CHECK(failures == std::vector<int>(4, 0));
}
