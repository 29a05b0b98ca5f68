// Checks and writes our outgoing MsgHead messages (with attachments); see compose.h.
#include "core/plo/compose.h"

#include "core/common/uuid.h"
#include "core/plo/kinds.h"
#include "core/plo/xml.h"
#include "core/plo/xml_writer.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace varde::plo
{

namespace
{

constexpr std::string_view fk1Namespace = "http://www.kith.no/xmlstds/felleskomponent1";
constexpr const char *oidOrganisationIds = "2.16.578.1.12.4.1.1.9051";
constexpr const char *oidPersonIds = "2.16.578.1.12.4.1.1.8116";
constexpr const char *oidTypeForesporsel = "2.16.578.1.12.4.1.1.9152";
constexpr const char *oidTemaKodet = "2.16.578.1.12.4.1.1.7322";
constexpr const char *oidOverskrift = "2.16.578.1.12.4.1.1.9142"; // journal headings
constexpr std::string_view nsKonsultasjon
    = "http://www.kith.no/xmlstds/po/HelseopplysningerTilLege/2012-04-01";
constexpr std::string_view nsPoKomponent = "http://www.kith.no/xmlstds/po/poKomponent/2012-04-01";
constexpr std::string_view nsEpj2 = "http://www.kith.no/xmlstds/epj/epj2/2008-02-20";
constexpr std::string_view nsEpjMeta = "http://www.kith.no/xmlstds/epj/meta/2008-02-20";

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

bool allDigits(std::string_view text)
{
    return !text.empty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// UTF-8 code points, for length limits that count characters, not bytes.
std::size_t characters(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// What a required text breaks: "missing" or "longer than N characters"; "" when it is fine.
std::string requiredProblem(std::string_view value, std::size_t maxLength)
{
    if (trimmed(value).empty())
        return "missing";
    if (characters(value) > maxLength)
        return "longer than " + std::to_string(maxLength) + " characters";
    return {};
}

std::string optionalProblem(std::string_view value, std::size_t maxLength)
{
    if (characters(value) > maxLength)
        return "longer than " + std::to_string(maxLength) + " characters";
    return {};
}

std::string herIdProblem(std::string_view value)
{
    if (trimmed(value).empty())
        return "missing";
    if (!allDigits(value))
        return "not numeric";
    if (value.size() > maxHerIdLength)
        return "longer than " + std::to_string(maxHerIdLength) + " digits";
    return {};
}

// "+47 12 34 56 78" -> "+4712345678"; "" when it is not a phone number.
std::string phoneDigits(std::string_view phone)
{
    std::string out;
    for (std::size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (c == ' ')
            continue;
        if (c == '+' && out.empty()) {
            out += c;
            continue;
        }
        if (c < '0' || c > '9')
            return {};
        out += c;
    }
    const auto digits = out.size() - (out.starts_with('+') ? 1 : 0);
    return digits >= 3 && digits <= 15 ? out : std::string {};
}

std::string nationalIdProblem(std::string_view value)
{
    if (auto problem = requiredProblem(value, 11); !problem.empty())
        return problem;
    const auto id = trimmed(value);
    return allDigits(id) && id.size() == 11 ? std::string {} : "not 11 digits";
}

std::string phoneProblem(std::string_view value)
{
    if (auto problem = requiredProblem(value, 20); !problem.empty())
        return problem;
    return phoneDigits(value).empty() ? "not a phone number" : std::string {};
}

struct SplitName {
    std::string given;
    std::string family;
};

// "Kari Anne Nordmann" -> given "Kari Anne", family "Nordmann"; one word is a family name.
SplitName splitName(std::string_view name)
{
    const auto whole = trimmed(name);
    const auto space = whole.find_last_of(" \t");
    if (space == std::string::npos)
        return { {}, whole };
    return { trimmed(std::string_view(whole).substr(0, space)), whole.substr(space + 1) };
}

bool isDNumber(std::string_view id) { return !id.empty() && id[0] >= '4' && id[0] <= '7'; }

// The MIME types a helsefaglig dialog may carry ([HD]).
bool allowedMimeType(std::string_view type)
{
    return type == "application/pdf" || type == "image/jpeg" || type == "image/png";
}

// RFC 4648 base64 in lines of 76 characters (xs:base64Binary allows the line breaks, and
// receivers' viewers like them).
std::string base64(std::string_view bytes)
{
    static constexpr char alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    constexpr std::size_t lineLength = 76;
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4 * (lineLength + 1) / lineLength + 1);
    std::size_t column = 0;
    const auto put = [&](char c) {
        if (column == lineLength) {
            out += '\n';
            column = 0;
        }
        out += c;
        ++column;
    };
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const auto byte = [&](std::size_t k) {
            return i + k < bytes.size() ? static_cast<unsigned char>(bytes[i + k]) : 0u;
        };
        const std::uint32_t group = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        const std::size_t present = std::min<std::size_t>(3, bytes.size() - i);
        put(alphabet[(group >> 18) & 0x3F]);
        put(alphabet[(group >> 12) & 0x3F]);
        put(present > 1 ? alphabet[(group >> 6) & 0x3F] : '=');
        put(present > 2 ? alphabet[group & 0x3F] : '=');
    }
    return out;
}

// --- writing ---------------------------------------------------------------------------------

using xml::Writer;

void writeIdent(
    Writer &w, std::string_view id, const char *type, const char *typeText, const char *oid)
{
    w.start("Ident");
    w.element("Id", id);
    w.code("TypeId", type, typeText, oid);
    w.end();
}

void writeHerIdent(Writer &w, std::string_view id)
{
    writeIdent(w, id, "HER", "HER-id", oidOrganisationIds);
}

void writeSender(Writer &w, const OutgoingSender &sender)
{
    w.start("Sender");
    w.start("Organisation");
    w.element("OrganisationName", trimmed(sender.organisationName));
    writeHerIdent(w, trimmed(sender.organisationHerId));
    if (!trimmed(sender.serviceName).empty()) {
        w.start("Organisation");
        w.element("OrganisationName", trimmed(sender.serviceName));
        writeHerIdent(w, trimmed(sender.serviceHerId));
        w.end();
    }
    w.end();
    w.end();
}

void writeReceiver(Writer &w, const OutgoingReceiver &receiver)
{
    const auto gp = splitName(receiver.gpName);
    w.start("Receiver");
    w.start("Organisation");
    w.element("OrganisationName", trimmed(receiver.practiceName));
    writeHerIdent(w, trimmed(receiver.practiceHerId));
    w.start("HealthcareProfessional");
    w.element("FamilyName", gp.family);
    if (!gp.given.empty())
        w.element("GivenName", gp.given);
    // A person's HER-id is a person identifier: code list 8116, as in the official samples.
    writeIdent(w, trimmed(receiver.gpHerId), "HER", "HER-id", oidPersonIds);
    w.end();
    w.end();
    w.end();
}

void writePatient(Writer &w, const OutgoingPatient &patient)
{
    const auto id = trimmed(patient.nationalId);
    w.start("Patient");
    w.element("FamilyName", trimmed(patient.familyName));
    w.element("GivenName", trimmed(patient.givenName));
    if (isDNumber(id))
        writeIdent(w, id, "DNR", "D-nummer", oidPersonIds);
    else
        writeIdent(w, id, "FNR", "Fødselsnummer", oidPersonIds);
    w.end();
}

// RollerRelatertNotat: the responsible nurse with her phone ([FS], [HD]: author name + phone).
void writeNurse(Writer &w, const OutgoingSender &sender)
{
    const auto nurse = splitName(sender.nurseName);
    w.start("RollerRelatertNotat");
    w.start("HealthcareProfessional");
    w.code("TypeHealthcareProfessional", "SP", "Sykepleier");
    w.element("FamilyName", nurse.family);
    if (!nurse.given.empty())
        w.element("GivenName", nurse.given);
    w.start("TeleCom");
    w.start("fk1:TeleAddress");
    w.attribute("V", "tel:" + phoneDigits(sender.nursePhone));
    w.end();
    w.end();
    w.end();
    w.end();
}

void appendParagraph(std::string &out, std::string_view heading, std::string_view text)
{
    const auto body = trimmed(text);
    if (body.empty())
        return;
    if (!out.empty())
        out += "\n\n";
    if (!heading.empty()) {
        out += heading;
        out += ":\n";
    }
    out += body;
}

std::string background(const OutgoingContent &content)
{
    std::string out;
    appendParagraph(out, "", content.problem);
    appendParagraph(out, "Målinger", content.measurements);
    appendParagraph(out, "Plan for oppfølging", content.plan);
    appendParagraph(out, "Iverksatte tiltak", content.actionsTaken);
    appendParagraph(out, "Aktuelle legemidler", content.medication);
    return out;
}

void writeDocumentStart(Writer &w, const std::string &issueDate)
{
    w.start("Document");
    w.start("RefDoc");
    w.start("IssueDate");
    w.attribute("V", issueDate);
    w.end();
    w.code("MsgType", "XML", "XML-instans");
    w.start("Content");
}

void writeDocumentEnd(Writer &w)
{
    w.end(); // Content
    w.end(); // RefDoc
    w.end(); // Document
}

// A further Document per attachment ([VED], as in the official Helsefaglig_dialog sample):
// MsgType A "Vedlegg", MimeType, Description, the bytes in a Base64Container.
void writeAttachment(Writer &w, const OutgoingAttachment &attachment, const std::string &issueDate)
{
    w.start("Document");
    w.start("RefDoc");
    w.start("IssueDate");
    w.attribute("V", issueDate);
    w.end();
    w.code("MsgType", "A", "Vedlegg");
    w.element("MimeType", attachment.mimeType);
    if (!trimmed(attachment.description).empty())
        w.element("Description", trimmed(attachment.description));
    w.start("Content");
    w.start("Base64Container");
    w.attribute("xmlns", ns::base64Container);
    w.text(base64(attachment.bytes));
    w.end();
    writeDocumentEnd(w);
}

// Dialogmelding 1.0: one Foresporsel, TypeForesp 99 "Annen henvendelse" (list 9152), whose text
// in Sporsmal is required; the background goes in Begrunnelse.
void writeForesporsel(Writer &w, const OutgoingMessage &message)
{
    const auto &content = message.content;
    w.start("Dialogmelding");
    w.attribute("xmlns", ns::dialog10);
    w.attribute("xmlns:fk1", fk1Namespace);
    w.start("Foresporsel");
    w.code("TypeForesp", "99", "Annen henvendelse", oidTypeForesporsel);
    w.element("Sporsmal",
        trimmed(content.question).empty() ? trimmed(content.problem) : trimmed(content.question));
    w.element("Begrunnelse", background(content));
    writeNurse(w, message.sender);
    w.end();
    w.end();
}

// Dialogmelding 1.1: one Notat, TemaKodet 6 "Henvendelse om pasient" (list 7322), the problem
// as Tema and everything else in TekstNotatInnhold.
void writeHelsefaglig(Writer &w, const OutgoingMessage &message)
{
    const auto &content = message.content;
    w.start("Dialogmelding");
    w.attribute("xmlns", ns::dialog11);
    w.attribute("xmlns:fk1", fk1Namespace);
    w.start("Notat");
    w.code("TemaKodet", "6", "Henvendelse om pasient", oidTemaKodet);
    w.element("Tema", trimmed(content.problem));
    w.element("TekstNotatInnhold", composeBody(content));
    writeNurse(w, message.sender);
    w.end();
    w.end();
}

// One epj2:Journaltekst: a heading from list 9142 (none when code is null) and the text.
void writeJournaltekst(Writer &w, const char *code, const char *heading, std::string_view text)
{
    w.start("epj2:Journaltekst");
    if (code)
        w.code("epj2:Overskriftskode", code, heading, oidOverskrift);
    w.element("epj2:Notat", text);
    w.end();
}

// The responsible unit (the service, under the enterprise when there is one) with the nurse's
// phone; the nurse by name and phone in Merknad. KontaktpersonHelsepersonell and
// AnsvarForRapport would need her HPR number (fk1:Ident is required), which we do not have.
void writeKontaktenhet(Writer &w, const OutgoingSender &sender)
{
    const bool service = !trimmed(sender.serviceName).empty();
    const auto writeTeleCom = [&] {
        w.start("fk1:TeleCom");
        w.start("fk1:TeleAddress");
        w.attribute("V", "tel:" + phoneDigits(sender.nursePhone));
        w.end();
        w.end();
    };
    const auto writeHer = [&](std::string_view id) {
        w.start("fk1:Ident");
        w.element("fk1:Id", trimmed(id));
        w.code("fk1:TypeId", "HER", "HER-id", oidOrganisationIds);
        w.end();
    };
    w.start("TilknyttetEnhet");
    w.start("Kontaktenhet");
    w.element("fk1:OrganisationName", trimmed(sender.organisationName));
    writeHer(sender.organisationHerId);
    if (service) {
        w.start("fk1:Organisation");
        w.element("fk1:OrganisationName", trimmed(sender.serviceName));
        writeHer(sender.serviceHerId);
        writeTeleCom();
        w.end();
    } else {
        writeTeleCom();
    }
    w.end();
    w.element("Merknad",
        "Ansvarlig sykepleier: " + trimmed(sender.nurseName) + ", telefon "
            + trimmed(sender.nursePhone));
    w.end();
}

// PLO 1.6 Helseopplysninger til lege, modelled on the official sample: Forsendelsesstatus N;
// the responsible unit and nurse; TypeInnholdKonsultasjon 3 "Ønske om legevurdering" (list 9137)
// when there is a question; one journal note with the problem and the question under PROB
// "Aktuell problemstilling", the measurements under FU, the plan under OP and the medication as
// free text (epj3:Legemiddelinfo wants one structured entry per drug); actions taken as
// IverksatteTiltak.
void writeKonsultasjon(Writer &w, const OutgoingMessage &message)
{
    const auto &content = message.content;
    w.start("p6:Konsultasjon");
    w.attribute("xmlns:p6", nsKonsultasjon);
    w.attribute("xmlns", nsPoKomponent);
    w.attribute("xmlns:fk1", fk1Namespace);
    w.attribute("xmlns:epj2", nsEpj2);
    w.attribute("xmlns:m1", nsEpjMeta);

    w.start("InformasjonOmForsendelsen");
    w.code("Forsendelsesstatus", "N", "Ny"); // list 7309; kith:CS has no S
    w.element("SvarPaaForesporsel", "false");
    w.end();
    writeKontaktenhet(w, message.sender);
    if (!trimmed(content.question).empty()) {
        w.start("InnholdKonsultasjon");
        w.code("TypeInnholdKonsultasjon", "3", "Ønske om legevurdering");
        w.end();
    }

    w.start("MedisinskfagligeOpplysninger");
    w.start("epj2:GenereltJournalnotat");
    w.attribute("komponentID", newUuid());
    w.attribute("m1:komponenttype", "2.16.578.1.12.4.1.6.13.11009.0");
    w.attribute("m1:basiskomponenttype", "EPJ dokument");
    w.attribute("m1:informasjonskategori", "Andre notater");
    std::string problem = trimmed(content.problem);
    appendParagraph(problem, "Spørsmål til fastlege", content.question);
    writeJournaltekst(w, "PROB", "Aktuell problemstilling", problem);
    if (!trimmed(content.measurements).empty())
        writeJournaltekst(w, "FU", "Funn og undersøkelsesresultat", trimmed(content.measurements));
    if (!trimmed(content.plan).empty())
        writeJournaltekst(w, "OP", "Planer for videre oppfølging", trimmed(content.plan));
    std::string medication;
    appendParagraph(medication, "Aktuelle legemidler", content.medication);
    if (!medication.empty())
        writeJournaltekst(w, nullptr, nullptr, medication);
    w.end(); // GenereltJournalnotat
    w.end(); // MedisinskfagligeOpplysninger

    if (!trimmed(content.actionsTaken).empty()) {
        w.start("Sykepleierdokumentasjon");
        w.start("IverksatteTiltak");
        w.start("Tiltaksbeskrivelse");
        w.element("IntervensjonTiltakBeskrivelse", trimmed(content.actionsTaken));
        w.end();
        w.end();
        w.end();
    }
    w.end(); // Konsultasjon
}

} // namespace

std::string_view outgoingTypeCode(OutgoingKind kind)
{
    switch (kind) {
    case OutgoingKind::HelseopplysningerLege:
        return "HELSEOPPLYSNINGER_LEGE";
    case OutgoingKind::DialogForesporsel:
        return "DIALOG_FORESPORSEL";
    case OutgoingKind::HelsefagligDialog:
        return "DIALOG_HELSEFAGLIG";
    }
    return "";
}

std::string composeBody(const OutgoingContent &content)
{
    std::string out;
    appendParagraph(out, "", content.problem);
    appendParagraph(out, "Målinger", content.measurements);
    appendParagraph(out, "Plan for oppfølging", content.plan);
    appendParagraph(out, "Iverksatte tiltak", content.actionsTaken);
    appendParagraph(out, "Aktuelle legemidler", content.medication);
    appendParagraph(out, "Spørsmål til fastlege", content.question);
    return out;
}

std::vector<Error> messageProblems(const OutgoingMessage &m)
{
    std::vector<Error> out;
    const auto report = [&out](std::string_view field, std::string problem) {
        if (!problem.empty())
            out.push_back({ ErrorCode::InvalidArgument, std::string(field) + ": " + problem });
    };
    // Patient identity first: a message without it is rejected by the receiver (E36).
    report("patient.national_id", nationalIdProblem(m.patient.nationalId));
    for (const auto &[field, value] : { std::pair<const char *, const std::string *> {
                                            "patient.family_name", &m.patient.familyName },
             { "patient.given_name", &m.patient.givenName },
             { "sender.organisation_name", &m.sender.organisationName },
             { "sender.nurse_name", &m.sender.nurseName },
             { "receiver.practice_name", &m.receiver.practiceName },
             { "receiver.gp_name", &m.receiver.gpName } })
        report(field, requiredProblem(*value, maxNameLength));
    report("sender.organisation_her_id", herIdProblem(m.sender.organisationHerId));
    if (!trimmed(m.sender.serviceName).empty() || !trimmed(m.sender.serviceHerId).empty()) {
        report("sender.service_name", requiredProblem(m.sender.serviceName, maxNameLength));
        report("sender.service_her_id", herIdProblem(m.sender.serviceHerId));
    }
    report("sender.nurse_phone", phoneProblem(m.sender.nursePhone));
    report("receiver.practice_her_id", herIdProblem(m.receiver.practiceHerId));
    report("receiver.gp_her_id", herIdProblem(m.receiver.gpHerId));
    report("content.problem", requiredProblem(m.content.problem, maxProblemLength));
    for (const auto &[field, value] : { std::pair<const char *, const std::string *> {
                                            "content.measurements", &m.content.measurements },
             { "content.plan", &m.content.plan },
             { "content.actions_taken", &m.content.actionsTaken },
             { "content.medication", &m.content.medication },
             { "content.question", &m.content.question } })
        report(field, optionalProblem(*value, maxTextLength));
    if (!m.msgId.empty() && !isUuid(m.msgId))
        report("msg_id", "not a UUID");
    if (!m.attachments.empty() && m.kind != OutgoingKind::HelsefagligDialog)
        report("attachments", "only a helsefaglig dialog carries attachments");
    for (std::size_t i = 0; i < m.attachments.size(); ++i) {
        const auto &a = m.attachments[i];
        const auto field = "attachments[" + std::to_string(i) + "]";
        if (!allowedMimeType(a.mimeType))
            report(field + ".mime_type", "not application/pdf, image/jpeg or image/png");
        report(field + ".description", optionalProblem(a.description, maxNameLength));
        if (a.bytes.empty())
            report(field + ".bytes", "empty");
        else if (a.bytes.size() > maxAttachmentBytes)
            report(
                field + ".bytes", "larger than " + std::to_string(maxAttachmentBytes) + " bytes");
    }
    return out;
}

Result<void> checkMessage(const OutgoingMessage &message)
{
    auto problems = messageProblems(message);
    if (!problems.empty())
        return fail(std::move(problems.front()));
    return {};
}

Result<std::string> composeMessage(const OutgoingMessage &message)
{
    if (outgoingTypeCode(message.kind).empty())
        return fail(ErrorCode::InvalidArgument, "kind: not supported");
    if (auto ok = checkMessage(message); !ok)
        return fail(ok.error());

    xml::initialise();
    const std::string msgId = message.msgId.empty() ? newUuid() : message.msgId;
    const std::string genDate = time::formatIsoOslo(message.genDate);
    const char *typeText = "Helsefaglig dialog";
    if (message.kind == OutgoingKind::DialogForesporsel)
        typeText = "Forespørsel";
    else if (message.kind == OutgoingKind::HelseopplysningerLege)
        typeText = "Helseopplysninger til lege";

    Writer w;
    w.start("MsgHead");
    w.attribute("xmlns", ns::msgHead);
    w.start("MsgInfo");
    w.code("Type", std::string(outgoingTypeCode(message.kind)).c_str(), typeText);
    w.element("MIGversion", "v1.2 2006-05-24");
    w.element("GenDate", genDate);
    w.element("MsgId", msgId);
    writeSender(w, message.sender);
    writeReceiver(w, message.receiver);
    writePatient(w, message.patient);
    w.end(); // MsgInfo
    writeDocumentStart(w, genDate);
    switch (message.kind) {
    case OutgoingKind::HelseopplysningerLege:
        writeKonsultasjon(w, message);
        break;
    case OutgoingKind::DialogForesporsel:
        writeForesporsel(w, message);
        break;
    case OutgoingKind::HelsefagligDialog:
        writeHelsefaglig(w, message);
        break;
    }
    writeDocumentEnd(w);
    for (const auto &attachment : message.attachments)
        writeAttachment(w, attachment, genDate);
    w.end(); // MsgHead
    return w.finish();
}

} // namespace varde::plo
