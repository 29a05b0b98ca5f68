#include "plo_commands.h"

#include "input.h"

#include "core/plo/document_json.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"

#include <iostream>

namespace varde::cli
{
namespace
{

constexpr const char *ploUsage = R"(vardectl plo read FILE.xml | -
vardectl plo validate [--schemas DIR] FILE.xml...

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
            : plo::sourceTreeSchemaDirectory());
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

} // namespace

int runPlo(
    const std::vector<std::string> &positional, const std::map<std::string, std::string> &options)
{
    if (options.count("help")) {
        std::cout << ploUsage;
        return 0;
    }
    if (!positional.empty() && positional[0] == "read")
        return readCommand(positional);
    if (!positional.empty() && positional[0] == "validate")
        return validateCommand(positional, options);
    std::cerr << "vardectl plo: give read or validate\n\n" << ploUsage;
    return 2;
}

} // namespace varde::cli
