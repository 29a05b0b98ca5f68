#include "plo_exchange.h"

#include "core/common/file_write.h"
#include "core/plo/message_store.h"
#include "core/time/civil_time.h"

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace varde::cli
{
namespace
{

bool onlyKnown(const char *name,
    const std::map<std::string, std::string> &options,
    const std::set<std::string> &known)
{
    for (const auto &[option, value] : options)
        if (!known.count(option)) {
            std::cerr << name << "unknown option --" << option << "\n";
            return false;
        }
    return true;
}

std::filesystem::path schemaFolder(const std::map<std::string, std::string> &options)
{
    const auto it = options.find("schemas");
    return it != options.end() ? std::filesystem::path(it->second) : plo::defaultSchemaDirectory();
}

} // namespace

int sendCommand(const std::vector<std::string> &positional,
    const std::map<std::string, std::string> &options,
    const StoreOpener &openStore)
{
    constexpr const char *name = "vardectl plo send: ";
    if (positional.size() != 1 || !onlyKnown(name, options, { "store", "user", "to" }))
        return 2;
    for (const char *required : { "store", "to" })
        if (!options.count(required) || options.at(required).empty()) {
            std::cerr << name << "--" << required << " is required\n";
            return 2;
        }
    const std::filesystem::path folder = options.at("to");
    if (!std::filesystem::is_directory(folder)) {
        std::cerr << name << "--to: no such folder " << folder.string() << "\n";
        return 2;
    }
    auto store = openStore(options.at("store"));
    if (!store)
        return store.error();
    auto queued = plo::queuedMessages(*store);
    if (!queued) {
        std::cerr << name << queued.error().detail << "\n";
        return 1;
    }
    for (const auto &m : *queued) {
        // The file first, then the state: a crash between them sends a message twice, which
        // the receiver recognises by its MsgId, rather than never.
        const auto file = folder / (m.msgId + ".xml");
        if (auto ok = writeFileAtomically(file, m.document); !ok) {
            std::cerr << name << ok.error().detail << "\n";
            return 1;
        }
        if (auto ok = plo::markSent(*store, m.id, time::toEpochMillis(time::now())); !ok) {
            std::cerr << name << ok.error().detail << "\n";
            return 1;
        }
        std::cout << "SENT " << file.string() << " (" << m.type << ")\n";
    }
    std::cout << queued->size() << " sent\n";
    return 0;
}

int receiveCommand(const std::vector<std::string> &positional,
    const std::map<std::string, std::string> &options,
    const StoreOpener &openStore)
{
    constexpr const char *name = "vardectl plo receive: ";
    if (!onlyKnown(name, options, { "store", "user", "schemas" }))
        return 2;
    if (positional.size() < 2) {
        std::cerr << name << "give the received files\n";
        return 2;
    }
    if (!options.count("store")) {
        std::cerr << name << "--store is required\n";
        return 2;
    }
    auto store = openStore(options.at("store"));
    if (!store)
        return store.error();
    const plo::SchemaSet schemas(schemaFolder(options));
    int refused = 0;
    for (std::size_t i = 1; i < positional.size(); ++i) {
        const std::filesystem::path file = positional[i];
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << name << "cannot read " << file.string() << "\n";
            return 1;
        }
        std::ostringstream bytes;
        bytes << in.rdbuf();
        auto outcome = plo::receiveDocument(*store, schemas, bytes.str(), file.filename().string(),
            time::toEpochMillis(time::now()));
        if (!outcome) {
            std::cerr << name << outcome.error().detail << "\n";
            return 1;
        }
        if (outcome->refused) {
            ++refused;
            std::cout << "REFUSED " << file.string() << ": " << outcome->problem << "\n";
        } else {
            std::cout << "FILED " << file.string() << " patient " << outcome->patientId << "\n";
        }
        if (!outcome->appRecId.empty())
            std::cout << "  answer queued (AppRec)\n";
    }
    // Refused documents are kept in the store for a person; the exit code says to look.
    return refused ? 1 : 0;
}

} // namespace varde::cli
