#include "core/plo/kinds.h"

#include <array>

namespace varde::plo
{
namespace
{

constexpr std::string_view po = "http://www.kith.no/xmlstds/po/";

struct PloType {
    std::string_view type;
    Schema schema;
    std::string_view content; // namespace below po, without the date
};

// MsgInfo/Type (code list 8279) -> driver and content namespace, as in validate.sh.
constexpr std::array ploTypes {
    PloType {
        "HELSEOPPLYSNINGER_LEGE", Schema::HelseopplysningerTilLege, "HelseopplysningerTilLege" },
    PloType { "MEDISINSKE_OPPLYSNINGER", Schema::MedisinskeOpplysninger, "MedisinskeOpplysninger" },
    PloType { "INNLEGGELSESRAPPORT", Schema::Innleggelsesrapport, "Innleggelsesrapport" },
    PloType { "UTSKRIVNINGSRAPPORT", Schema::Utskrivningsrapport, "TverrfagligEpikrise" },
    PloType { "HELSEOPPL_SOKNAD", Schema::Helseopplysninger, "HelseopplysningerVedSoknad" },
    PloType { "ORIENTERING_TJENESTETILBUD", Schema::OrienteringTjenestetilbud,
        "OrienteringOmTjenestetilbud" },
    PloType { "LOG_INNLAGT", Schema::Pasientlogistikk, "Pasientlogistikk" },
    PloType { "LOG_UTSKRIVNINGSKLAR", Schema::Pasientlogistikk, "Pasientlogistikk" },
    PloType { "LOG_AVMELDING", Schema::Pasientlogistikk, "Pasientlogistikk" },
    PloType { "LOG_UTSKREVET", Schema::Pasientlogistikk, "Pasientlogistikk" },
    PloType { "LOG_DOD", Schema::Pasientlogistikk, "Pasientlogistikk" },
};

std::string ploNamespace(std::string_view content)
{
    return std::string(po) + std::string(content) + "/2012-04-01";
}

std::string qualified(const std::string &ns, const std::string &name)
{
    return "{" + ns + "}" + name;
}

} // namespace

std::string_view driverName(Schema schema)
{
    switch (schema) {
    case Schema::HelseopplysningerTilLege:
        return "plo-helseopplysninger-til-lege";
    case Schema::MedisinskeOpplysninger:
        return "plo-medisinske-opplysninger";
    case Schema::Innleggelsesrapport:
        return "plo-innleggelsesrapport";
    case Schema::Utskrivningsrapport:
        return "plo-utskrivningsrapport";
    case Schema::Helseopplysninger:
        return "plo-helseopplysninger";
    case Schema::OrienteringTjenestetilbud:
        return "plo-orientering-om-tjenestetilbud";
    case Schema::Pasientlogistikk:
        return "plo-pasientlogistikk";
    case Schema::Dialog10:
        return "dialog-1.0";
    case Schema::Dialog11:
        return "dialog-1.1";
    case Schema::AppRec10:
        return "apprec-1.0";
    case Schema::AppRec11:
        return "apprec-1.1";
    }
    return "";
}

bool isAppRec(Schema schema) { return schema == Schema::AppRec10 || schema == Schema::AppRec11; }

bool isDialog(Schema schema) { return schema == Schema::Dialog10 || schema == Schema::Dialog11; }

std::string kindLabel(const DocumentKind &kind)
{
    if (kind.schema == Schema::AppRec10)
        return "AppRec 1.0";
    if (kind.schema == Schema::AppRec11)
        return "AppRec 1.1";
    return kind.type;
}

Result<DocumentKind> classify(const RootFacts &facts)
{
    if (facts.rootName == "AppRec" && facts.rootNamespace == ns::appRec10)
        return DocumentKind { Schema::AppRec10, "APPREC" };
    if (facts.rootName == "AppRec" && facts.rootNamespace == ns::appRec11)
        return DocumentKind { Schema::AppRec11, "APPREC" };
    if (facts.rootName != "MsgHead" || facts.rootNamespace != ns::msgHead)
        return fail(ErrorCode::InvalidArgument,
            "not a MsgHead or AppRec document (root "
                + qualified(facts.rootNamespace, facts.rootName) + ")");
    if (facts.msgType.empty())
        return fail(ErrorCode::InvalidArgument, "MsgHead/MsgInfo/Type/@V: missing");
    const auto content = qualified(facts.contentNamespace, facts.contentName);
    if (facts.contentName.empty())
        return fail(ErrorCode::InvalidArgument, "MsgHead/Document/RefDoc/Content: missing");

    // Dialogmelding carries several types (list 8279 has more than the four PLO uses); the
    // content's namespace decides the version.
    if (facts.msgType.rfind("DIALOG_", 0) == 0) {
        if (facts.contentNamespace == ns::dialog10 && facts.contentName == "Dialogmelding")
            return DocumentKind { Schema::Dialog10, facts.msgType };
        if (facts.contentNamespace == ns::dialog11 && facts.contentName == "Dialogmelding")
            return DocumentKind { Schema::Dialog11, facts.msgType };
        return fail(ErrorCode::InvalidArgument,
            facts.msgType + " needs Dialogmelding content ({" + std::string(ns::dialog10) + "} or {"
                + std::string(ns::dialog11) + "}), found " + content);
    }
    for (const auto &t : ploTypes) {
        if (t.type != facts.msgType)
            continue;
        const auto expected = ploNamespace(t.content);
        if (facts.contentNamespace != expected)
            return fail(ErrorCode::InvalidArgument,
                "MsgInfo/Type " + facts.msgType + " expects its content in {" + expected
                    + "}, found " + content);
        return DocumentKind { t.schema, facts.msgType };
    }
    return fail(ErrorCode::InvalidArgument, "unknown message type " + facts.msgType);
}

} // namespace varde::plo
