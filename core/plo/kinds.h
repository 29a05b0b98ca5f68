#pragma once
// Which kind of message a document is, as /work/shared/plo/validate.sh decides it: root AppRec
// -> AppRec 1.0 or 1.1 by namespace; root MsgHead -> by MsgInfo/Type/@V, DIALOG_* by the
// namespace of the first RefDoc/Content element (Dialogmelding 1.0 or 1.1). The kind names the
// schema driver (resources/plo/xsd/drivers/<driver>.xsd) that validates envelope and content.

#include "core/common/result.h"

#include <string>
#include <string_view>

namespace varde::plo
{

namespace ns
{
inline constexpr std::string_view msgHead = "http://www.kith.no/xmlstds/msghead/2006-05-24";
inline constexpr std::string_view appRec10 = "http://www.kith.no/xmlstds/apprec/2004-11-21";
inline constexpr std::string_view appRec11 = "http://www.kith.no/xmlstds/apprec/2012-02-15";
inline constexpr std::string_view dialog10 = "http://www.kith.no/xmlstds/dialog/2006-10-11";
inline constexpr std::string_view dialog11 = "http://www.kith.no/xmlstds/dialog/2013-01-23";
inline constexpr std::string_view base64Container = "http://www.kith.no/xmlstds/base64container";
} // namespace ns

// One per schema driver.
enum class Schema {
    HelseopplysningerTilLege, // HELSEOPPLYSNINGER_LEGE, PLO 1.6
    MedisinskeOpplysninger, // MEDISINSKE_OPPLYSNINGER, PLO 1.6
    Innleggelsesrapport, // INNLEGGELSESRAPPORT, PLO 1.6
    Utskrivningsrapport, // UTSKRIVNINGSRAPPORT (TverrfagligEpikrise), PLO 1.6
    Helseopplysninger, // HELSEOPPL_SOKNAD (HelseopplysningerVedSoknad), PLO 1.6
    OrienteringTjenestetilbud, // ORIENTERING_TJENESTETILBUD, PLO 1.6
    Pasientlogistikk, // LOG_*, PLO 1.6
    Dialog10, // DIALOG_* with Dialogmelding 1.0 (2006-10-11)
    Dialog11, // DIALOG_* with Dialogmelding 1.1 (2013-01-23)
    AppRec10, // AppRec 1.0 (2004-11-21)
    AppRec11, // AppRec 1.1 (2012-02-15)
};

inline constexpr Schema allSchemas[] = { Schema::HelseopplysningerTilLege,
    Schema::MedisinskeOpplysninger, Schema::Innleggelsesrapport, Schema::Utskrivningsrapport,
    Schema::Helseopplysninger, Schema::OrienteringTjenestetilbud, Schema::Pasientlogistikk,
    Schema::Dialog10, Schema::Dialog11, Schema::AppRec10, Schema::AppRec11 };

// The driver's file name without folder and ".xsd", e.g. "plo-helseopplysninger-til-lege".
std::string_view driverName(Schema schema);

bool isAppRec(Schema schema);
bool isDialog(Schema schema);

struct DocumentKind {
    Schema schema;
    std::string type; // MsgInfo/Type/@V, e.g. "DIALOG_SVAR"; "APPREC" for an AppRec
};

// "DIALOG_SVAR", or "AppRec 1.0" (as validate.sh labels its lines).
std::string kindLabel(const DocumentKind &kind);

// The facts a kind is decided by, read from the document (empty when absent).
struct RootFacts {
    std::string rootNamespace;
    std::string rootName;
    std::string msgType; // MsgHead/MsgInfo/Type/@V
    std::string contentNamespace; // first MsgHead/Document/RefDoc/Content element
    std::string contentName;
};

// InvalidArgument naming what does not fit: "not a MsgHead or AppRec document (root {ns}bar)",
// "MsgHead/MsgInfo/Type/@V: missing", "unknown message type FOO", or a content namespace that
// does not go with the type.
Result<DocumentKind> classify(const RootFacts &facts);

} // namespace varde::plo
