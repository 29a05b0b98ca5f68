// Writes the AppRec (1.0 or 1.1) that answers a received document; see apprec.h.
#include "core/plo/apprec.h"

#include "core/common/uuid.h"
#include "core/plo/xml.h"
#include "core/plo/xml_writer.h"

#include <array>
#include <regex>

namespace varde::plo
{
namespace
{

using xml::Writer;

constexpr const char *oidErrors = "2.16.578.1.12.4.1.1.8221";

struct CodeText {
    std::string_view code;
    std::string_view text;
};

// List 8221, the codes a receiver of PLO and dialog messages has use for.
constexpr std::array errorTexts {
    CodeText { "E10", "Ugyldig meldingsidentifikator" },
    CodeText { "E20", "Lege finnes ikke" },
    CodeText { "E21", "Mottaker finnes ikke" },
    CodeText { "E30", "Pasientens fødselsnummer mangler" },
    CodeText { "E31", "Pasientens fødselsnummer er feil" },
    CodeText { "E32", "Pasientens navn mangler" },
    CodeText { "E35", "Pasienten finnes ikke i mottakersystemet" },
    CodeText { "E36", "Pasientopplysninger er utilstrekkelige" },
    CodeText { "T01", "Ikke XML / ikke 'well formed' / uleselig" },
    CodeText { "T02", "XML validerer ikke" },
    CodeText { "T10", "Støtter ikke meldingsformatet" },
    CodeText { "T99", "Annen feil på format" },
    CodeText { "X99", "Annen feil" },
};

// DN of an identifier type (lists 9051 and 8116); "" leaves DN out.
std::string_view idTypeText(std::string_view type)
{
    constexpr std::array texts {
        CodeText { "HER", "HER-id" },
        CodeText { "ENH", "Organisasjonsnummeret i Enhetsregister" },
        CodeText { "LOK", "Lokal identifikator" },
        CodeText { "HPR", "HPR-nummer" },
        CodeText { "FNR", "Fødselsnummer" },
        CodeText { "DNR", "D-nummer" },
    };
    for (const auto &t : texts)
        if (t.code == type)
            return t.text;
    return {};
}

// IssueDate is an xs:dateTime: an original whose GenDate is not one cannot be answered validly.
bool isDateTime(const std::string &text)
{
    static const std::regex pattern(
        R"(-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)");
    return std::regex_match(text, pattern);
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// The identifier AppRec names in Id/TypeId: the HER-id when there is one (what the message
// service addresses by), else the first; the others follow as AdditionalId.
std::size_t mainId(const Party &party)
{
    for (std::size_t i = 0; i < party.ids.size(); ++i)
        if (party.ids[i].type == "HER" && !party.ids[i].id.empty())
            return i;
    for (std::size_t i = 0; i < party.ids.size(); ++i)
        if (!party.ids[i].id.empty())
            return i;
    return party.ids.size();
}

// Name, Id, TypeId: the start shared by Inst, Dept and HCPerson.
void writeNameAndId(Writer &w, const Party &party)
{
    if (!party.name.empty())
        w.element("Name", party.name);
    const auto main = mainId(party);
    if (main == party.ids.size())
        return;
    w.element("Id", party.ids[main].id);
    w.code("TypeId", party.ids[main].type, idTypeText(party.ids[main].type));
}

void writeAdditionalIds(Writer &w, const Party &party)
{
    const auto main = mainId(party);
    for (std::size_t i = 0; i < party.ids.size(); ++i) {
        if (i == main || party.ids[i].id.empty())
            continue;
        w.start("AdditionalId");
        w.element("Id", party.ids[i].id);
        w.code("Type", party.ids[i].type, idTypeText(party.ids[i].type));
        w.end();
    }
}

// Sender or Receiver: HCP/Inst with the unit as Dept and the person as HCPerson, in the
// schema's order (Name, Id, TypeId, Dept*, AdditionalId*, HCPerson*).
void writeAddressee(Writer &w,
    const char *which,
    const char *role,
    const char *roleText,
    const Addressee &addressee)
{
    w.start(which);
    if (role)
        w.code("Role", role, roleText);
    w.start("HCP");
    w.start("Inst");
    writeNameAndId(w, addressee.organisation);
    if (addressee.unit) {
        w.start("Dept");
        writeNameAndId(w, *addressee.unit);
        writeAdditionalIds(w, *addressee.unit);
        w.end();
    }
    writeAdditionalIds(w, addressee.organisation);
    if (addressee.person) {
        w.start("HCPerson");
        writeNameAndId(w, *addressee.person);
        writeAdditionalIds(w, *addressee.person);
        w.end();
    }
    w.end(); // Inst
    w.end(); // HCP
    w.end();
}

Result<void> checkAnswer(const PloDocument &original, const AppRecAnswer &answer)
{
    if (trimmed(original.msgId).empty())
        return fail(ErrorCode::InvalidArgument, "original.msg_id: missing");
    if (trimmed(original.sender.organisation.name).empty())
        return fail(ErrorCode::InvalidArgument, "original.sender.organisation_name: missing");
    if (!isDateTime(original.genDate))
        return fail(ErrorCode::InvalidArgument, "original.gen_date: not an xs:dateTime");
    if (!answer.msgId.empty() && !isUuid(answer.msgId))
        return fail(ErrorCode::InvalidArgument, "msg_id: not a UUID");
    if (answer.outcome == AppRecOutcome::Rejected && answer.errors.empty())
        return fail(ErrorCode::InvalidArgument, "errors: a rejection needs at least one error");
    // Status 3 "OK, feil i delmelding" is for Helfo claims only ([AR]); an OK has no errors.
    if (answer.outcome == AppRecOutcome::Ok && !answer.errors.empty())
        return fail(ErrorCode::InvalidArgument, "errors: an OK receipt carries none");
    for (std::size_t i = 0; i < answer.errors.size(); ++i) {
        const auto &e = answer.errors[i];
        const auto field = "errors[" + std::to_string(i) + "]";
        if (trimmed(e.code).empty())
            return fail(ErrorCode::InvalidArgument, field + ".code: missing");
        if (trimmed(e.text).empty() && appRecErrorText(e.code).empty())
            return fail(
                ErrorCode::InvalidArgument, field + ".text: missing for a code not in 8221");
    }
    return {};
}

} // namespace

std::string_view appRecErrorText(std::string_view code)
{
    for (const auto &e : errorTexts)
        if (e.code == code)
            return e.text;
    return {};
}

Result<Schema> appRecSchemaFor(Schema original)
{
    if (isAppRec(original))
        return fail(ErrorCode::InvalidArgument, "original: an AppRec is never answered");
    return original == Schema::Dialog10 ? Schema::AppRec10 : Schema::AppRec11;
}

Result<std::string> composeAppRec(
    const PloDocument &original, Schema originalSchema, const AppRecAnswer &answer)
{
    auto schema = appRecSchemaFor(originalSchema);
    if (!schema)
        return fail(schema.error());
    if (auto ok = checkAnswer(original, answer); !ok)
        return fail(ok.error());

    xml::initialise();
    const bool v11 = *schema == Schema::AppRec11;
    const bool ok = answer.outcome == AppRecOutcome::Ok;
    Writer w;
    w.start("AppRec");
    w.attribute("xmlns", v11 ? ns::appRec11 : ns::appRec10);
    w.code("MsgType", "APPREC", "Applikasjonskvittering");
    w.element("MIGversion", v11 ? "v1.1 2012-02-15" : "1.0 2004-11-21");
    w.element("GenDate", time::formatIsoOslo(answer.genDate));
    w.element("Id", answer.msgId.empty() ? newUuid() : answer.msgId);
    // We received the original: its receiver answers its sender. Role exists in 1.1 only.
    writeAddressee(w, "Sender", v11 ? "PRIM" : nullptr, "Primærmottaker", original.receiver);
    writeAddressee(w, "Receiver", v11 ? "AVS" : nullptr, "Avsender", original.sender);
    w.code("Status", ok ? "1" : "2", ok ? "OK" : "Avvist");
    for (const auto &e : answer.errors) {
        const std::string text
            = trimmed(e.text).empty() ? std::string(appRecErrorText(e.code)) : trimmed(e.text);
        w.code("Error", trimmed(e.code), text, oidErrors);
    }
    w.start("OriginalMsgId");
    w.code("MsgType", original.type, original.typeText);
    w.element("IssueDate", original.genDate);
    w.element("Id", original.msgId);
    w.end();
    w.end(); // AppRec
    return w.finish();
}

} // namespace varde::plo
