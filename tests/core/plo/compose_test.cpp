// Composing outgoing messages (PLO 1.6 helseopplysninger til lege, dialog): each kind validates
// against the bundled schemas and reads back with the same parties, patient, text and attachments;
// each missing field is named.
#include "core/common/uuid.h"
#include "core/plo/compose.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>

using namespace varde;

namespace
{

const plo::SchemaSet &bundled()
{
    static const plo::SchemaSet schemas(
        std::filesystem::path(VARDE_SOURCE_DIR) / "resources" / "plo" / "xsd");
    return schemas;
}

plo::OutgoingMessage copdMessage(plo::OutgoingKind kind)
{
    plo::OutgoingMessage m;
    m.kind = kind;
    m.genDate
        = time::fromOslo(std::chrono::year { 2026 } / 3 / 30, std::chrono::minutes { 8 * 60 + 14 });
    m.sender = { "Varde kommune", "99387", "Digital hjemmeoppfølging", "5078", "Gunn Omsorg",
        "+47 72 72 72 72" };
    m.receiver = { "Kattskinnet legesenter", "91096", "Rita Lin", "91101" };
    m.patient = { "Line", "Danser", "13116900216" };
    m.content.problem = "Oksygenmetning 86 % i hvile, under rød grense 88 %.";
    m.content.measurements = "Tid              SpO2  Puls\n"
                             "29.03 08:10       91 %   88\n"
                             "30.03 08:05       86 %  104";
    m.content.plan = "Rød sone: kontakt fastlege samme dag.";
    m.content.actionsTaken = "Ringt pasienten, ny måling etter hvile.";
    m.content.medication = "Spiriva 2,5 µg x 1, Ventoline ved behov";
    m.content.question = "Ønsker vurdering av forverring av KOLS.";
    return m;
}

} // namespace

TEST_CASE("compose: dialog kinds validate and read back", "[plo][compose]")
{
    const auto kind
        = GENERATE(plo::OutgoingKind::DialogForesporsel, plo::OutgoingKind::HelsefagligDialog);
    auto message = copdMessage(kind);
    message.msgId = "298ba670-05a9-11e8-8f1a-0800200c9a66";

    auto xml = plo::composeMessage(message);
    REQUIRE(xml);

    auto valid = plo::validateDocument(*xml, bundled());
    INFO(*xml);
    REQUIRE(valid);
    const bool foresporsel = kind == plo::OutgoingKind::DialogForesporsel;
    CHECK(valid->schema == (foresporsel ? plo::Schema::Dialog10 : plo::Schema::Dialog11));
    CHECK(valid->type == (foresporsel ? "DIALOG_FORESPORSEL" : "DIALOG_HELSEFAGLIG"));

    auto doc = plo::readDocument(*xml);
    REQUIRE(doc);
    CHECK(doc->type == valid->type);
    CHECK(doc->msgId == message.msgId);
    CHECK(doc->genDate == "2026-03-30T08:14:00+02:00");
    CHECK(doc->sender.organisation.herId == "99387");
    REQUIRE(doc->sender.unit);
    CHECK(doc->sender.unit->herId == "5078");
    CHECK(doc->sender.unit->name == "Digital hjemmeoppfølging");
    CHECK(doc->receiver.organisation.herId == "91096");
    CHECK(doc->receiver.organisation.name == "Kattskinnet legesenter");
    REQUIRE(doc->receiver.person);
    CHECK(doc->receiver.person->herId == "91101");
    CHECK(doc->receiver.person->name == "Rita Lin");
    REQUIRE(doc->patient);
    CHECK(doc->patient->familyName == "Danser");
    CHECK(doc->patient->givenName == "Line");
    CHECK(doc->patient->id == "13116900216");
    CHECK(doc->patient->idType == "FNR");
    const auto text = doc->text();
    CHECK(text.find("Oksygenmetning 86 %") != std::string::npos);
    CHECK(text.find("Ønsker vurdering av forverring av KOLS.") != std::string::npos);
    CHECK(text.find("Spiriva") != std::string::npos);
    CHECK(text.find("Rød sone") != std::string::npos);
    CHECK(text.find("30.03 08:05") != std::string::npos);
    // The nurse and her phone are in the content.
    CHECK(xml->find("tel:+4772727272") != std::string::npos);
    CHECK(xml->find("<FamilyName>Omsorg</FamilyName>") != std::string::npos);
}

TEST_CASE("compose: a new message id, D-number, no service unit", "[plo][compose]")
{
    auto message = copdMessage(plo::OutgoingKind::HelsefagligDialog);
    message.patient.nationalId = "41018012345";
    message.sender.serviceName.clear();
    message.sender.serviceHerId.clear();
    auto xml = plo::composeMessage(message);
    REQUIRE(xml);
    REQUIRE(plo::validateDocument(*xml, bundled()));
    auto doc = plo::readDocument(*xml);
    REQUIRE(doc);
    CHECK(isUuid(doc->msgId));
    CHECK_FALSE(doc->sender.unit);
    CHECK(doc->patient->idType == "DNR");

    auto again = plo::composeMessage(message);
    REQUIRE(again);
    CHECK(plo::readDocument(*again)->msgId != doc->msgId);
}

TEST_CASE("compose: text is escaped", "[plo][compose]")
{
    auto message = copdMessage(plo::OutgoingKind::DialogForesporsel);
    message.content.question = "Puls < 50 & > 120 ønskes vurdert <b>nå</b>?";
    auto xml = plo::composeMessage(message);
    REQUIRE(xml);
    REQUIRE(plo::validateDocument(*xml, bundled()));
    CHECK(plo::readDocument(*xml)->text().find("Puls < 50 & > 120 ønskes vurdert <b>nå</b>?")
        != std::string::npos);
}

TEST_CASE("compose: each broken rule is named and gives no XML", "[plo][compose]")
{
    struct Case {
        const char *expected;
        std::function<void(plo::OutgoingMessage &)> change;
    };
    const std::vector<Case> cases {
        { "patient.national_id: missing", [](auto &m) { m.patient.nationalId.clear(); } },
        { "patient.national_id: not 11 digits",
            [](auto &m) { m.patient.nationalId = "1311690021"; } },
        { "patient.family_name: missing", [](auto &m) { m.patient.familyName = "  "; } },
        { "patient.given_name: missing", [](auto &m) { m.patient.givenName.clear(); } },
        { "sender.organisation_name: missing", [](auto &m) { m.sender.organisationName.clear(); } },
        { "sender.organisation_her_id: missing",
            [](auto &m) { m.sender.organisationHerId.clear(); } },
        { "sender.organisation_her_id: not numeric",
            [](auto &m) { m.sender.organisationHerId = "99A87"; } },
        { "sender.service_her_id: missing", [](auto &m) { m.sender.serviceHerId.clear(); } },
        { "sender.nurse_name: missing", [](auto &m) { m.sender.nurseName.clear(); } },
        { "sender.nurse_phone: missing", [](auto &m) { m.sender.nursePhone.clear(); } },
        { "sender.nurse_phone: not a phone number",
            [](auto &m) { m.sender.nursePhone = "ring meg"; } },
        { "receiver.practice_name: missing", [](auto &m) { m.receiver.practiceName.clear(); } },
        { "receiver.practice_her_id: missing", [](auto &m) { m.receiver.practiceHerId.clear(); } },
        { "receiver.gp_name: missing", [](auto &m) { m.receiver.gpName.clear(); } },
        { "receiver.gp_her_id: missing", [](auto &m) { m.receiver.gpHerId.clear(); } },
        { "receiver.gp_her_id: not numeric", [](auto &m) { m.receiver.gpHerId = "91-101"; } },
        { "receiver.gp_her_id: longer than 9 digits",
            [](auto &m) { m.receiver.gpHerId = "1234567890"; } },
        { "content.problem: missing", [](auto &m) { m.content.problem.clear(); } },
        { "content.problem: longer than 500 characters",
            [](auto &m) { m.content.problem = std::string(501, 'x'); } },
        { "content.question: longer than 20000 characters",
            [](auto &m) { m.content.question = std::string(20001, 'x'); } },
        { "msg_id: not a UUID", [](auto &m) { m.msgId = "42"; } },
    };
    for (const auto kind : { plo::OutgoingKind::HelseopplysningerLege,
             plo::OutgoingKind::DialogForesporsel, plo::OutgoingKind::HelsefagligDialog }) {
        for (const auto &c : cases) {
            auto message = copdMessage(kind);
            c.change(message);
            auto xml = plo::composeMessage(message);
            INFO(c.expected);
            REQUIRE_FALSE(xml);
            CHECK(xml.error().code == ErrorCode::InvalidArgument);
            CHECK(xml.error().detail == c.expected);
            // Details never quote values.
            CHECK(xml.error().detail.find("Danser") == std::string::npos);
        }
    }
}

TEST_CASE("compose: every broken rule is reported, in the order of the check", "[plo][compose]")
{
    auto message = copdMessage(plo::OutgoingKind::DialogForesporsel);
    CHECK(plo::messageProblems(message).empty());

    message.content.problem.clear();
    message.patient.nationalId = "1311690021";
    message.sender.nursePhone = "ring meg";
    const auto problems = plo::messageProblems(message);
    std::vector<std::string> details;
    for (const auto &problem : problems) {
        CHECK(problem.code == ErrorCode::InvalidArgument);
        details.push_back(problem.detail);
    }
    CHECK(details
        == std::vector<std::string> { "patient.national_id: not 11 digits",
            "sender.nurse_phone: not a phone number", "content.problem: missing" });
    // checkMessage stops at the first.
    const auto first = plo::checkMessage(message);
    REQUIRE_FALSE(first);
    CHECK(first.error().detail == details.front());
}

TEST_CASE("compose: HELSEOPPLYSNINGER_LEGE validates and reads back", "[plo][compose]")
{
    auto message = copdMessage(plo::OutgoingKind::HelseopplysningerLege);
    message.msgId = "298ba670-05a9-11e8-8f1a-0800200c9a66";

    auto xml = plo::composeMessage(message);
    REQUIRE(xml);
    INFO(*xml);
    auto valid = plo::validateDocument(*xml, bundled());
    REQUIRE(valid);
    CHECK(valid->schema == plo::Schema::HelseopplysningerTilLege);
    CHECK(valid->type == "HELSEOPPLYSNINGER_LEGE");

    auto doc = plo::readDocument(*xml);
    REQUIRE(doc);
    CHECK(doc->type == "HELSEOPPLYSNINGER_LEGE");
    CHECK(doc->typeText == "Helseopplysninger til lege");
    CHECK(doc->msgId == message.msgId);
    CHECK(doc->genDate == "2026-03-30T08:14:00+02:00");
    CHECK(doc->sender.organisation.herId == "99387");
    REQUIRE(doc->sender.unit);
    CHECK(doc->sender.unit->herId == "5078");
    CHECK(doc->receiver.organisation.herId == "91096");
    REQUIRE(doc->receiver.person);
    CHECK(doc->receiver.person->herId == "91101");
    REQUIRE(doc->patient);
    CHECK(doc->patient->id == "13116900216");
    CHECK(doc->patient->idType == "FNR");
    const auto text = doc->text();
    CHECK(text.find("Oksygenmetning 86 % i hvile") != std::string::npos);
    CHECK(text.find("Ønsker vurdering av forverring av KOLS.") != std::string::npos);
    CHECK(text.find("30.03 08:05") != std::string::npos);
    CHECK(text.find("Rød sone") != std::string::npos);
    CHECK(text.find("Ringt pasienten") != std::string::npos);
    CHECK(text.find("Spiriva") != std::string::npos);
    CHECK(text.find("Gunn Omsorg") != std::string::npos);

    // The PLO content as in the official sample: new message, a request for the GP's assessment,
    // the problem under "Aktuell problemstilling", the responsible unit with the nurse's phone.
    CHECK(xml->find("<Forsendelsesstatus V=\"N\" DN=\"Ny\"/>") != std::string::npos);
    CHECK(xml->find("<TypeInnholdKonsultasjon V=\"3\" DN=\"Ønske om legevurdering\"/>")
        != std::string::npos);
    CHECK(xml->find("V=\"PROB\" DN=\"Aktuell problemstilling\" S=\"2.16.578.1.12.4.1.1.9142\"")
        != std::string::npos);
    CHECK(xml->find("<fk1:TeleAddress V=\"tel:+4772727272\"/>") != std::string::npos);
    CHECK(xml->find("<IntervensjonTiltakBeskrivelse>Ringt pasienten") != std::string::npos);
}

TEST_CASE(
    "compose: HELSEOPPLYSNINGER_LEGE with only the problem, no service unit", "[plo][compose]")
{
    auto message = copdMessage(plo::OutgoingKind::HelseopplysningerLege);
    message.content = {};
    message.content.problem = "Puls < 50 & vekt +2 kg på to døgn.";
    message.sender.serviceName.clear();
    message.sender.serviceHerId.clear();
    auto xml = plo::composeMessage(message);
    REQUIRE(xml);
    INFO(*xml);
    REQUIRE(plo::validateDocument(*xml, bundled()));
    auto doc = plo::readDocument(*xml);
    REQUIRE(doc);
    CHECK_FALSE(doc->sender.unit);
    CHECK(doc->text().find("Puls < 50 & vekt +2 kg på to døgn.") != std::string::npos);
    // No question: no request for assessment; no actions: no nursing documentation.
    CHECK(xml->find("TypeInnholdKonsultasjon") == std::string::npos);
    CHECK(xml->find("Sykepleierdokumentasjon") == std::string::npos);
}

namespace
{

// A PDF-like file of `size` bytes: the header, then every byte value.
std::string pdfBytes(std::size_t size)
{
    std::string bytes = "%PDF-1.4\n";
    for (std::size_t i = bytes.size(); i < size; ++i)
        bytes += static_cast<char>(i % 256);
    bytes.resize(size);
    return bytes;
}

} // namespace

TEST_CASE("compose: a PDF attachment validates and reads back", "[plo][compose]")
{
    // Three sizes: base64 with two, one and no padding characters.
    const std::size_t size = GENERATE(1000, 1001, 1002);
    auto message = copdMessage(plo::OutgoingKind::HelsefagligDialog);
    message.attachments.push_back({ "application/pdf", "Målinger siste 30 dager", pdfBytes(size) });
    auto xml = plo::composeMessage(message);
    REQUIRE(xml);
    INFO(xml->substr(0, 3000));
    auto valid = plo::validateDocument(*xml, bundled());
    if (!valid)
        FAIL(valid.error().detail);
    CHECK(valid->schema == plo::Schema::Dialog11);

    auto doc = plo::readDocument(*xml);
    REQUIRE(doc);
    REQUIRE(doc->attachments.size() == 1);
    CHECK(doc->attachments[0].mimeType == "application/pdf");
    CHECK(doc->attachments[0].description == "Målinger siste 30 dager");
    CHECK(doc->attachments[0].size == std::optional<std::uint64_t>(size));
    CHECK(doc->attachments[0].fileReference.empty());
    // As in the official sample: MsgType A, the bytes in a Base64Container; "%PDF-1.4\n".
    CHECK(xml->find("<MsgType V=\"A\" DN=\"Vedlegg\"/>") != std::string::npos);
    CHECK(xml->find("<Base64Container xmlns=\"http://www.kith.no/xmlstds/base64container\">"
                    "JVBERi0xLjQK")
        != std::string::npos);
    // The main text is still the first document's.
    CHECK(doc->text().find("Oksygenmetning 86 %") != std::string::npos);
}

TEST_CASE("compose: base64 of small attachments, several attachments in order", "[plo][compose]")
{
    auto message = copdMessage(plo::OutgoingKind::HelsefagligDialog);
    message.attachments.push_back({ "image/png", "", "Man" });
    message.attachments.push_back({ "image/jpeg", "Foto", "Ma" });
    message.attachments.push_back({ "application/pdf", "Kurve", "M" });
    message.attachments.push_back({ "application/pdf", "Nuller", std::string(4, '\0') });
    auto xml = plo::composeMessage(message);
    REQUIRE(xml);
    REQUIRE(plo::validateDocument(*xml, bundled()));
    // RFC 4648 test vectors.
    CHECK(xml->find(">TWFu</Base64Container>") != std::string::npos);
    CHECK(xml->find(">TWE=</Base64Container>") != std::string::npos);
    CHECK(xml->find(">TQ==</Base64Container>") != std::string::npos);
    CHECK(xml->find(">AAAAAA==</Base64Container>") != std::string::npos);
    auto doc = plo::readDocument(*xml);
    REQUIRE(doc);
    REQUIRE(doc->attachments.size() == 4);
    CHECK(doc->attachments[0].mimeType == "image/png");
    CHECK(doc->attachments[0].description.empty());
    CHECK(doc->attachments[0].size == std::optional<std::uint64_t>(3));
    CHECK(doc->attachments[1].mimeType == "image/jpeg");
    CHECK(doc->attachments[1].size == std::optional<std::uint64_t>(2));
    CHECK(doc->attachments[2].size == std::optional<std::uint64_t>(1));
    CHECK(doc->attachments[3].size == std::optional<std::uint64_t>(4));
}

TEST_CASE("compose: a large attachment is wrapped in lines of 76", "[plo][compose]")
{
    auto message = copdMessage(plo::OutgoingKind::HelsefagligDialog);
    message.attachments.push_back({ "application/pdf", "Rapport", pdfBytes(200000) });
    auto xml = plo::composeMessage(message);
    REQUIRE(xml);
    REQUIRE(plo::validateDocument(*xml, bundled()));
    const auto start = xml->find("JVBERi0xLjQK");
    REQUIRE(start != std::string::npos);
    const auto end = xml->find("</Base64Container>", start);
    REQUIRE(end != std::string::npos);
    std::size_t longest = 0;
    std::size_t line = 0;
    for (std::size_t i = start; i < end; ++i) {
        line = (*xml)[i] == '\n' ? 0 : line + 1;
        longest = std::max(longest, line);
    }
    CHECK(longest == 76);
    auto doc = plo::readDocument(*xml);
    REQUIRE(doc);
    CHECK(doc->attachments.at(0).size == std::optional<std::uint64_t>(200000));
}

TEST_CASE("compose: attachment rules", "[plo][compose]")
{
    struct Case {
        plo::OutgoingKind kind;
        plo::OutgoingAttachment attachment;
        const char *expected;
    };
    const std::vector<Case> cases {
        { plo::OutgoingKind::DialogForesporsel, { "application/pdf", "", "%PDF" },
            "attachments: only a helsefaglig dialog carries attachments" },
        { plo::OutgoingKind::HelseopplysningerLege, { "application/pdf", "", "%PDF" },
            "attachments: only a helsefaglig dialog carries attachments" },
        { plo::OutgoingKind::HelsefagligDialog, { "text/plain", "", "hei" },
            "attachments[0].mime_type: not application/pdf, image/jpeg or image/png" },
        { plo::OutgoingKind::HelsefagligDialog, { "application/PDF", "", "%PDF" },
            "attachments[0].mime_type: not application/pdf, image/jpeg or image/png" },
        { plo::OutgoingKind::HelsefagligDialog, { "image/png", "", "" },
            "attachments[0].bytes: empty" },
        { plo::OutgoingKind::HelsefagligDialog,
            { "application/pdf", "", std::string(plo::maxAttachmentBytes + 1, 'x') },
            "attachments[0].bytes: larger than 10485760 bytes" },
        { plo::OutgoingKind::HelsefagligDialog, { "image/png", std::string(201, 'x'), "png" },
            "attachments[0].description: longer than 200 characters" },
    };
    for (const auto &c : cases) {
        INFO(c.expected);
        auto message = copdMessage(c.kind);
        message.attachments.push_back(c.attachment);
        auto xml = plo::composeMessage(message);
        REQUIRE_FALSE(xml);
        CHECK(xml.error().code == ErrorCode::InvalidArgument);
        CHECK(xml.error().detail == c.expected);
    }

    // Exactly the limit is allowed.
    auto message = copdMessage(plo::OutgoingKind::HelsefagligDialog);
    message.attachments.push_back(
        { "application/pdf", "Stor", std::string(plo::maxAttachmentBytes, 'x') });
    CHECK(plo::checkMessage(message));
}
