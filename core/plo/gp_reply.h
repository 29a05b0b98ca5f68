#pragma once
// What a GP's record system sends back to one of our messages, for demo data and tests only
// (the workstation never sends it). The receipt from the GP's side needs nothing extra:
// composeAppRec(readDocument(ourXml), ...) as for any received document.

#include "core/common/result.h"
#include "core/time/civil_time.h"

#include <string>
#include <string_view>

namespace varde::plo
{

struct GpReply {
    std::string text; // the GP's answer (required)
    std::string msgId; // a new UUID when empty
    time::Instant genDate {}; // written as Oslo time with offset
};

// Answers one of our outgoing documents as the GP's system would:
// - DIALOG_FORESPORSEL (Dialogmelding 1.0) -> DIALOG_SVAR: a Notat with TemaKodet 5 "Svar på
//   forespørsel" (list 9069), the answer in TekstNotatInnhold, the original Foresporsel copied
//   in (the 1.0 schema's rule for a reply); a DIALOG_FORESPORSEL in 1.1 is refused;
// - DIALOG_HELSEFAGLIG or HELSEOPPLYSNINGER_LEGE -> DIALOG_HELSEFAGLIG (Dialogmelding 1.1): a
//   Notat with TemaKodet 6 "Henvendelse om pasient" (list 7322).
// Sender = the original's receiver (the practice with the GP as HealthcareProfessional),
// receiver = the original's sender (organisation and its service unit), the patient copied,
// ConversationRef: RefToParent = the original's MsgId, RefToConversation = the original's
// RefToConversation or else its MsgId. InvalidArgument for other kinds, an unreadable original
// or a missing text; details never quote names or identity numbers.
Result<std::string> composeGpReply(std::string_view originalXml, const GpReply &reply);

} // namespace varde::plo
