// Writes a GP's reply to one of our messages (demo data and tests); see gp_reply.h.
#include "core/plo/gp_reply.h"

#include "core/common/uuid.h"
#include "core/plo/compose.h"
#include "core/plo/reader.h"
#include "core/plo/xml.h"
#include "core/plo/xml_writer.h"

#include <algorithm>

namespace varde::plo
{
namespace
{

using xml::Writer;

constexpr std::string_view fk1Namespace = "http://www.kith.no/xmlstds/felleskomponent1";
constexpr const char *oidOrganisationIds = "2.16.578.1.12.4.1.1.9051";
constexpr const char *oidPersonIds = "2.16.578.1.12.4.1.1.8116";
constexpr const char *oidRoleToPatient = "2.16.578.1.12.4.1.1.9034";
constexpr const char *oidTemaSvar = "2.16.578.1.12.4.1.1.9069";
constexpr const char *oidTemaHelsefaglig = "2.16.578.1.12.4.1.1.7322";

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// UTF-8 code points, as compose.cpp counts its limits.
std::size_t characters(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string_view idTypeText(std::string_view type)
{
    if (type == "HER")
        return "HER-id";
    if (type == "ENH")
        return "Organisasjonsnummeret i Enhetsregister";
    if (type == "HPR")
        return "HPR-nummer";
    if (type == "FNR")
        return "Fødselsnummer";
    if (type == "DNR")
        return "D-nummer";
    return "";
}

// The reader joins a person's names as "Given [Middle] Family"; the last word is the family.
struct SplitName {
    std::string given;
    std::string family;
};
SplitName splitName(const std::string &name)
{
    const auto space = name.find_last_of(' ');
    if (space == std::string::npos)
        return { {}, name };
    return { name.substr(0, space), name.substr(space + 1) };
}

// MsgHead Ident elements; organisations' ids are list 9051, persons' list 8116.
void writeIdents(Writer &w, const Party &party, const char *oid)
{
    for (const auto &ident : party.ids) {
        if (ident.id.empty())
            continue;
        w.start("Ident");
        w.element("Id", ident.id);
        w.code("TypeId", ident.type, idTypeText(ident.type), oid);
        w.end();
    }
}

void writeHealthcareProfessional(Writer &w, const Party &person)
{
    const auto name = splitName(person.name);
    w.start("HealthcareProfessional");
    w.element("FamilyName", name.family);
    if (!name.given.empty())
        w.element("GivenName", name.given);
    writeIdents(w, person, oidPersonIds);
    w.end();
}

// Sender or Receiver: the organisation with its service unit and/or its person.
void writeAddressee(Writer &w, const char *which, const Addressee &addressee)
{
    w.start(which);
    w.start("Organisation");
    w.element("OrganisationName", addressee.organisation.name);
    writeIdents(w, addressee.organisation, oidOrganisationIds);
    if (addressee.unit) {
        w.start("Organisation");
        w.element("OrganisationName", addressee.unit->name);
        writeIdents(w, *addressee.unit, oidOrganisationIds);
        w.end();
    }
    if (addressee.person)
        writeHealthcareProfessional(w, *addressee.person);
    w.end();
    w.end();
}

void writePatient(Writer &w, const Patient &patient)
{
    w.start("Patient");
    w.element("FamilyName", patient.familyName);
    if (!patient.givenName.empty())
        w.element("GivenName", patient.givenName);
    if (!patient.dateOfBirth.empty())
        w.element("DateOfBirth", patient.dateOfBirth);
    w.start("Ident");
    w.element("Id", patient.id);
    w.code("TypeId", patient.idType, idTypeText(patient.idType), oidPersonIds);
    w.end();
    w.end();
}

// The GP as author of the note (RollerRelatertNotat, in both dialog versions).
void writeAuthor(Writer &w, const Party &gp)
{
    const auto name = splitName(gp.name);
    w.start("RollerRelatertNotat");
    w.code("RoleToPatient", "6", "Fastlege", oidRoleToPatient);
    w.start("HealthcareProfessional");
    w.code("TypeHealthcareProfessional", "LE", "Lege");
    w.element("FamilyName", name.family);
    if (!name.given.empty())
        w.element("GivenName", name.given);
    for (const auto &ident : gp.ids) {
        if (ident.id.empty())
            continue;
        w.start("Ident");
        w.element("fk1:Id", ident.id);
        w.code("fk1:TypeId", ident.type, idTypeText(ident.type), oidPersonIds);
        w.end();
    }
    w.end();
    w.end();
}

// Copies an element of the original's Dialogmelding 1.0 (elements of its own namespace and of
// felleskomponent1, nothing else in a valid one) under the reply's matching declarations;
// written through the writer so the copy is indented like the rest. False for another
// namespace. Attributes in a namespace (xsi: hints) are left out.
bool copyDialogElement(Writer &w, const xmlNode *node)
{
    const auto ns = xml::namespaceUri(node);
    std::string name = xml::localName(node);
    if (ns == fk1Namespace)
        name = "fk1:" + name;
    else if (ns != ns::dialog10)
        return false;
    w.start(name.c_str());
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->ns)
            continue;
        xmlChar *value = xmlNodeListGetString(node->doc, a->children, 1);
        w.attribute(reinterpret_cast<const char *>(a->name),
            value ? reinterpret_cast<const char *>(value) : "");
        xmlFree(value);
    }
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            if (!copyDialogElement(w, child))
                return false;
        } else if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
            && child->content) {
            const auto *text = reinterpret_cast<const char *>(child->content);
            if (!trimmed(text).empty())
                w.text(text);
        }
    }
    w.end();
    return true;
}

} // namespace

Result<std::string> composeGpReply(std::string_view originalXml, const GpReply &reply)
{
    auto original = readDocument(originalXml);
    if (!original)
        return fail(ErrorCode::InvalidArgument, "original: " + original.error().detail);
    const auto &type = original->type;
    const auto schema = original->kind.schema;
    const bool svar = type == "DIALOG_FORESPORSEL" && schema == Schema::Dialog10;
    const bool helsefaglig = (type == "DIALOG_HELSEFAGLIG" && schema == Schema::Dialog11)
        || type == "HELSEOPPLYSNINGER_LEGE";
    if (!svar && !helsefaglig)
        return fail(ErrorCode::InvalidArgument,
            "original: a GP's system answers DIALOG_FORESPORSEL (Dialogmelding 1.0), "
            "DIALOG_HELSEFAGLIG or HELSEOPPLYSNINGER_LEGE, not "
                + type);
    if (!original->receiver.person)
        return fail(
            ErrorCode::InvalidArgument, "original.receiver: no HealthcareProfessional (the GP)");
    for (const auto *party : { &original->receiver.organisation, &original->sender.organisation,
             &*original->receiver.person })
        if (party->ids.empty())
            return fail(ErrorCode::InvalidArgument, "original: a party without an identifier");
    if (trimmed(reply.text).empty())
        return fail(ErrorCode::InvalidArgument, "text: missing");
    if (characters(reply.text) > maxTextLength)
        return fail(ErrorCode::InvalidArgument,
            "text: longer than " + std::to_string(maxTextLength) + " characters");
    if (!reply.msgId.empty() && !isUuid(reply.msgId))
        return fail(ErrorCode::InvalidArgument, "msg_id: not a UUID");
    // The request the 1.0 reply must repeat ([FS]).
    xml::DocPtr originalTree;
    xmlNode *foresporsel = nullptr;
    if (svar) {
        auto parsed = xml::parse(originalXml);
        if (!parsed)
            return fail(ErrorCode::InvalidArgument, "original: " + parsed.error().detail);
        originalTree = std::move(*parsed);
        xml::XPath x(originalTree.get());
        x.bind("mh", ns::msgHead);
        x.bind("dia", ns::dialog10);
        foresporsel = x.first("/mh:MsgHead/mh:Document[1]/mh:RefDoc/mh:Content/dia:Dialogmelding"
                              "/dia:Foresporsel[1]");
        if (!foresporsel)
            return fail(ErrorCode::InvalidArgument, "original: Dialogmelding/Foresporsel missing");
    }

    xml::initialise();
    const std::string genDate = time::formatIsoOslo(reply.genDate);
    Writer w;
    w.start("MsgHead");
    w.attribute("xmlns", ns::msgHead);
    w.start("MsgInfo");
    if (svar)
        w.code("Type", "DIALOG_SVAR", "Svar på forespørsel");
    else
        w.code("Type", "DIALOG_HELSEFAGLIG", "Helsefaglig dialog");
    w.element("MIGversion", "v1.2 2006-05-24");
    w.element("GenDate", genDate);
    w.element("MsgId", reply.msgId.empty() ? newUuid() : reply.msgId);
    w.start("ConversationRef");
    w.element("RefToParent", original->msgId);
    w.element("RefToConversation",
        original->refToConversation.empty() ? original->msgId : original->refToConversation);
    w.end();
    writeAddressee(w, "Sender", original->receiver);
    writeAddressee(w, "Receiver", original->sender);
    writePatient(w, *original->patient);
    w.end(); // MsgInfo

    w.start("Document");
    w.start("RefDoc");
    w.start("IssueDate");
    w.attribute("V", genDate);
    w.end();
    w.code("MsgType", "XML", "XML-instans");
    w.start("Content");
    w.start("Dialogmelding");
    w.attribute("xmlns", svar ? ns::dialog10 : ns::dialog11);
    w.attribute("xmlns:fk1", fk1Namespace);
    w.start("Notat");
    if (svar) {
        w.code("TemaKodet", "5", "Svar på forespørsel", oidTemaSvar);
    } else {
        w.code("TemaKodet", "6", "Henvendelse om pasient", oidTemaHelsefaglig);
        w.element("Tema", "Svar fra fastlege");
    }
    w.element("TekstNotatInnhold", trimmed(reply.text));
    if (foresporsel && !copyDialogElement(w, foresporsel))
        return fail(ErrorCode::InvalidArgument,
            "original: Foresporsel has an element outside Dialogmelding 1.0");
    writeAuthor(w, *original->receiver.person);
    w.end(); // Notat
    w.end(); // Dialogmelding
    w.end(); // Content
    w.end(); // RefDoc
    w.end(); // Document
    w.end(); // MsgHead
    return w.finish();
}

} // namespace varde::plo
