// Reading every official sample, and the errors of broken messages.
#include "plo_samples.h"

#include "core/plo/document_json.h"
#include "core/plo/reader.h"

#include <catch2/catch.hpp>

#include <set>

using namespace varde;
using plo_test::replaced;
using plo_test::sample;

namespace
{

std::string herOfParty(const plo::Addressee &a)
{
    if (a.unit)
        return a.unit->herId;
    if (a.person)
        return a.person->herId;
    return "";
}

std::string readError(const std::string &xml)
{
    auto document = plo::readDocument(xml);
    REQUIRE_FALSE(document);
    CHECK(document.error().code == ErrorCode::InvalidArgument);
    return document.error().detail;
}

} // namespace

TEST_CASE("every file in the samples folder is in the table of hand-read values", "[plo]")
{
    std::set<std::string> listed;
    for (const auto &s : plo_test::samples())
        listed.insert(s.file);
    std::set<std::string> present;
    for (const auto &entry : std::filesystem::directory_iterator(plo_test::sampleDir()))
        if (entry.path().extension() == ".xml")
            present.insert(entry.path().filename().string());
    CHECK(present == listed);
    CHECK(present.size() == 24);
}

TEST_CASE("every sample reads with type, ids, HER-ids, patient and text", "[plo]")
{
    for (const auto &s : plo_test::samples()) {
        CAPTURE(s.file);
        auto document = plo::readDocument(sample(s.file));
        if (!document)
            FAIL(document.error().detail);
        CHECK(document->type == s.type);
        CHECK(document->msgId == s.msgId);
        CHECK(document->sender.organisation.herId == s.senderHer);
        CHECK(herOfParty(document->sender) == s.senderPartyHer);
        CHECK(document->receiver.organisation.herId == s.receiverHer);
        CHECK(herOfParty(document->receiver) == s.receiverPartyHer);
        CHECK_FALSE(document->genDate.empty());
        CHECK(document->text().find(s.text) != std::string::npos);
        if (document->type == "APPREC") {
            CHECK_FALSE(document->patient);
            continue;
        }
        REQUIRE(document->patient);
        CHECK(document->patient->familyName == s.patientFamilyName);
        CHECK(document->patient->id == s.patientId);
        CHECK(document->patient->idType == "FNR");
        CHECK_FALSE(document->sender.organisation.name.empty());
        CHECK_FALSE(document->receiver.organisation.name.empty());
    }
}

TEST_CASE("helsefaglig dialog: names, note under its code, the PDF attachment", "[plo]")
{
    auto d = plo::readDocument(sample("Helsefaglig_dialog.xml"));
    REQUIRE(d);
    CHECK(d->kind.schema == plo::Schema::Dialog11);
    CHECK(d->typeText == "Helsefaglig dialog");
    CHECK(d->genDate == "2017-06-12T09:35:22");
    CHECK(d->refToParent == "d14ea2f3-d796-4d7b-8271-a4480d2b4035");
    CHECK(d->refToConversation == "d14ea2f3-d796-4d7b-8271-a4480d2b4035");
    CHECK(d->sender.organisation.name == "Kattskinnet legesenter");
    REQUIRE(d->sender.person);
    CHECK(d->sender.person->name == "Rita Lin");
    CHECK(d->receiver.organisation.name == "ST OLAVS HOSPITAL HF");
    REQUIRE(d->receiver.unit);
    CHECK(d->receiver.unit->name == "Ortopedisk kirurgi");
    REQUIRE(d->patient);
    CHECK(d->patient->fullName() == "Line Danser");
    REQUIRE(d->texts.size() == 2);
    CHECK(d->texts[0].field == "Tema");
    CHECK(d->texts[0].heading == "Henvendelse om pasient");
    CHECK(d->texts[0].text == "EKG tatt i dag");
    CHECK(d->texts[1].field == "TekstNotatInnhold");
    CHECK(d->texts[1].text.rfind("Pasienten er henvist til kardiologisk poliklinikk", 0) == 0);
    REQUIRE(d->attachments.size() == 1);
    CHECK(d->attachments[0].mimeType == "application/pdf");
    CHECK(d->attachments[0].description == "EKG-2017-06-12");
    // Decoded size of the Base64Container, computed separately with Python's base64 module.
    CHECK(d->attachments[0].size == std::optional<std::uint64_t>(1499321));
}

TEST_CASE("helseopplysninger til lege: the problem under its heading, the GP as receiver", "[plo]")
{
    auto d = plo::readDocument(sample("Helseopplysninger_til_lege_v1-6_Ny.xml"));
    REQUIRE(d);
    CHECK(d->kind.schema == plo::Schema::HelseopplysningerTilLege);
    CHECK(d->sender.organisation.name == "Alvdal Kommune");
    REQUIRE(d->sender.unit);
    CHECK(d->sender.unit->name == "Sykepleietjeneste");
    REQUIRE(d->receiver.person);
    CHECK(d->receiver.person->name == "August September");
    CHECK(d->patient->dateOfBirth == "1969-11-13");
    bool problem = false;
    for (const auto &t : d->texts)
        if (t.field == "Notat" && t.heading == "Aktuell problemstilling")
            problem = t.text.find("føler seg svimmel") != std::string::npos;
    CHECK(problem);
    CHECK(d->text().find("Aktuell problemstilling: Pasienten har som kjent hjemmesykepleie")
        != std::string::npos);
    CHECK(d->attachments.empty());
}

TEST_CASE("a dialog reply keeps answer, remark and the copied question", "[plo]")
{
    auto d = plo::readDocument(sample("Testcase-Dialogmeldingen_Case2.xml"));
    REQUIRE(d);
    CHECK(d->kind.schema == plo::Schema::Dialog10);
    REQUIRE(d->texts.size() == 3);
    CHECK(d->texts[0].field == "TekstNotatInnhold");
    CHECK(d->texts[0].heading == "De etterspurte opplysningene er inkludert i meldingen");
    CHECK(d->texts[1].field == "Merknad");
    CHECK(d->texts[2].field == "Sporsmal");
    CHECK(d->texts[2].heading == "Spørsmål om å få oversendt hele journalen");
    // An organisation with only an org. number: no HER-id, the number kept as ENH.
    REQUIRE(d->receiver.organisation.ids.size() == 1);
    CHECK(d->receiver.organisation.ids[0].id == "974 793 539");
    CHECK(d->receiver.organisation.ids[0].type == "ENH");
}

TEST_CASE("an AppRec 1.0: status 3 with its errors and the original message", "[plo]")
{
    auto d = plo::readDocument(sample("apprec-eksempel.xml"));
    REQUIRE(d);
    CHECK(d->kind.schema == plo::Schema::AppRec10);
    CHECK(d->genDate == "2009-09-10T11:31:54.148+02:00");
    CHECK(d->sender.organisation.name == "ARBEIDS- OG VELFERDSETATEN");
    CHECK(d->sender.organisation.herId.empty());
    REQUIRE(d->sender.organisation.ids.size() == 1);
    CHECK(d->sender.organisation.ids[0].type == "ENH");
    REQUIRE(d->sender.unit);
    CHECK(d->sender.unit->name == "Kontrollsystem");
    REQUIRE(d->appRec);
    CHECK(d->appRec->status == "3");
    CHECK(d->appRec->statusText == "OK, feil i delmelding");
    REQUIRE(d->appRec->errors.size() == 5);
    CHECK(d->appRec->errors[1].code == "1239");
    CHECK(d->appRec->errors[1].text == "Sum krav overstiger maksimal egenandel for pasientreiser.");
    CHECK(d->appRec->originalMsgId == "1b08b3f5-76c1-4560-ae4e-90e04cb0bc70");
    CHECK(d->appRec->originalMsgType == "PROM");
    CHECK(d->appRec->originalIssueDate == "2008-05-13T20:45:30+02:00");
}

TEST_CASE("an AppRec 1.1 with HER-ids in Inst, Dept and HCPerson", "[plo]")
{
    const auto xml = plo_test::appRec11();
    auto d = plo::readDocument(xml);
    REQUIRE(d);
    CHECK(d->kind.schema == plo::Schema::AppRec11);
    CHECK(d->sender.role == "PRIM");
    CHECK(d->sender.organisation.herId == "91096");
    REQUIRE(d->sender.person);
    CHECK(d->sender.person->herId == "91100");
    CHECK(d->receiver.role == "AVS");
    CHECK(d->receiver.organisation.herId == "99387"); // from AdditionalId; Id is the org. no.
    REQUIRE(d->receiver.unit);
    CHECK(d->receiver.unit->herId == "5078");
    REQUIRE(d->appRec);
    CHECK(d->appRec->status == "2");
    REQUIRE(d->appRec->errors.size() == 1);
    CHECK(d->appRec->errors[0].code == "E21");
    CHECK(d->text() == "Avvist\n\nE21: Mottaker finnes ikke");
}

TEST_CASE("broken messages are refused with a reason", "[plo]")
{
    const auto dialog = sample("Testcase-Dialogmeldingen_Case1.xml");
    const auto consultation = sample("Helseopplysninger_til_lege_v1-6_Ny.xml");

    SECTION("truncated")
    {
        const auto detail = readError(dialog.substr(0, dialog.size() / 2));
        CHECK(detail.rfind("not well-formed XML: line ", 0) == 0);
    }
    SECTION("not XML at all")
    {
        CHECK(readError("").rfind("not well-formed XML", 0) == 0);
        CHECK(readError("{\"type\": \"json\"}").rfind("not well-formed XML: line 1: ", 0) == 0);
    }
    SECTION("MsgHead in another namespace")
    {
        const auto other = replaced(
            dialog, "http://www.kith.no/xmlstds/msghead/2006-05-24", "http://example.org/msghead");
        REQUIRE(other != dialog);
        CHECK(readError(other)
            == "not a MsgHead or AppRec document (root {http://example.org/msghead}MsgHead)");
    }
    SECTION("another root element")
    {
        CHECK(readError("<bar xmlns=\"urn:x\"/>")
            == "not a MsgHead or AppRec document (root {urn:x}bar)");
    }
    SECTION("no patient")
    {
        const auto from = dialog.find("<Patient>");
        const auto to = dialog.find("</Patient>");
        REQUIRE(from != std::string::npos);
        REQUIRE(to != std::string::npos);
        auto without = dialog;
        without.erase(from, to + std::string("</Patient>").size() - from);
        CHECK(readError(without) == "MsgHead/MsgInfo/Patient: missing");
    }
    SECTION("a patient without identifier")
    {
        const auto from = dialog.find("<Id>13116900216</Id>");
        REQUIRE(from != std::string::npos);
        auto without = dialog;
        without.erase(from, std::string("<Id>13116900216</Id>").size());
        const auto detail = readError(without);
        CHECK(detail == "MsgHead/MsgInfo/Patient/Ident/Id: missing");
    }
    SECTION("unknown type")
    {
        const auto foo = replaced(consultation, "V=\"HELSEOPPLYSNINGER_LEGE\"", "V=\"FOO\"");
        REQUIRE(foo != consultation);
        CHECK(readError(foo) == "unknown message type FOO");
    }
    SECTION("no type")
    {
        const auto none = replaced(consultation, "V=\"HELSEOPPLYSNINGER_LEGE\"", "");
        REQUIRE(none != consultation);
        CHECK(readError(none) == "MsgHead/MsgInfo/Type/@V: missing");
    }
    SECTION("a PLO type with another type's content")
    {
        const auto wrong = replaced(
            consultation, "V=\"HELSEOPPLYSNINGER_LEGE\"", "V=\"MEDISINSKE_OPPLYSNINGER\"");
        const auto detail = readError(wrong);
        CHECK(detail.find("MEDISINSKE_OPPLYSNINGER expects its content in "
                          "{http://www.kith.no/xmlstds/po/MedisinskeOpplysninger/2012-04-01}")
            != std::string::npos);
        CHECK(detail.find("HelseopplysningerTilLege/2012-04-01}Konsultasjon") != std::string::npos);
    }
    SECTION("a dialog type with PLO content")
    {
        const auto wrong
            = replaced(consultation, "V=\"HELSEOPPLYSNINGER_LEGE\"", "V=\"DIALOG_NOTAT\"");
        CHECK(readError(wrong).rfind("DIALOG_NOTAT needs Dialogmelding content", 0) == 0);
    }
    SECTION("a DOCTYPE with an external entity")
    {
        const auto withDtd = replaced(dialog, "<MsgHead ",
            "<!DOCTYPE MsgHead [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<MsgHead ");
        REQUIRE(withDtd != dialog);
        CHECK(readError(withDtd) == "a DOCTYPE is not allowed in a message");
    }
    SECTION("the reason never names the patient")
    {
        const auto foo = replaced(dialog, "V=\"DIALOG_FORESPORSEL\"", "V=\"FOO\"");
        const auto detail = readError(foo);
        CHECK(detail.find("Danser") == std::string::npos);
        CHECK(detail.find("13116900216") == std::string::npos);
    }
}

TEST_CASE("the JSON form has what vardectl plo read promises", "[plo]")
{
    auto d = plo::readDocument(sample("Dialogmelding_foresporsel_PLO_v1-0.xml"));
    REQUIRE(d);
    const auto json = plo::documentToJson(*d);
    CHECK(json.find("\"type\": \"DIALOG_FORESPORSEL\"") != std::string::npos);
    CHECK(json.find("\"msg_id\": \"f0f88210-0111-11e8-8f1a-0800200c9a66\"") != std::string::npos);
    CHECK(json.find("\"sender\": {\"name\": \"Alvdal Kommune\", \"her_id\": \"99387\"")
        != std::string::npos);
    CHECK(json.find("\"receiver\": {\"name\": \"Kattskinnet legesenter\", \"her_id\": \"91096\"")
        != std::string::npos);
    CHECK(json.find("\"patient\": {\"name\": \"Line Danser\"") != std::string::npos);
    CHECK(json.find("\"id\": \"13116900216\"") != std::string::npos);
    CHECK(json.find("\"text\": \"Annen henvendelse: Pas går snart tom for cetirizin")
        != std::string::npos);
}
