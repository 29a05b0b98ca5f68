#pragma once
// A received message as the workstation shows it: envelope (MsgHead v1.2 or AppRec), the
// parties with their HER-ids, the patient and the readable texts. Values are as in the XML,
// white space collapsed; an absent element is an empty string.

#include "core/plo/kinds.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace varde::plo
{

struct Identifier {
    std::string id;
    std::string type; // TypeId/@V: HER, ENH, LOK (list 9051); FNR, DNR, HPR, HER (list 8116)
};

// An organisation, a unit inside it or a person.
struct Party {
    std::string name; // OrganisationName, or "GivenName [MiddleName] FamilyName"
    std::string herId; // the identifier of type HER, "" if it has none
    std::vector<Identifier> ids; // all of them, HER among them
};

// Sender or receiver: the enterprise and its communication party ([ADR] AD2.2-AD2.8), a
// service (Organisation/Organisation, AppRec Dept) or a person (HealthcareProfessional,
// AppRec HCPerson or HCProf).
struct Addressee {
    Party organisation;
    std::optional<Party> unit;
    std::optional<Party> person;
    std::string role; // AppRec 1.1 Role/@V (AVS, PRIM, COP); "" in MsgHead
};

struct Patient {
    std::string givenName; // GivenName and MiddleName
    std::string familyName;
    std::string id; // the FNR or DNR identifier if there is one, else the first
    std::string idType; // FNR, DNR, ...
    std::string dateOfBirth;

    std::string fullName() const;
};

// One free text of the content, in document order.
struct TextPart {
    std::string field; // element name: Sporsmal, TekstNotatInnhold, Notat, Merknad, ...
    std::string heading; // the code text it stands under (TypeForesp, TemaKodet,
                         // Overskriftskode DN), "" if none
    std::string text;
};

// A further MsgHead/Document ([VED]): e.g. a PDF in a Base64Container.
struct Attachment {
    std::string mimeType;
    std::string description;
    std::optional<std::uint64_t> size; // decoded bytes of inline base64; none for FileReference
    std::string fileReference;
};

struct AppRecError {
    std::string code; // V (list 8221, or the original message's own list)
    std::string text; // DN
};

// The application receipt ([AR]): status list 8258: 1 OK, 2 Avvist (rejected, with errors),
// 3 OK, feil i delmelding (OK with errors in parts).
struct AppRecInfo {
    std::string status;
    std::string statusText;
    std::vector<AppRecError> errors;
    std::string originalMsgType;
    std::string originalIssueDate;
    std::string originalMsgId;
};

struct PloDocument {
    DocumentKind kind;
    std::string type; // MsgInfo/Type/@V, "APPREC" for a receipt
    std::string typeText; // MsgInfo/Type/@DN
    std::string msgId; // MsgInfo/MsgId, AppRec Id
    std::string genDate; // xs:dateTime as written
    std::string refToParent; // ConversationRef: the previous MsgId ...
    std::string refToConversation; // ... and the first one
    Addressee sender;
    Addressee receiver;
    std::optional<Patient> patient; // always in MsgHead; never in an AppRec
    std::vector<TextPart> texts;
    std::vector<Attachment> attachments;
    std::optional<AppRecInfo> appRec;

    // The texts as one readable string: "heading: text" paragraphs separated by blank lines.
    std::string text() const;
};

} // namespace varde::plo
