// Turns core's field errors for outgoing PLO messages into sentences; see composer_problems.h.
#include "ui/plo/composer_problems.h"

#include "ui/common/error_text.h"
#include "ui/common/tr.h"

#include <QLocale>

#include <optional>
#include <string>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

// Core's detail "sender.nurse_phone: missing" in its two parts.
struct Detail {
    std::string field;
    std::string what; // "missing", "not numeric", "longer than 500 characters", ...
};

Detail splitDetail(const std::string &detail)
{
    const auto colon = detail.find(": ");
    return { detail.substr(0, colon),
        colon == std::string::npos ? std::string() : detail.substr(colon + 2) };
}

QString notStandardText(const std::string &field)
{
    return Tr::tr("The message does not meet the PLO standard (%1).").arg(q(field));
}

// The sentence for a field core's check names; nullopt for any other name (the schema's own
// errors, a rule newer than this list).
std::optional<QString> checkText(const Detail &p)
{
    const auto &f = p.field;
    const bool missing = p.what == "missing";
    const bool tooLong = p.what.rfind("longer than", 0) == 0;
    const QString limit = QLocale().toString(f.rfind("content.", 0) == 0 && f != "content.problem"
            ? int(plo::maxTextLength)
            : int(plo::maxNameLength));
    if (f == "patient.national_id")
        return missing ? Tr::tr("The patient's national identity number is missing.")
                       : Tr::tr("The patient's national identity number is not 11 digits.");
    if (f == "patient.family_name" || f == "patient.given_name")
        return tooLong
            ? Tr::tr("The patient's name is longer than the message allows (%1 characters).")
                  .arg(limit)
            : Tr::tr("The patient's name is missing.");
    if (f == "sender.organisation_name" || f == "sender.service_name")
        return tooLong ? Tr::tr("The follow-up service's name is longer than the message allows "
                                "(%1 characters).")
                             .arg(limit)
                       : Tr::tr("The follow-up service's name is missing in Varde's settings.");
    if (f == "sender.organisation_her_id" || f == "sender.service_her_id")
        return missing
            ? Tr::tr("The follow-up service has no HER-id in Varde's settings, so the GP cannot "
                     "answer. Ask whoever administers Varde to register it.")
            : Tr::tr("The follow-up service's HER-id in Varde's settings is not valid (digits "
                     "only, at most 9).");
    if (f == "sender.nurse_name")
        return tooLong ? Tr::tr("The responsible nurse's name is longer than the message allows "
                                "(%1 characters).")
                             .arg(limit)
                       : Tr::tr("The responsible nurse's name is missing.");
    if (f == "sender.nurse_phone") {
        if (missing)
            return Tr::tr("The responsible nurse's phone number is missing.");
        if (tooLong)
            return Tr::tr("The phone number is too long (at most 20 characters).");
        return Tr::tr(
            "The phone number may hold only digits, spaces and a leading +, and 3 to 15 digits.");
    }
    if (f == "receiver.gp_name")
        return tooLong
            ? Tr::tr("The GP's name is longer than the message allows (%1 characters).").arg(limit)
            : Tr::tr("The GP's name is missing in the GP list.");
    if (f == "receiver.practice_name")
        return tooLong
            ? Tr::tr("The GP practice's name is longer than the message allows (%1 characters).")
                  .arg(limit)
            : Tr::tr("The GP practice's name is missing in the GP list.");
    if (f == "receiver.gp_her_id")
        return missing ? Tr::tr("The GP has no HER-id in the GP list. The message cannot be sent "
                                "until it is registered.")
                       : Tr::tr("The GP's HER-id in the GP list is not valid (digits only, at "
                                "most 9).");
    if (f == "receiver.practice_her_id")
        return missing ? Tr::tr("The GP practice has no HER-id in the GP list. The message cannot "
                                "be sent until it is registered.")
                       : Tr::tr("The GP practice's HER-id in the GP list is not valid (digits "
                                "only, at most 9).");
    if (f == "content.problem")
        return tooLong
            ? Tr::tr("The problem is longer than %1 characters. Make it shorter.")
                  .arg(QLocale().toString(int(plo::maxProblemLength)))
            : Tr::tr("Write the problem in one sentence: why are you writing to the GP?");
    if (f.rfind("content.", 0) == 0)
        return tooLong
            ? Tr::tr("The text is longer than %1 characters. Make it shorter.").arg(limit)
            : notStandardText(f);
    if (f == "msg_id")
        return Tr::tr("The message's id is not valid. Close the message and write it again.");
    // The composer attaches only its own summary PDF; a rule it breaks is a fault, not the nurse's.
    if (f.rfind("attachments", 0) == 0)
        return notStandardText(f);
    return std::nullopt;
}

} // namespace

std::vector<FieldProblem> fieldProblems(const plo::OutgoingMessage &message)
{
    std::vector<FieldProblem> out;
    for (const auto &error : plo::messageProblems(message)) {
        const auto detail = splitDetail(error.detail);
        out.push_back(
            { q(detail.field), checkText(detail).value_or(notStandardText(detail.field)) });
    }
    return out;
}

QString queueErrorText(const Error &error)
{
    if (error.code != ErrorCode::InvalidArgument)
        return errorText(error);
    if (auto text = checkText(splitDetail(error.detail)))
        return *text;
    return Tr::tr(
        "The message does not meet the PLO standard and was not queued. Nothing was sent. "
        "Contact IT support if this happens again.");
}

QString draftErrorText(const Error &error)
{
    if (error.code != ErrorCode::InvalidArgument)
        return errorText(error);
    if (error.detail == "patient.gp: none registered")
        return Tr::tr("The patient has no GP registered. Register the GP in the patient's details "
                      "before writing to them.");
    if (error.detail == "patient.gp: not found")
        return Tr::tr("The patient's GP is not in the GP list. Choose the GP again in the "
                      "patient's details.");
    if (error.detail == "patient.status: follow-up has ended")
        return Tr::tr("The patient's follow-up has ended: no new message can be written.");
    if (error.detail == "patient.service: not found")
        return Tr::tr("The patient's follow-up service was not found in this store.");
    if (error.detail == "patient: not found")
        return Tr::tr("The patient was not found.");
    return errorText(error);
}

} // namespace varde::ui
