#include "sync_command.h"

#include "password_prompt.h"

#include "core/sync/sync_engine.h"

#include <cstdlib>
#include <iostream>

namespace varde::cli
{

int runSync(store::EncryptedStore &store, const std::map<std::string, std::string> &options)
{
    const auto option = [&](const char *key) {
        const auto it = options.find(key);
        return it == options.end() ? std::string() : it->second;
    };
    auto state = sync::readSyncState(store.db());
    if (!state) {
        std::cerr << "vardectl sync: " << describe(state.error()) << "\n";
        return 1;
    }
    sync::ServerAddress address { option("server").empty() ? state->serverUrl : option("server"),
        option("ca") };
    if (address.baseUrl.empty()) {
        std::cerr << "vardectl sync: --server https://HOST:PORT is needed the first time\n";
        return 2;
    }
    auto db = store.openAnotherConnection();
    if (!db) {
        std::cerr << "vardectl sync: " << describe(db.error()) << "\n";
        return 1;
    }
    sync::SyncEngine engine(std::move(*db), address);
    const auto serverLogin = option("server-login");
    if (!serverLogin.empty()) {
        const char *fromEnv = std::getenv("VARDE_SERVER_PASSWORD");
        const auto password
            = fromEnv ? std::optional<std::string>(fromEnv) : readPassword("Passord på serveren: ");
        if (!password)
            return 2;
        auto session = engine.signIn(serverLogin, *password);
        if (!session) {
            std::cerr << "vardectl sync: sign-in: " << describe(session.error()) << "\n";
            return 1;
        }
        std::cout << "signed in to " << address.baseUrl << " as " << serverLogin << "\n";
    }
    auto pushed = engine.push();
    if (!pushed) {
        std::cerr << "vardectl sync: push: " << describe(pushed.error())
                  << " (nothing is lost: the changes wait in the outbox)\n";
        return 1;
    }
    std::cout << "pushed " << pushed->sent << " changes (" << pushed->conflicts << " conflicts, "
              << pushed->refused << " refused)" << (pushed->reRegistered ? ", new client id" : "")
              << "; " << pushed->waiting << " waiting\n";
    auto pulled = engine.pull(0, [](const sync::PullReport &r) {
        std::cerr << "\rpulled " << r.pages << " pages, " << r.applied.measurements
                  << " measurements" << std::flush;
    });
    std::cerr << "\n";
    if (!pulled) {
        std::cerr << "vardectl sync: pull: " << describe(pulled.error()) << "\n";
        return 1;
    }
    const auto &a = pulled->applied;
    std::cout << "pulled " << pulled->pages << " pages: " << a.measurements << " measurements, "
              << a.answers << " answers, " << a.rows << " records, " << a.kept << " already here, "
              << a.skipped << " not storable, " << a.outsideWindow
              << " outside the history window; " << a.touchedPatients.size() << " patients changed"
              << (pulled->resynced ? " (resynced from the start)" : "") << "\n";
    return 0;
}

} // namespace varde::cli
