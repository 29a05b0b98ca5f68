// `vardectl plo read`, `validate`, `draft`, `send` and `receive` through the binary, as scripts
// and the message service's file adapter use them.
#include "core/plo/apprec.h"
#include "core/plo/gp_reply.h"
#include "core/plo/reader.h"

#include <catch2/catch.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <array>
#include <cstdio>
#include <cstdlib>
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

// Runs vardectl with `args` (already quoted), standard input from `input` when given.
Run vardectl(const std::string &args, const std::string *input = nullptr)
{
    const auto dir = std::filesystem::temp_directory_path();
    const auto inFile = (dir / "vardectl-plo-in.xml").string();
    const auto errFile = (dir / "vardectl-plo-err.txt").string();
    std::string command = std::string(VARDECTL) + " " + args + " 2> '" + errFile + "'";
    if (input) {
        std::ofstream(inFile, std::ios::binary) << *input;
        command += " < '" + inFile + "'";
    }
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

std::string samplePath(const std::string &file)
{
    return std::string(VARDE_TEST_DATA_DIR) + "/plo/samples/" + file;
}

std::string quoted(const std::string &path) { return "'" + path + "'"; }

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Poco::JSON::Object::Ptr parsed(const std::string &text)
{
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

} // namespace

TEST_CASE("vardectl plo read prints a message as JSON", "[vardectl][plo]")
{
    const auto run
        = vardectl("plo read " + quoted(samplePath("Helseopplysninger_til_lege_v1-6_Ny.xml")));
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    const auto json = parsed(run.out);
    CHECK(json->getValue<std::string>("type") == "HELSEOPPLYSNINGER_LEGE");
    CHECK(json->getValue<std::string>("msg_id") == "298ba670-05a9-11e8-8f1a-0800200c9a66");
    CHECK(json->getValue<std::string>("gen_date") == "2018-01-30T09:15:00");
    const auto sender = json->getObject("sender");
    CHECK(sender->getValue<std::string>("name") == "Alvdal Kommune");
    CHECK(sender->getValue<std::string>("her_id") == "99387");
    CHECK(sender->getObject("unit")->getValue<std::string>("her_id") == "5078");
    const auto receiver = json->getObject("receiver");
    CHECK(receiver->getValue<std::string>("name") == "Kattskinnet legesenter");
    CHECK(receiver->getValue<std::string>("her_id") == "91096");
    CHECK(receiver->getObject("person")->getValue<std::string>("name") == "August September");
    const auto patient = json->getObject("patient");
    CHECK(patient->getValue<std::string>("name") == "Line Danser");
    CHECK(patient->getValue<std::string>("id") == "13116900216");
    CHECK(patient->getValue<std::string>("id_type") == "FNR");
    CHECK(json->getValue<std::string>("text").find("det er registrert flere fall")
        != std::string::npos);
}

TEST_CASE("vardectl plo read reads standard input and AppRecs", "[vardectl][plo]")
{
    const auto xml = readFile(samplePath("apprec-eksempel.xml"));
    const auto run = vardectl("plo read -", &xml);
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    const auto json = parsed(run.out);
    CHECK(json->getValue<std::string>("type") == "APPREC");
    CHECK(json->getValue<std::string>("msg_id") == "fe6225205b3d3049e5f600a44a34ca77");
    CHECK(json->getObject("sender")->getValue<std::string>("name") == "ARBEIDS- OG VELFERDSETATEN");
    CHECK(json->get("patient").isEmpty());
    CHECK(json->getObject("apprec")->getValue<std::string>("status") == "3");
}

TEST_CASE(
    "vardectl plo read: malformed and unknown input exits 2 with the reason", "[vardectl][plo]")
{
    const auto xml = readFile(samplePath("Helseopplysninger_til_lege_v1-6_Ny.xml"));

    const auto truncated = xml.substr(0, 700);
    auto run = vardectl("plo read -", &truncated);
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find("not well-formed XML: line ") != std::string::npos);

    auto unknown = xml;
    unknown.replace(unknown.find("HELSEOPPLYSNINGER_LEGE"), 22, "FOO");
    run = vardectl("plo read -", &unknown);
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "vardectl plo read: unknown message type FOO\n");

    run = vardectl("plo read /nonexistent/message.xml");
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find("cannot read /nonexistent/message.xml") != std::string::npos);
}

TEST_CASE("vardectl plo validate: one line per file, exit 1 if any fails", "[vardectl][plo]")
{
    const auto good = samplePath("Helsefaglig_dialog.xml");
    const auto receipt = samplePath("apprec-eksempel.xml");
    auto run = vardectl("plo validate " + quoted(good) + " " + quoted(receipt));
    CAPTURE(run.out, run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.out == "OK " + good + " (DIALOG_HELSEFAGLIG)\nOK " + receipt + " (AppRec 1.0)\n");

    const auto bad = (std::filesystem::temp_directory_path() / "vardectl-plo-bad.xml").string();
    auto text = readFile(good);
    text.replace(text.find("<MsgId>"), 7, "<Ukjent/><MsgId>");
    std::ofstream(bad, std::ios::binary) << text;
    run = vardectl("plo validate " + quoted(good) + " " + quoted(bad));
    CHECK(run.exitCode == 1);
    CHECK(run.out.find("OK " + good + " (DIALOG_HELSEFAGLIG)\n") == 0);
    CHECK(run.out.find("FAIL " + bad
              + ": line 8: Element "
                "'{http://www.kith.no/xmlstds/msghead/2006-05-24}Ukjent': This element is not "
                "expected.")
        != std::string::npos);
    std::filesystem::remove(bad);

    run = vardectl("plo validate");
    CHECK(run.exitCode == 2);
}

TEST_CASE("vardectl plo draft writes a valid message for a red patient", "[vardectl][plo]")
{
    ::setenv("VARDE_PASSWORD", "plo-draft-passord", 1);
    const auto dir = std::filesystem::temp_directory_path() / "vardectl-plo-draft";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto store = (dir / "store").string();
    auto run = vardectl(
        "demo --fast-kdf --store " + quoted(store) + " --patients 20 --days 14 --end 2026-03-30");
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    const std::string now = "2026-03-30T10:30:00+02:00";

    // The first red row of the worklist: "red      Given Family (standardregler)".
    run = vardectl("worklist --store " + quoted(store) + " --now " + now);
    REQUIRE(run.exitCode == 0);
    const auto red = run.out.find("\nred ");
    REQUIRE(red != std::string::npos);
    const auto nameStart = run.out.find_first_not_of(' ', red + 4);
    const auto name = run.out.substr(nameStart, run.out.find(" (", nameStart) - nameStart);

    run = vardectl("patients --json --store " + quoted(store));
    REQUIRE(run.exitCode == 0);
    const auto patients = parsed(run.out)->getArray("patients");
    std::string id, nationalId, gpHerId;
    for (std::size_t i = 0; i < patients->size(); ++i) {
        const auto p = patients->getObject(unsigned(i));
        if (p->getValue<std::string>("name") == name) {
            id = p->getValue<std::string>("id");
            nationalId = p->getValue<std::string>("national_id");
            gpHerId = p->getObject("gp")->getValue<std::string>("her_id");
        }
    }
    CAPTURE(name);
    REQUIRE_FALSE(id.empty());

    const auto out = (dir / "draft.xml").string();
    const auto draft = "plo draft --store " + quoted(store) + " --patient " + id
        + " --kind foresporsel --now " + now + " --out " + quoted(out);
    // The demo nurse's phone comes from the store (the standard requires it in the message).
    run = vardectl(draft);
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "OK " + out + " (DIALOG_FORESPORSEL)\n");
    {
        std::ostringstream xml;
        xml << std::ifstream(out).rdbuf();
        CHECK(xml.str().find("71111001") != std::string::npos);
    }

    run = vardectl("plo validate " + quoted(out));
    CHECK(run.exitCode == 0);
    CHECK(run.out == "OK " + out + " (DIALOG_FORESPORSEL)\n");

    run = vardectl("plo read " + quoted(out));
    REQUIRE(run.exitCode == 0);
    const auto json = parsed(run.out);
    CHECK(json->getObject("patient")->getValue<std::string>("id") == nationalId);
    CHECK(json->getObject("receiver")->getObject("person")->getValue<std::string>("her_id")
        == gpHerId);
    CHECK(json->getValue<std::string>("text").find("Ønsker din vurdering av videre tiltak.")
        != std::string::npos);

    // Queued, handed to the message service's folder, answered by the GP's system, filed.
    run = vardectl(draft + " --queue");
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.out.rfind("QUEUED ", 0) == 0);
    const auto msgId = run.out.substr(7, 36);
    const auto outgoing = dir / "outgoing";
    std::filesystem::create_directories(outgoing);
    run = vardectl("plo send --store " + quoted(store) + " --to " + quoted(outgoing.string()));
    CAPTURE(run.out, run.err);
    REQUIRE(run.exitCode == 0);
    const auto sentFile = outgoing / (msgId + ".xml");
    CHECK(run.out.find("SENT " + sentFile.string() + " (DIALOG_FORESPORSEL)") != std::string::npos);
    CHECK(run.out.find("1 sent") != std::string::npos);
    const auto sent = readFile(sentFile.string());
    CHECK(readFile(out).find("<MsgId>" + msgId + "</MsgId>") != std::string::npos);
    // Sent once: a second run finds nothing waiting.
    run = vardectl("plo send --store " + quoted(store) + " --to " + quoted(outgoing.string()));
    CHECK(run.out == "0 sent\n");

    auto doc = varde::plo::readDocument(sent);
    REQUIRE(doc);
    varde::plo::AppRecAnswer ok;
    ok.genDate = varde::time::now();
    const auto receipt = varde::plo::composeAppRec(*doc, doc->kind.schema, ok);
    REQUIRE(receipt);
    const auto reply
        = varde::plo::composeGpReply(sent, { "Start prednisolon.", "", varde::time::now() });
    REQUIRE(reply);
    const auto receiptFile = (dir / "receipt.xml").string();
    const auto replyFile = (dir / "reply.xml").string();
    const auto brokenFile = (dir / "broken.xml").string();
    std::ofstream(receiptFile) << *receipt;
    std::ofstream(replyFile) << *reply;
    std::ofstream(brokenFile) << reply->substr(0, 300);
    run = vardectl("plo receive --store " + quoted(store) + " " + quoted(receiptFile) + " "
        + quoted(replyFile));
    CAPTURE(run.out, run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.out.find("FILED " + replyFile + " patient " + id) != std::string::npos);
    CHECK(run.out.find("answer queued (AppRec)") != std::string::npos);
    run = vardectl("plo receive --store " + quoted(store) + " " + quoted(brokenFile));
    CHECK(run.exitCode == 1);
    CHECK(
        run.out.find("REFUSED " + brokenFile + ": Meldingen kan ikke leses") != std::string::npos);
    // Our AppRec OK for the reply goes out with the next send.
    run = vardectl("plo send --store " + quoted(store) + " --to " + quoted(outgoing.string()));
    CHECK(run.out.find("(APPREC)") != std::string::npos);

    run = vardectl("plo draft --store " + quoted(store) + " --kind foresporsel --out "
        + quoted((dir / "none.xml").string()));
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("--patient is required") != std::string::npos);
    run = vardectl("plo draft --store " + quoted(store) + " --patient " + id + " --kind brev --out "
        + quoted((dir / "none.xml").string()));
    CHECK(run.exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir / "none.xml"));
    std::filesystem::remove_all(dir);
}
