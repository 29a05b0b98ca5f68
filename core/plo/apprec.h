#pragma once
// The application receipt (AppRec) the workstation answers every received message with, as the
// standard requires of a receiver ([AR], [ARV]): OK when the message was read and attached to
// its patient, rejected with codes from list 8221 when it could not be read or matched.
// Version by the original ([ARV] 8.3): AppRec 1.1 for PLO 1.6 and Dialogmelding 1.1, AppRec 1.0
// for Dialogmelding 1.0. Sender and receiver mirror the original: we are the original's
// receiver (AppRec Sender, Role PRIM in 1.1), its sender gets the receipt (Role AVS in 1.1).

#include "core/common/result.h"
#include "core/plo/document.h"
#include "core/time/civil_time.h"

#include <string>
#include <string_view>
#include <vector>

namespace varde::plo
{

// Error codes of list 8221 (2.16.578.1.12.4.1.1.8221) that a receiver like us sends.
namespace apprec_error
{
inline constexpr std::string_view unknownRecipient = "E21"; // Mottaker finnes ikke
inline constexpr std::string_view missingNationalId = "E30"; // Pasientens fødselsnummer mangler
inline constexpr std::string_view wrongNationalId = "E31"; // Pasientens fødselsnummer er feil
inline constexpr std::string_view patientNotFound
    = "E35"; // Pasienten finnes ikke i mottakersystemet
inline constexpr std::string_view notWellFormed = "T01"; // Ikke XML / ikke 'well formed' / uleselig
inline constexpr std::string_view notValid = "T02"; // XML validerer ikke
inline constexpr std::string_view unsupportedFormat = "T10"; // Støtter ikke meldingsformatet
inline constexpr std::string_view otherError = "X99"; // Annen feil
} // namespace apprec_error

// The code text (DN) of list 8221 for a code above, "" for an unknown code.
std::string_view appRecErrorText(std::string_view code);

enum class AppRecOutcome {
    Ok, // Status 1 "OK"
    Rejected, // Status 2 "Avvist", at least one error
};

struct AppRecAnswer {
    AppRecOutcome outcome = AppRecOutcome::Ok;
    std::vector<AppRecError> errors; // code from list 8221; text "" = appRecErrorText(code)
    std::string msgId; // a new UUID when empty
    time::Instant genDate {};
};

// Which AppRec version answers a message of this schema: AppRec10 for Dialog10, AppRec11 for
// the others. InvalidArgument for an AppRec (a receipt is never answered).
Result<Schema> appRecSchemaFor(Schema original);

// The AppRec XML (UTF-8) answering `original` (read by readDocument), valid against the
// bundled AppRec driver of its version; `originalSchema` decides the version (original.kind is
// not read). OriginalMsgId repeats the original's Type, GenDate and MsgId as written.
// InvalidArgument when `originalSchema` is an AppRec, `original` lacks a MsgId or a sender
// organisation name or its GenDate is no xs:dateTime, when Rejected comes without an error or
// Ok with one, or an error has no code (or a code outside list 8221 and no text).
Result<std::string> composeAppRec(
    const PloDocument &original, Schema originalSchema, const AppRecAnswer &answer);

} // namespace varde::plo
