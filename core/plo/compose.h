#pragma once
// Composes one outgoing message from home follow-up to the patient's GP: a MsgHead v1.2 with
// PLO 1.6 Konsultasjon (HELSEOPPLYSNINGER_LEGE), Dialogmelding 1.0 (DIALOG_FORESPORSEL) or 1.1
// (DIALOG_HELSEFAGLIG) content, modelled on the
// official samples (tests/data/plo/samples) so that it validates against the bundled schemas.
// The rules of the standard are checked before anything is written; an error names the field
// in English ("receiver.gp_her_id: missing") and never quotes its value.

#include "core/common/result.h"
#include "core/time/civil_time.h"

#include <optional>
#include <string>
#include <vector>

namespace varde::plo
{

enum class OutgoingKind {
    HelseopplysningerLege, // HELSEOPPLYSNINGER_LEGE, PLO 1.6 Konsultasjon, Forsendelsesstatus N
    DialogForesporsel, // DIALOG_FORESPORSEL, Dialogmelding 1.0, TypeForesp 99 (list 9152)
    HelsefagligDialog, // DIALOG_HELSEFAGLIG, Dialogmelding 1.1, TemaKodet 6 (list 7322)
};

// "HELSEOPPLYSNINGER_LEGE", "DIALOG_FORESPORSEL", "DIALOG_HELSEFAGLIG".
std::string_view outgoingTypeCode(OutgoingKind kind);

struct OutgoingSender {
    std::string
        organisationName; // the enterprise (MsgHead Sender/Organisation), e.g. a municipality
    std::string organisationHerId;
    std::string serviceName; // communication party (Organisation/Organisation), "" for none
    std::string serviceHerId; // required when serviceName is given
    std::string nurseName; // responsible nurse: "Given [Middle] Family"
    std::string nursePhone; // digits, spaces and a leading + allowed; written as tel:...
};

struct OutgoingReceiver {
    std::string practiceName; // the GP's practice (Receiver/Organisation)
    std::string practiceHerId;
    std::string gpName; // Receiver/Organisation/HealthcareProfessional, "Given Family"
    std::string gpHerId;
};

struct OutgoingPatient {
    std::string givenName;
    std::string familyName;
    std::string nationalId; // 11 digits: FNR, or DNR when the first digit is 4-7
};

struct OutgoingContent {
    std::string problem; // one sentence: the reason for writing (required)
    std::string measurements; // small text table with local times, may be ""
    std::string plan; // what the plan says for the zone, may be ""
    std::string actionsTaken; // may be ""
    std::string medication; // current medication, free text, may be ""
    std::string question; // the question to the GP, may be ""
};

// A further MsgHead/Document ([VED]): MsgType A "Vedlegg", the bytes base64 in a
// Base64Container. Only DIALOG_HELSEFAGLIG carries attachments ([HD]: PDF, JPEG, PNG).
struct OutgoingAttachment {
    std::string mimeType; // "application/pdf", "image/jpeg", "image/png"
    std::string description; // e.g. "Oppsummering for fastlege"
    std::string bytes; // the file as it is
};

inline constexpr std::size_t maxAttachmentBytes = 10 * 1024 * 1024;

struct OutgoingMessage {
    OutgoingKind kind = OutgoingKind::DialogForesporsel;
    std::string msgId; // a new UUID when empty
    time::Instant genDate {}; // written as Oslo time with offset
    OutgoingSender sender;
    OutgoingReceiver receiver;
    OutgoingPatient patient;
    OutgoingContent content;
    std::vector<OutgoingAttachment> attachments;
};

// Field limits of our own (the schemas set none): names and HER-ids fit any receiving system.
inline constexpr std::size_t maxNameLength = 200;
inline constexpr std::size_t maxHerIdLength = 9;
inline constexpr std::size_t maxProblemLength = 500;
inline constexpr std::size_t maxTextLength = 20000;

// Every rule the message breaks, in the order of the check (patient, parties, content, id,
// attachments), as InvalidArgument errors naming the field and the rule:
// "patient.national_id: missing", "sender.organisation_her_id: not numeric",
// "content.problem: longer than 500 characters". A field reports the first rule it breaks only.
// Empty when the message may be composed.
std::vector<Error> messageProblems(const OutgoingMessage &message);

// The first of messageProblems, so that a form can mark them all and a writer stop at one.
Result<void> checkMessage(const OutgoingMessage &message);

// The text the content carries besides the problem sentence: measurements, plan, actions,
// medication and question as headed paragraphs (Norwegian headings), "" if all are empty.
std::string composeBody(const OutgoingContent &content);

// The MsgHead XML (UTF-8) after checkMessage. InvalidArgument for an unsupported kind.
Result<std::string> composeMessage(const OutgoingMessage &message);

} // namespace varde::plo
