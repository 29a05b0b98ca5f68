#include "plo_commands.h"

#include "input.h"
#include "plo_exchange.h"

#include "core/common/uuid.h"
#include "core/plo/compose.h"
#include "core/plo/document_json.h"
#include "core/plo/drafting.h"
#include "core/plo/message_store.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"

#include <fstream>
#include <iostream>
#include <set>

namespace varde::cli
{
namespace
{

constexpr const char *ploUsage = R"(vardectl plo read FILE.xml | -
vardectl plo validate [--schemas DIR] FILE.xml...
vardectl plo draft --store DIR [--user LOGIN] --patient ID
    --kind foresporsel|helsefaglig|helseopplysninger [--now ISO-TIME] [--phone NUMBER]
    [--schemas DIR] [--queue] --out FILE
vardectl plo send --store DIR [--user LOGIN] --to FOLDER
vardectl plo receive --store DIR [--user LOGIN] [--schemas DIR] FILE.xml...

read: one received message as JSON: MsgHead v1.2 with PLO 1.6 content (HELSEOPPLYSNINGER_LEGE,
  MEDISINSKE_OPPLYSNINGER, INNLEGGELSESRAPPORT, UTSKRIVNINGSRAPPORT, HELSEOPPL_SOKNAD,
  ORIENTERING_TJENESTETILBUD, LOG_*) or Dialogmelding 1.0/1.1 (DIALOG_*), or an AppRec 1.0/1.1.
  Output: {"type", "type_text", "kind", "msg_id", "gen_date", "ref_to_parent",
           "ref_to_conversation",
           "sender": {"name", "her_id", "ids", "unit", "person", "role"}, "receiver": {...},
           "patient": {"name", "given_name", "family_name", "id", "id_type", "date_of_birth"},
           "text", "texts": [{"field", "heading", "text"}],
           "attachments": [{"mime_type", "description", "size", "file_reference"}],
           "apprec": {"status", "status_text", "errors", ...} or null}
  It does not validate (use validate). A message that is not well-formed, of an unknown type
  or without what is needed (e.g. the patient): exit 2, the reason on standard error, nothing
  on standard output.

validate: each file against the official schemas bundled with Varde (offline, as xmllint
  --nonet with the schema catalog). One line per file:
    OK FILE (TYPE)
    FAIL FILE: reason (+N more errors)
  with every error and its line number on standard error. Exit 0 if all are OK, 1 otherwise.
  --schemas DIR: the folder with catalog.xml and drivers/ (default: the one Varde was built with).

draft: a message from the patient's follow-up service and the signed-in nurse (--user, default
  demo; password from VARDE_PASSWORD or asked) to the patient's GP, drafted from the store at
  --now (default now): the two worst open findings as the problem, the last 48 hours of the
  measurements involved, what the plan in force says for the zone, what has been done, and a
  default question. --kind foresporsel is Dialogmelding 1.0 (DIALOG_FORESPORSEL), helsefaglig
  1.1 (DIALOG_HELSEFAGLIG), helseopplysninger PLO 1.6 (HELSEOPPLYSNINGER_LEGE). --phone gives
  the nurse's phone instead of the signed-in user's (the demo users have none). The message is composed, validated
  against the bundled schemas and written to --out only if valid; then OK FILE (TYPE) and
  exit 0.
  What the store lacks (no GP, a HER-id, the phone) or a kind that cannot be composed: exit 1
  with the field on standard error, no file. A wrong command line: exit 2.
  --queue: the message is also queued in the store (thread, outbox, audit plo.queue) as the
  composer's "Legg i kø for sending" does.

send: the boundary to the health network's message service, which picks up one file per
  message and sends it as ebXML: every queued document of the store (our messages and our
  AppRec answers) is written to FOLDER as MSGID.xml (whole or not at all) and marked sent.
  Prints SENT FILE (TYPE) per message and the count.

receive: each file is filed as workstation would: a reply for one of our patients goes into
  their thread (unread) and is answered with an AppRec OK (queued for send); an AppRec sets
  the receipt of our message; a document that cannot be read or matched is kept in the store
  for a person, answered with a rejecting AppRec when its sender can be read. Prints FILED or
  REFUSED per file; exit 1 if any was refused.
)";

// The first error line, and how many more; the full list goes to standard error.
std::string summary(const std::string &file, const std::string &detail)
{
    const auto newline = detail.find('\n');
    if (newline == std::string::npos)
        return detail;
    std::size_t more = 0;
    std::size_t at = newline;
    while (at != std::string::npos) {
        ++more;
        at = detail.find('\n', at + 1);
    }
    std::cerr << file << ":\n  ";
    for (const char c : detail) {
        std::cerr << c;
        if (c == '\n')
            std::cerr << "  ";
    }
    std::cerr << "\n";
    return detail.substr(0, newline) + " (+" + std::to_string(more) + " more errors)";
}

int readCommand(const std::vector<std::string> &positional)
{
    if (positional.size() != 2) {
        std::cerr << "vardectl plo read: give one file, or - for standard input\n";
        return 2;
    }
    const auto text = readInput(positional[1]);
    if (!text) {
        std::cerr << "vardectl plo read: cannot read " << positional[1] << "\n";
        return 2;
    }
    auto document = plo::readDocument(*text);
    if (!document) {
        std::cerr << "vardectl plo read: " << document.error().detail << "\n";
        return 2;
    }
    std::cout << plo::documentToJson(*document) << "\n";
    return 0;
}

int validateCommand(
    const std::vector<std::string> &positional, const std::map<std::string, std::string> &options)
{
    if (positional.size() < 2) {
        std::cerr << "vardectl plo validate: give one or more files\n";
        return 2;
    }
    const auto schemasIt = options.find("schemas");
    const plo::SchemaSet schemas(schemasIt != options.end()
            ? std::filesystem::path(schemasIt->second)
            : plo::defaultSchemaDirectory());
    int status = 0;
    for (std::size_t i = 1; i < positional.size(); ++i) {
        const auto &file = positional[i];
        const auto text = file == "-" ? std::nullopt : readInput(file);
        if (!text) {
            std::cout << "FAIL " << file << ": cannot read file\n";
            status = 1;
            continue;
        }
        const auto kind = plo::validateDocument(*text, schemas);
        if (kind) {
            std::cout << "OK " << file << " (" << plo::kindLabel(*kind) << ")\n";
        } else {
            std::cout << "FAIL " << file << ": " << summary(file, kind.error().detail) << "\n";
            status = 1;
        }
    }
    return status;
}

std::optional<plo::OutgoingKind> kindFromOption(const std::string &text)
{
    if (text == "foresporsel")
        return plo::OutgoingKind::DialogForesporsel;
    if (text == "helsefaglig")
        return plo::OutgoingKind::HelsefagligDialog;
    if (text == "helseopplysninger")
        return plo::OutgoingKind::HelseopplysningerLege;
    return std::nullopt;
}

int draftCommand(const std::vector<std::string> &positional,
    const std::map<std::string, std::string> &options,
    const StoreOpener &openStore)
{
    constexpr const char *name = "vardectl plo draft: ";
    if (positional.size() != 1) {
        std::cerr << name << "takes no files; give --out FILE\n";
        return 2;
    }
    // A mistyped option would otherwise be ignored silently.
    static const std::set<std::string> known { "store", "user", "patient", "kind", "now", "phone",
        "schemas", "out", "queue" };
    for (const auto &[option, value] : options)
        if (!known.count(option)) {
            std::cerr << name << "unknown option --" << option << "\n";
            return 2;
        }
    for (const char *required : { "store", "patient", "kind", "out" })
        if (!options.count(required) || options.at(required).empty()) {
            std::cerr << name << "--" << required << " is required\n";
            return 2;
        }
    const auto kind = kindFromOption(options.at("kind"));
    if (!kind) {
        std::cerr << name << "--kind must be foresporsel, helsefaglig or helseopplysninger\n";
        return 2;
    }
    auto now = time::now();
    if (auto it = options.find("now"); it != options.end()) {
        auto parsed = time::parseIsoInstant(it->second);
        if (!parsed) {
            std::cerr << name << "--now: " << parsed.error().detail << "\n";
            return 2;
        }
        now = *parsed;
    }

    auto store = openStore(options.at("store"));
    if (!store)
        return store.error();
    auto draft = plo::draftForPatient(*store, options.at("patient"), *kind, now);
    if (!draft) {
        std::cerr << name << draft.error().detail << "\n";
        return 1;
    }
    if (auto it = options.find("phone"); it != options.end())
        draft->sender.nursePhone = it->second;
    draft->msgId = newUuid(); // the file and the queued message are the same message
    const auto xml = plo::composeMessage(*draft);
    if (!xml) {
        // The demo users, and users added without one, have no phone in the store.
        const bool phone = xml.error().detail.rfind("sender.nurse_phone", 0) == 0;
        std::cerr << name << xml.error().detail << (phone ? " (give --phone)" : "") << "\n";
        return 1;
    }
    const auto schemasIt = options.find("schemas");
    const plo::SchemaSet schemas(schemasIt != options.end()
            ? std::filesystem::path(schemasIt->second)
            : plo::defaultSchemaDirectory());
    const auto valid = plo::validateDocument(*xml, schemas);
    if (!valid) {
        std::cerr << name << "the message does not validate:\n" << valid.error().detail << "\n";
        return 1;
    }
    const auto &out = options.at("out");
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file << *xml;
    file.close();
    if (!file) {
        std::cerr << name << "cannot write " << out << "\n";
        std::error_code ignored;
        std::filesystem::remove(out, ignored);
        return 1;
    }
    if (options.count("queue")) {
        auto queued = plo::queueMessage(
            *store, schemas, options.at("patient"), *draft, {}, time::toEpochMillis(now));
        if (!queued) {
            std::cerr << name << queued.error().detail << "\n";
            return 1;
        }
        std::cout << "QUEUED " << queued->msgId << "\n";
    }
    std::cout << "OK " << out << " (" << plo::kindLabel(*valid) << ")\n";
    return 0;
}

} // namespace

int runPlo(const std::vector<std::string> &positional,
    const std::map<std::string, std::string> &options,
    const StoreOpener &openStore)
{
    if (options.count("help")) {
        std::cout << ploUsage;
        return 0;
    }
    if (!positional.empty() && positional[0] == "read")
        return readCommand(positional);
    if (!positional.empty() && positional[0] == "validate")
        return validateCommand(positional, options);
    if (!positional.empty() && positional[0] == "draft")
        return draftCommand(positional, options, openStore);
    if (!positional.empty() && positional[0] == "send")
        return sendCommand(positional, options, openStore);
    if (!positional.empty() && positional[0] == "receive")
        return receiveCommand(positional, options, openStore);
    std::cerr << "vardectl plo: give read, validate, draft, send or receive\n\n" << ploUsage;
    return 2;
}

} // namespace varde::cli
