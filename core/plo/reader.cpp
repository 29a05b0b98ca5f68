#include "core/plo/reader.h"

#include "core/plo/xml.h"

namespace varde::plo
{
namespace
{

using xml::XPath;

// The free texts a reader wants to see, by element name in any content namespace: dialog
// (Sporsmal, Tema, TekstNotatInnhold, ...) and the main texts of the PLO 1.6 contents (journal
// notes, cave, events, actions, remarks). Coded values and structured data are left out.
constexpr const char *textFields
    = "local-name()='Tema' or local-name()='Sporsmal' or local-name()='Begrunnelse'"
      " or local-name()='TekstNotatInnhold' or local-name()='Notat' or local-name()='Merknad'"
      " or local-name()='CaveStikkord' or local-name()='AllergiskMot'"
      " or local-name()='TidligereSykdom' or local-name()='BeskrivelseAvHendelse'"
      " or local-name()='IntervensjonTiltakBeskrivelse' or local-name()='EndringFunksjonsnivaa'"
      " or local-name()='MerknadTilLegemiddeladministrering'"
      " or local-name()='BetegnelseTjeneste'";

// The code a text stands under: TypeForesp (request), TemaKodet (note), Overskriftskode
// (journal heading), a sibling of the text.
constexpr const char *headingCodes = "../*[local-name()='TypeForesp' or local-name()='TemaKodet'"
                                     " or local-name()='Overskriftskode'][1]/@DN";

Error missing(const std::string &path)
{
    return { ErrorCode::InvalidArgument, path + ": missing" };
}

void setHerId(Party &party)
{
    for (const auto &ident : party.ids)
        if (ident.type == "HER") {
            party.herId = ident.id;
            return;
        }
}

// MsgHead identifiers: Ident (Id, TypeId/@V) children of `node`.
std::vector<Identifier> msgHeadIds(const XPath &x, xmlNode *node)
{
    std::vector<Identifier> ids;
    for (auto *ident : x.nodes("mh:Ident", node))
        ids.push_back({ x.text("mh:Id", ident), x.text("mh:TypeId/@V", ident) });
    return ids;
}

std::string personName(const XPath &x, xmlNode *node)
{
    std::string name;
    for (const auto *part : { "GivenName", "MiddleName", "FamilyName" }) {
        const auto value = x.text(std::string("mh:") + part, node);
        if (value.empty())
            continue;
        if (!name.empty())
            name += " ";
        name += value;
    }
    return name;
}

Party msgHeadOrganisation(const XPath &x, xmlNode *node)
{
    Party party { x.text("mh:OrganisationName", node), {}, msgHeadIds(x, node) };
    setHerId(party);
    return party;
}

Party msgHeadPerson(const XPath &x, xmlNode *node)
{
    Party party { personName(x, node), {}, msgHeadIds(x, node) };
    setHerId(party);
    return party;
}

// Sender or Receiver: Organisation, and its Organisation (a service) or HealthcareProfessional.
Result<Addressee> msgHeadAddressee(const XPath &x, xmlNode *info, const std::string &which)
{
    auto *organisation = x.first("mh:" + which + "/mh:Organisation", info);
    if (!organisation)
        return fail(missing("MsgHead/MsgInfo/" + which + "/Organisation"));
    Addressee addressee;
    addressee.organisation = msgHeadOrganisation(x, organisation);
    if (auto *unit = x.first("mh:Organisation", organisation))
        addressee.unit = msgHeadOrganisation(x, unit);
    if (auto *person = x.first("mh:HealthcareProfessional", organisation))
        addressee.person = msgHeadPerson(x, person);
    return addressee;
}

Result<Patient> msgHeadPatient(const XPath &x, xmlNode *info)
{
    auto *node = x.first("mh:Patient", info);
    if (!node)
        return fail(missing("MsgHead/MsgInfo/Patient"));
    Patient patient;
    patient.familyName = x.text("mh:FamilyName", node);
    patient.givenName = x.text("mh:GivenName", node);
    if (const auto middle = x.text("mh:MiddleName", node); !middle.empty())
        patient.givenName += (patient.givenName.empty() ? "" : " ") + middle;
    patient.dateOfBirth = x.text("mh:DateOfBirth", node);
    const auto ids = msgHeadIds(x, node);
    for (const auto &ident : ids)
        if (patient.id.empty() && (ident.type == "FNR" || ident.type == "DNR")) {
            patient.id = ident.id;
            patient.idType = ident.type;
        }
    if (patient.id.empty() && !ids.empty()) {
        patient.id = ids.front().id;
        patient.idType = ids.front().type;
    }
    // The profiles require name and identifier ([PLO] 4.1): without them the message cannot be
    // matched to a patient.
    if (patient.id.empty())
        return fail(missing("MsgHead/MsgInfo/Patient/Ident/Id"));
    if (patient.familyName.empty())
        return fail(missing("MsgHead/MsgInfo/Patient/FamilyName"));
    return patient;
}

std::vector<TextPart> contentTexts(const XPath &x, xmlNode *content)
{
    std::vector<TextPart> parts;
    for (auto *node : x.nodes(std::string(".//*[not(*) and (") + textFields + ")]", content)) {
        auto text = x.freeText(".", node);
        if (text.empty())
            continue;
        parts.push_back({ xml::localName(node), x.text(headingCodes, node), std::move(text) });
    }
    return parts;
}

// Decoded size of base64 text without decoding it: 3 bytes per 4 characters, less padding.
std::uint64_t base64Size(const std::string &text)
{
    std::uint64_t characters = 0;
    std::uint64_t padding = 0;
    for (const char c : text) {
        if (c == '=')
            ++padding;
        else if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            ++characters;
    }
    const auto total = characters + padding;
    return total / 4 * 3 - (padding > 2 ? 2 : padding);
}

std::vector<Attachment> attachments(const XPath &x)
{
    std::vector<Attachment> out;
    for (auto *refDoc : x.nodes("/mh:MsgHead/mh:Document[position() > 1]/mh:RefDoc")) {
        Attachment a;
        a.mimeType = x.text("mh:MimeType", refDoc);
        a.description = x.text("mh:Description", refDoc);
        a.fileReference = x.text("mh:FileReference", refDoc);
        if (x.first("mh:Content/b64:Base64Container", refDoc))
            a.size = base64Size(x.text("mh:Content/b64:Base64Container", refDoc));
        out.push_back(std::move(a));
    }
    return out;
}

Result<PloDocument> readMsgHead(xmlDoc *doc, DocumentKind kind)
{
    XPath x(doc);
    x.bind("mh", ns::msgHead);
    x.bind("b64", ns::base64Container);
    auto *info = x.first("/mh:MsgHead/mh:MsgInfo");
    if (!info)
        return fail(missing("MsgHead/MsgInfo"));
    PloDocument d;
    d.kind = kind;
    d.type = kind.type;
    d.typeText = x.text("mh:Type/@DN", info);
    d.msgId = x.text("mh:MsgId", info);
    d.genDate = x.text("mh:GenDate", info);
    if (d.msgId.empty())
        return fail(missing("MsgHead/MsgInfo/MsgId"));
    if (d.genDate.empty())
        return fail(missing("MsgHead/MsgInfo/GenDate"));
    d.refToParent = x.text("mh:ConversationRef/mh:RefToParent", info);
    d.refToConversation = x.text("mh:ConversationRef/mh:RefToConversation", info);
    auto sender = msgHeadAddressee(x, info, "Sender");
    if (!sender)
        return fail(sender.error());
    auto receiver = msgHeadAddressee(x, info, "Receiver");
    if (!receiver)
        return fail(receiver.error());
    auto patient = msgHeadPatient(x, info);
    if (!patient)
        return fail(patient.error());
    d.sender = std::move(*sender);
    d.receiver = std::move(*receiver);
    d.patient = std::move(*patient);
    d.texts = contentTexts(x, x.first("/mh:MsgHead/mh:Document[1]/mh:RefDoc/mh:Content/*[1]"));
    d.attachments = attachments(x);
    return d;
}

// AppRec identifiers: Id + TypeId/@V, then AdditionalId (Id, Type/@V).
Party appRecParty(const XPath &x, xmlNode *node)
{
    Party party;
    party.name = x.text("ar:Name", node);
    if (auto id = x.text("ar:Id", node); !id.empty())
        party.ids.push_back({ std::move(id), x.text("ar:TypeId/@V", node) });
    for (auto *extra : x.nodes("ar:AdditionalId", node))
        party.ids.push_back({ x.text("ar:Id", extra), x.text("ar:Type/@V", extra) });
    setHerId(party);
    return party;
}

// Sender or Receiver: HCP with Inst (Dept, HCPerson) or HCProf alone.
Addressee appRecAddressee(const XPath &x, xmlNode *root, const std::string &which)
{
    Addressee addressee;
    auto *node = x.first("ar:" + which, root);
    if (!node)
        return addressee;
    addressee.role = x.text("ar:Role/@V", node);
    if (auto *inst = x.first("ar:HCP/ar:Inst", node)) {
        addressee.organisation = appRecParty(x, inst);
        if (auto *dept = x.first("ar:Dept", inst))
            addressee.unit = appRecParty(x, dept);
        if (auto *person = x.first("ar:HCPerson", inst))
            addressee.person = appRecParty(x, person);
    } else if (auto *prof = x.first("ar:HCP/ar:HCProf", node)) {
        addressee.person = appRecParty(x, prof);
    }
    return addressee;
}

Result<PloDocument> readAppRec(xmlDoc *doc, DocumentKind kind)
{
    XPath x(doc);
    x.bind("ar", kind.schema == Schema::AppRec10 ? ns::appRec10 : ns::appRec11);
    auto *root = xmlDocGetRootElement(doc);
    PloDocument d;
    d.kind = kind;
    d.type = kind.type;
    d.typeText = x.text("ar:MsgType/@DN", root);
    d.msgId = x.text("ar:Id", root);
    d.genDate = x.text("ar:GenDate", root);
    if (d.msgId.empty())
        return fail(missing("AppRec/Id"));
    d.sender = appRecAddressee(x, root, "Sender");
    d.receiver = appRecAddressee(x, root, "Receiver");
    AppRecInfo info;
    info.status = x.text("ar:Status/@V", root);
    info.statusText = x.text("ar:Status/@DN", root);
    if (info.status.empty())
        return fail(missing("AppRec/Status/@V"));
    for (auto *error : x.nodes("ar:Error", root))
        info.errors.push_back({ x.text("@V", error), x.text("@DN", error) });
    info.originalMsgType = x.text("ar:OriginalMsgId/ar:MsgType/@V", root);
    info.originalIssueDate = x.text("ar:OriginalMsgId/ar:IssueDate", root);
    info.originalMsgId = x.text("ar:OriginalMsgId/ar:Id", root);
    d.texts.push_back({ "Status", "", info.statusText.empty() ? info.status : info.statusText });
    for (const auto &error : info.errors)
        d.texts.push_back({ "Error", error.code, error.text });
    d.appRec = std::move(info);
    return d;
}

} // namespace

Result<PloDocument> readDocument(std::string_view text)
{
    auto doc = xml::parse(text);
    if (!doc)
        return fail(doc.error());
    auto kind = classify(xml::rootFacts(doc->get()));
    if (!kind)
        return fail(kind.error());
    if (isAppRec(kind->schema))
        return readAppRec(doc->get(), std::move(*kind));
    return readMsgHead(doc->get(), std::move(*kind));
}

} // namespace varde::plo
