// Receipts (AppRec 1.0/1.1) and the demo GP's replies: each validates in-process, with xmllint
// and with resources/plo/validate.sh, and reads back with its parties mirrored.
#include "plo_samples.h"

#include "core/common/uuid.h"
#include "core/plo/apprec.h"
#include "core/plo/compose.h"
#include "core/plo/gp_reply.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

using namespace varde;
using plo_test::sample;

namespace
{

const plo::SchemaSet &bundled()
{
    static const plo::SchemaSet schemas(
        std::filesystem::path(VARDE_SOURCE_DIR) / "resources" / "plo" / "xsd");
    return schemas;
}

int exitCode(const std::string &command)
{
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A folder of its own under the system's temp folder, removed at the end of the test.
class TempFolder
{
public:
    TempFolder()
        : m_path(std::filesystem::temp_directory_path() / ("varde-apprec-test-" + newUuid()))
    {
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder() { std::filesystem::remove_all(m_path); }
    TempFolder(const TempFolder &) = delete;
    TempFolder &operator=(const TempFolder &) = delete;

    std::filesystem::path write(const std::string &name, const std::string &text) const
    {
        const auto path = m_path / name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// In-process against the bundled drivers and with xmllint as validate.sh runs it.
void requireValid(const std::string &xml, plo::Schema expected)
{
    INFO(xml.substr(0, 4000));
    auto kind = plo::validateDocument(xml, bundled());
    if (!kind)
        FAIL(kind.error().detail);
    CHECK(kind->schema == expected);

    TempFolder folder;
    const auto file = folder.write("message.xml", xml);
    const auto xsd = bundled().directory();
    CHECK(exitCode("XML_CATALOG_FILES='file://" + (xsd / "catalog.xml").string()
              + "' xmllint --noout --nonet --schema '"
              + (xsd / "drivers" / std::string(plo::driverName(expected))).string() + ".xsd' '"
              + file.string() + "' > /dev/null 2>&1")
        == 0);
}

plo::OutgoingMessage copdMessage(plo::OutgoingKind kind)
{
    plo::OutgoingMessage m;
    m.kind = kind;
    m.msgId = newUuid();
    m.genDate
        = time::fromOslo(std::chrono::year { 2026 } / 3 / 30, std::chrono::minutes { 8 * 60 + 14 });
    m.sender = { "Varde kommune", "99387", "Digital hjemmeoppfølging", "5078", "Gunn Omsorg",
        "+47 72 72 72 72" };
    m.receiver = { "Kattskinnet legesenter", "91096", "Rita Lin", "91101" };
    m.patient = { "Line", "Danser", "13116900216" };
    m.content.problem = "Oksygenmetning 86 % i hvile, under rød grense 88 %.";
    m.content.measurements = "30.03 08:05  SpO2 86 %  puls 104";
    m.content.question = "Ønsker vurdering av forverring av KOLS.";
    return m;
}

std::string composed(plo::OutgoingKind kind)
{
    auto xml = plo::composeMessage(copdMessage(kind));
    REQUIRE(xml);
    return *xml;
}

plo::PloDocument read(const std::string &xml)
{
    auto doc = plo::readDocument(xml);
    if (!doc)
        FAIL(doc.error().detail);
    return *doc;
}

time::Instant receiptTime()
{
    return time::fromOslo(
        std::chrono::year { 2026 } / 3 / 30, std::chrono::minutes { 8 * 60 + 20 });
}

plo::AppRecAnswer okAnswer()
{
    plo::AppRecAnswer a;
    a.genDate = receiptTime();
    return a;
}

plo::AppRecAnswer rejected(std::string_view code)
{
    plo::AppRecAnswer a = okAnswer();
    a.outcome = plo::AppRecOutcome::Rejected;
    a.errors.push_back({ std::string(code), "" });
    return a;
}

std::string herOfParty(const plo::Addressee &a)
{
    if (a.unit)
        return a.unit->herId;
    if (a.person)
        return a.person->herId;
    return "";
}

// A PDF-like file: the header, then binary bytes.
std::string pdfBytes(std::size_t size)
{
    std::string bytes = "%PDF-1.4\n";
    for (std::size_t i = bytes.size(); i < size; ++i)
        bytes += static_cast<char>(i * 37 % 256);
    return bytes;
}

} // namespace

TEST_CASE("apprec: the version follows the original", "[plo][apprec]")
{
    for (const auto schema : plo::allSchemas) {
        CAPTURE(plo::driverName(schema));
        auto version = plo::appRecSchemaFor(schema);
        if (plo::isAppRec(schema)) {
            REQUIRE_FALSE(version);
            CHECK(version.error().code == ErrorCode::InvalidArgument);
        } else {
            REQUIRE(version);
            CHECK(*version
                == (schema == plo::Schema::Dialog10 ? plo::Schema::AppRec10
                                                    : plo::Schema::AppRec11));
        }
    }
}

TEST_CASE("apprec: the code texts of list 8221", "[plo][apprec]")
{
    namespace e = plo::apprec_error;
    CHECK(plo::appRecErrorText(e::unknownRecipient) == "Mottaker finnes ikke");
    CHECK(plo::appRecErrorText(e::missingNationalId) == "Pasientens fødselsnummer mangler");
    CHECK(plo::appRecErrorText(e::wrongNationalId) == "Pasientens fødselsnummer er feil");
    CHECK(plo::appRecErrorText(e::patientNotFound) == "Pasienten finnes ikke i mottakersystemet");
    CHECK(plo::appRecErrorText(e::notWellFormed) == "Ikke XML / ikke 'well formed' / uleselig");
    CHECK(plo::appRecErrorText(e::notValid) == "XML validerer ikke");
    CHECK(plo::appRecErrorText(e::unsupportedFormat) == "Støtter ikke meldingsformatet");
    CHECK(plo::appRecErrorText(e::otherError) == "Annen feil");
    CHECK(plo::appRecErrorText("E10") == "Ugyldig meldingsidentifikator");
    CHECK(plo::appRecErrorText("E36") == "Pasientopplysninger er utilstrekkelige");
    CHECK(plo::appRecErrorText("T99") == "Annen feil på format");
    CHECK(plo::appRecErrorText("Z42").empty());
}

TEST_CASE("apprec: OK and rejected answers to each of our kinds", "[plo][apprec]")
{
    const auto kind = GENERATE(plo::OutgoingKind::HelseopplysningerLege,
        plo::OutgoingKind::DialogForesporsel, plo::OutgoingKind::HelsefagligDialog);
    const bool ok = GENERATE(true, false);
    CAPTURE(plo::outgoingTypeCode(kind), ok);
    const auto ours = composed(kind);
    const auto original = read(ours);
    // The GP's system received our message and answers it.
    const auto expected = kind == plo::OutgoingKind::DialogForesporsel ? plo::Schema::AppRec10
                                                                       : plo::Schema::AppRec11;
    auto answer = ok ? okAnswer() : rejected(plo::apprec_error::patientNotFound);
    answer.msgId = newUuid();
    auto xml = plo::composeAppRec(original, original.kind.schema, answer);
    REQUIRE(xml);
    requireValid(*xml, expected);

    const auto receipt = read(*xml);
    CHECK(receipt.kind.schema == expected);
    CHECK(receipt.type == "APPREC");
    CHECK(receipt.msgId == answer.msgId);
    CHECK(receipt.genDate == "2026-03-30T08:20:00+02:00");
    CHECK_FALSE(receipt.patient);
    REQUIRE(receipt.appRec);
    const auto &info = *receipt.appRec;
    CHECK(info.status == (ok ? "1" : "2"));
    CHECK(info.statusText == (ok ? "OK" : "Avvist"));
    if (ok) {
        CHECK(info.errors.empty());
    } else {
        REQUIRE(info.errors.size() == 1);
        CHECK(info.errors[0].code == "E35");
        CHECK(info.errors[0].text == "Pasienten finnes ikke i mottakersystemet");
        CHECK(xml->find("S=\"2.16.578.1.12.4.1.1.8221\"") != std::string::npos);
    }
    CHECK(info.originalMsgId == original.msgId);
    CHECK(info.originalMsgType == original.type);
    CHECK(info.originalIssueDate == original.genDate);

    // Mirrored: the GP's practice (with the GP) answers our organisation (with its service).
    CHECK(receipt.sender.organisation.name == "Kattskinnet legesenter");
    CHECK(receipt.sender.organisation.herId == "91096");
    REQUIRE(receipt.sender.person);
    CHECK(receipt.sender.person->name == "Rita Lin");
    CHECK(receipt.sender.person->herId == "91101");
    CHECK(receipt.receiver.organisation.name == "Varde kommune");
    CHECK(receipt.receiver.organisation.herId == "99387");
    REQUIRE(receipt.receiver.unit);
    CHECK(receipt.receiver.unit->name == "Digital hjemmeoppfølging");
    CHECK(receipt.receiver.unit->herId == "5078");
    const bool v11 = expected == plo::Schema::AppRec11;
    CHECK(receipt.sender.role == (v11 ? "PRIM" : ""));
    CHECK(receipt.receiver.role == (v11 ? "AVS" : ""));
    CHECK(xml->find(v11 ? "<MIGversion>v1.1 2012-02-15</MIGversion>"
                        : "<MIGversion>1.0 2004-11-21</MIGversion>")
        != std::string::npos);
}

TEST_CASE("apprec: every official sample is answered in its version", "[plo][apprec]")
{
    for (const auto &s : plo_test::samples()) {
        if (s.type == std::string("APPREC"))
            continue;
        CAPTURE(s.file);
        const auto original = read(sample(s.file));
        const auto expected = original.kind.schema == plo::Schema::Dialog10 ? plo::Schema::AppRec10
                                                                            : plo::Schema::AppRec11;
        for (const bool ok : { true, false }) {
            auto xml = plo::composeAppRec(original, original.kind.schema,
                ok ? okAnswer() : rejected(plo::apprec_error::notValid));
            REQUIRE(xml);
            requireValid(*xml, expected);
            const auto receipt = read(*xml);
            REQUIRE(receipt.appRec);
            CHECK(receipt.appRec->status == (ok ? "1" : "2"));
            CHECK(receipt.appRec->errors.size() == (ok ? 0u : 1u));
            CHECK(receipt.appRec->originalMsgId == s.msgId);
            CHECK(receipt.appRec->originalMsgType == s.type);
            CHECK(receipt.sender.organisation.herId == s.receiverHer);
            CHECK(herOfParty(receipt.sender) == s.receiverPartyHer);
            CHECK(receipt.receiver.organisation.herId == s.senderHer);
            CHECK(herOfParty(receipt.receiver) == s.senderPartyHer);
            CHECK(receipt.sender.organisation.name == original.receiver.organisation.name);
            CHECK(receipt.receiver.organisation.name == original.sender.organisation.name);
        }
    }
}

TEST_CASE("apprec: identifiers other than HER-ids are kept", "[plo][apprec]")
{
    // Case2_2's sender practice has only an org. number (ENH); its GP's HER-id has dots.
    const auto original = read(sample("Testcase-Dialogmeldingen_Case2.xml"));
    auto xml = plo::composeAppRec(original, original.kind.schema, okAnswer());
    REQUIRE(xml);
    const auto receipt = read(*xml);
    REQUIRE(receipt.receiver.organisation.ids.size() == 1);
    CHECK(receipt.receiver.organisation.ids[0].id == "971318864");
    CHECK(receipt.receiver.organisation.ids[0].type == "ENH");
    REQUIRE(receipt.receiver.person);
    CHECK(receipt.receiver.person->herId == "369.767");
}

TEST_CASE("apprec: several errors, a text of our own", "[plo][apprec]")
{
    const auto original = read(composed(plo::OutgoingKind::HelsefagligDialog));
    auto answer = rejected(plo::apprec_error::wrongNationalId);
    answer.errors.push_back({ "X99", "Meldingen gjelder en pasient vi ikke følger opp" });
    auto xml = plo::composeAppRec(original, original.kind.schema, answer);
    REQUIRE(xml);
    requireValid(*xml, plo::Schema::AppRec11);
    const auto receipt = read(*xml);
    REQUIRE(receipt.appRec);
    REQUIRE(receipt.appRec->errors.size() == 2);
    CHECK(receipt.appRec->errors[0].code == "E31");
    CHECK(receipt.appRec->errors[0].text == "Pasientens fødselsnummer er feil");
    CHECK(receipt.appRec->errors[1].code == "X99");
    CHECK(receipt.appRec->errors[1].text == "Meldingen gjelder en pasient vi ikke følger opp");
    CHECK(isUuid(receipt.msgId));
}

TEST_CASE("apprec: refusals", "[plo][apprec]")
{
    const auto original = read(composed(plo::OutgoingKind::HelseopplysningerLege));
    const auto refusal = [](const Result<std::string> &xml) {
        REQUIRE_FALSE(xml);
        CHECK(xml.error().code == ErrorCode::InvalidArgument);
        CHECK(xml.error().detail.find("Danser") == std::string::npos);
        CHECK(xml.error().detail.find("Kattskinnet") == std::string::npos);
        return xml.error().detail;
    };

    SECTION("a receipt is never answered")
    {
        for (const auto &receiptXml : { plo_test::appRec11(), sample("apprec-eksempel.xml") }) {
            const auto receipt = read(receiptXml);
            CHECK(refusal(plo::composeAppRec(receipt, receipt.kind.schema, okAnswer()))
                == "original: an AppRec is never answered");
        }
    }
    SECTION("a rejection without an error, an OK with one")
    {
        auto answer = okAnswer();
        answer.outcome = plo::AppRecOutcome::Rejected;
        CHECK(refusal(plo::composeAppRec(original, original.kind.schema, answer))
            == "errors: a rejection needs at least one error");
        answer = okAnswer();
        answer.errors.push_back({ "E21", "" });
        CHECK(refusal(plo::composeAppRec(original, original.kind.schema, answer))
            == "errors: an OK receipt carries none");
    }
    SECTION("an error without a code, an unknown code without text")
    {
        CHECK(refusal(plo::composeAppRec(original, original.kind.schema, rejected("")))
            == "errors[0].code: missing");
        CHECK(refusal(plo::composeAppRec(original, original.kind.schema, rejected("Z42")))
            == "errors[0].text: missing for a code not in 8221");
    }
    SECTION("what the original lacks")
    {
        auto broken = original;
        broken.msgId.clear();
        CHECK(refusal(plo::composeAppRec(broken, broken.kind.schema, okAnswer()))
            == "original.msg_id: missing");
        broken = original;
        broken.sender.organisation.name = " ";
        CHECK(refusal(plo::composeAppRec(broken, broken.kind.schema, okAnswer()))
            == "original.sender.organisation_name: missing");
        broken = original;
        broken.genDate = "i går";
        CHECK(refusal(plo::composeAppRec(broken, broken.kind.schema, okAnswer()))
            == "original.gen_date: not an xs:dateTime");
    }
    SECTION("a message id that is not a UUID")
    {
        auto answer = okAnswer();
        answer.msgId = "42";
        CHECK(refusal(plo::composeAppRec(original, original.kind.schema, answer))
            == "msg_id: not a UUID");
    }
}

TEST_CASE("gp reply: DIALOG_SVAR to our forespørsel", "[plo][gp_reply]")
{
    const auto message = copdMessage(plo::OutgoingKind::DialogForesporsel);
    auto ours = plo::composeMessage(message);
    REQUIRE(ours);
    plo::GpReply reply;
    reply.text = "Øk Spiriva til 2 doser. Ny kontroll på fredag.";
    reply.msgId = newUuid();
    reply.genDate = receiptTime();
    auto xml = plo::composeGpReply(*ours, reply);
    REQUIRE(xml);
    requireValid(*xml, plo::Schema::Dialog10);

    const auto doc = read(*xml);
    CHECK(doc.type == "DIALOG_SVAR");
    CHECK(doc.typeText == "Svar på forespørsel");
    CHECK(doc.msgId == reply.msgId);
    CHECK(doc.genDate == "2026-03-30T08:20:00+02:00");
    CHECK(doc.refToParent == message.msgId);
    CHECK(doc.refToConversation == message.msgId);
    CHECK(doc.sender.organisation.herId == "91096");
    REQUIRE(doc.sender.person);
    CHECK(doc.sender.person->name == "Rita Lin");
    CHECK(doc.sender.person->herId == "91101");
    CHECK(doc.receiver.organisation.herId == "99387");
    REQUIRE(doc.receiver.unit);
    CHECK(doc.receiver.unit->herId == "5078");
    REQUIRE(doc.patient);
    CHECK(doc.patient->fullName() == "Line Danser");
    CHECK(doc.patient->id == "13116900216");
    CHECK(doc.patient->idType == "FNR");
    REQUIRE_FALSE(doc.texts.empty());
    CHECK(doc.texts[0].field == "TekstNotatInnhold");
    CHECK(doc.texts[0].heading == "Svar på forespørsel");
    CHECK(doc.texts[0].text == reply.text);
    // The request is copied in, with its question and its author.
    CHECK(doc.text().find("Ønsker vurdering av forverring av KOLS.") != std::string::npos);
    CHECK(xml->find("<TypeForesp V=\"99\"") != std::string::npos);
    CHECK(xml->find("tel:+4772727272") != std::string::npos);
}

TEST_CASE("gp reply: the official forespørsel samples are answered", "[plo][gp_reply]")
{
    int answered = 0;
    for (const auto &s : plo_test::samples()) {
        if (s.type != std::string("DIALOG_FORESPORSEL"))
            continue;
        CAPTURE(s.file);
        const auto original = read(sample(s.file));
        auto xml = plo::composeGpReply(sample(s.file), { "Svar fra fastlegen.", "", {} });
        if (!original.receiver.person) { // sent to a service, not to a GP
            REQUIRE_FALSE(xml);
            CHECK(xml.error().detail == "original.receiver: no HealthcareProfessional (the GP)");
            continue;
        }
        REQUIRE(xml);
        requireValid(*xml, plo::Schema::Dialog10);
        const auto reply = read(*xml);
        CHECK(reply.type == "DIALOG_SVAR");
        CHECK(reply.refToParent == s.msgId);
        CHECK(reply.sender.organisation.herId == s.receiverHer);
        CHECK(reply.receiver.organisation.herId == s.senderHer);
        CHECK(reply.patient->id == s.patientId);
        // The request, copied in whatever prefixes the original used, keeps its text.
        CHECK(reply.text().find(s.text) != std::string::npos);
        ++answered;
    }
    CHECK(answered >= 1);
}

TEST_CASE("gp reply: DIALOG_HELSEFAGLIG to our dialog and helseopplysninger", "[plo][gp_reply]")
{
    const auto kind
        = GENERATE(plo::OutgoingKind::HelsefagligDialog, plo::OutgoingKind::HelseopplysningerLege);
    CAPTURE(plo::outgoingTypeCode(kind));
    const auto message = copdMessage(kind);
    auto ours = plo::composeMessage(message);
    REQUIRE(ours);
    auto xml = plo::composeGpReply(*ours, { "Takk, jeg ringer pasienten i dag.", "", {} });
    REQUIRE(xml);
    requireValid(*xml, plo::Schema::Dialog11);

    const auto doc = read(*xml);
    CHECK(doc.type == "DIALOG_HELSEFAGLIG");
    CHECK(isUuid(doc.msgId));
    CHECK(doc.refToParent == message.msgId);
    CHECK(doc.refToConversation == message.msgId);
    CHECK(doc.sender.organisation.name == "Kattskinnet legesenter");
    REQUIRE(doc.sender.person);
    CHECK(doc.sender.person->herId == "91101");
    CHECK(doc.receiver.organisation.name == "Varde kommune");
    REQUIRE(doc.receiver.unit);
    CHECK(doc.receiver.unit->name == "Digital hjemmeoppfølging");
    REQUIRE(doc.patient);
    CHECK(doc.patient->id == "13116900216");
    CHECK(doc.text().find("Henvendelse om pasient: Takk, jeg ringer pasienten i dag.")
        != std::string::npos);
    CHECK(xml->find("<TemaKodet V=\"6\" DN=\"Henvendelse om pasient\" "
                    "S=\"2.16.578.1.12.4.1.1.7322\"/>")
        != std::string::npos);
}

TEST_CASE("gp reply: a conversation keeps its first message id", "[plo][gp_reply]")
{
    const auto first = "0b6c1f8e-6a2d-4f7e-9a53-6f0d2a1c9e11";
    const auto ours = composed(plo::OutgoingKind::HelsefagligDialog);
    const auto later = plo_test::replaced(ours, "<Sender>",
        std::string("<ConversationRef><RefToParent>") + first + "</RefToParent><RefToConversation>"
            + first + "</RefToConversation></ConversationRef><Sender>");
    REQUIRE(later != ours);
    auto xml = plo::composeGpReply(later, { "Svar.", "", {} });
    REQUIRE(xml);
    const auto doc = read(*xml);
    CHECK(doc.refToConversation == first);
    CHECK(doc.refToParent == read(ours).msgId);
}

TEST_CASE("gp reply: refusals", "[plo][gp_reply]")
{
    const auto refusal = [](const Result<std::string> &xml) {
        REQUIRE_FALSE(xml);
        CHECK(xml.error().code == ErrorCode::InvalidArgument);
        CHECK(xml.error().detail.find("Danser") == std::string::npos);
        return xml.error().detail;
    };
    CHECK(
        refusal(plo::composeGpReply("<MsgHead", { "Svar.", "", {} })).rfind("original: ", 0) == 0);
    CHECK(refusal(plo::composeGpReply(
              sample("Medisinske_opplysninger_v1-6_Ny.xml"), { "Svar.", "", {} }))
        == "original: a GP's system answers DIALOG_FORESPORSEL (Dialogmelding 1.0), "
           "DIALOG_HELSEFAGLIG or HELSEOPPLYSNINGER_LEGE, not MEDISINSKE_OPPLYSNINGER");
    // A forespørsel in Dialogmelding 1.1 has no DIALOG_SVAR in 1.0 to answer it.
    const auto ours11 = plo_test::replaced(
        composed(plo::OutgoingKind::HelsefagligDialog), "DIALOG_HELSEFAGLIG", "DIALOG_FORESPORSEL");
    CHECK(refusal(plo::composeGpReply(ours11, { "Svar.", "", {} })).find("not DIALOG_FORESPORSEL")
        != std::string::npos);
    CHECK(refusal(plo::composeGpReply(plo_test::appRec11(), { "Svar.", "", {} })).find("not APPREC")
        != std::string::npos);
    const auto ours = composed(plo::OutgoingKind::DialogForesporsel);
    CHECK(refusal(plo::composeGpReply(ours, { " \n", "", {} })) == "text: missing");
    CHECK(refusal(plo::composeGpReply(ours, { std::string(20001, 'x'), "", {} }))
        == "text: longer than 20000 characters");
    CHECK(refusal(plo::composeGpReply(ours, { "Svar.", "42", {} })) == "msg_id: not a UUID");
}

TEST_CASE("validate.sh accepts one document of every kind we compose", "[plo][apprec]")
{
    TempFolder folder;
    std::vector<std::filesystem::path> files;
    const auto add = [&](const std::string &name, const Result<std::string> &xml) {
        INFO(name);
        REQUIRE(xml);
        files.push_back(folder.write(name, *xml));
    };

    auto helsefaglig = copdMessage(plo::OutgoingKind::HelsefagligDialog);
    helsefaglig.attachments.push_back(
        { "application/pdf", "Målinger siste 30 dager", pdfBytes(5000) });
    const auto foresporsel = composed(plo::OutgoingKind::DialogForesporsel);
    const auto helseopplysninger = composed(plo::OutgoingKind::HelseopplysningerLege);
    auto dialog = plo::composeMessage(helsefaglig);
    REQUIRE(dialog);
    add("helseopplysninger.xml", helseopplysninger);
    add("foresporsel.xml", foresporsel);
    add("helsefaglig-med-vedlegg.xml", *dialog);
    const auto foresporselDoc = read(foresporsel);
    const auto helseopplysningerDoc = read(helseopplysninger);
    add("apprec-1.0.xml",
        plo::composeAppRec(foresporselDoc, foresporselDoc.kind.schema, okAnswer()));
    add("apprec-1.1.xml",
        plo::composeAppRec(helseopplysningerDoc, helseopplysningerDoc.kind.schema,
            rejected(plo::apprec_error::unknownRecipient)));
    add("svar.xml", plo::composeGpReply(foresporsel, { "Svar fra fastlegen.", "", {} }));
    add("svar-helsefaglig.xml", plo::composeGpReply(*dialog, { "Takk for vedlegget.", "", {} }));
    add("svar-helseopplysninger.xml",
        plo::composeGpReply(helseopplysninger, { "Jeg ser på det i dag.", "", {} }));

    std::string command = "bash '" + std::string(VARDE_SOURCE_DIR) + "/resources/plo/validate.sh'";
    for (const auto &file : files)
        command += " '" + file.string() + "'";
    const auto output = folder.path() / "validate.out";
    const int rc = exitCode(command + " > '" + output.string() + "' 2>&1");
    const auto report = plo_test::readFile(output);
    INFO(report);
    CHECK(rc == 0);
    std::size_t okLines = 0;
    for (std::size_t at = report.find("OK   "); at != std::string::npos;
         at = report.find("OK   ", at + 1))
        ++okLines;
    CHECK(okLines == files.size());
    CHECK(report.find("AppRec 1.0") != std::string::npos);
    CHECK(report.find("AppRec 1.1") != std::string::npos);
    CHECK(report.find("DIALOG_SVAR") != std::string::npos);
}
