#include "core/plo/document_json.h"

#include "core/common/json_text.h"

namespace varde::plo
{
namespace
{

std::string field(const char *name, const std::string &value)
{
    return "\"" + std::string(name) + "\": " + jsonString(value);
}

std::string partyJson(const Party &party)
{
    std::string ids;
    for (const auto &ident : party.ids)
        ids += (ids.empty() ? "" : ", ") + std::string("{") + field("id", ident.id) + ", "
            + field("type", ident.type) + "}";
    return "{" + field("name", party.name) + ", " + field("her_id", party.herId) + ", \"ids\": ["
        + ids + "]}";
}

std::string optionalParty(const std::optional<Party> &party)
{
    return party ? partyJson(*party) : "null";
}

std::string addresseeJson(const Addressee &a)
{
    auto out = partyJson(a.organisation);
    out.pop_back(); // the organisation's fields first, then its communication party
    return out + ", \"unit\": " + optionalParty(a.unit) + ", \"person\": " + optionalParty(a.person)
        + ", " + field("role", a.role) + "}";
}

std::string patientJson(const std::optional<Patient> &p)
{
    if (!p)
        return "null";
    return "{" + field("name", p->fullName()) + ", " + field("given_name", p->givenName) + ", "
        + field("family_name", p->familyName) + ", " + field("id", p->id) + ", "
        + field("id_type", p->idType) + ", " + field("date_of_birth", p->dateOfBirth) + "}";
}

std::string appRecJson(const std::optional<AppRecInfo> &info)
{
    if (!info)
        return "null";
    std::string errors;
    for (const auto &e : info->errors)
        errors += (errors.empty() ? "" : ", ") + std::string("{") + field("code", e.code) + ", "
            + field("text", e.text) + "}";
    return "{" + field("status", info->status) + ", " + field("status_text", info->statusText)
        + ", \"errors\": [" + errors + "], " + field("original_msg_id", info->originalMsgId) + ", "
        + field("original_msg_type", info->originalMsgType) + ", "
        + field("original_issue_date", info->originalIssueDate) + "}";
}

} // namespace

std::string documentToJson(const PloDocument &d)
{
    std::string texts;
    for (const auto &t : d.texts)
        texts += (texts.empty() ? "" : ", ") + std::string("{") + field("field", t.field) + ", "
            + field("heading", t.heading) + ", " + field("text", t.text) + "}";
    std::string attachments;
    for (const auto &a : d.attachments)
        attachments += (attachments.empty() ? "" : ", ") + std::string("{")
            + field("mime_type", a.mimeType) + ", " + field("description", a.description)
            + ", \"size\": " + (a.size ? std::to_string(*a.size) : std::string("null")) + ", "
            + field("file_reference", a.fileReference) + "}";
    return "{" + field("type", d.type) + ", " + field("type_text", d.typeText) + ", "
        + field("kind", std::string(driverName(d.kind.schema))) + ", " + field("msg_id", d.msgId)
        + ", " + field("gen_date", d.genDate) + ", " + field("ref_to_parent", d.refToParent) + ", "
        + field("ref_to_conversation", d.refToConversation) + ",\n \"sender\": "
        + addresseeJson(d.sender) + ",\n \"receiver\": " + addresseeJson(d.receiver)
        + ",\n \"patient\": " + patientJson(d.patient) + ",\n " + field("text", d.text())
        + ",\n \"texts\": [" + texts + "],\n \"attachments\": [" + attachments
        + "],\n \"apprec\": " + appRecJson(d.appRec) + "}";
}

} // namespace varde::plo
