// The server subcommands of vardectl: services and users in the central PostgreSQL database.
#include "server_commands.h"

#include "password_prompt.h"

#include "core/common/uuid.h"
#include "core/server/migrate.h"
#include "core/server/pg.h"
#include "core/server/secrets.h"

#include <algorithm>
#include <iostream>
#include <optional>
#include <set>

namespace varde::cli
{
namespace
{

constexpr const char *serverUsage
    = R"(vardectl server add-service --database-url URL --name NAME [--her-id N]
                              [--municipality M]
vardectl server add-user --database-url URL --login L --name N --roles ROLE[,ROLE...]
                         [--service ID] [--gp-id ID]

Creates a follow-up service or a user in the central server's PostgreSQL database (a libpq
URL or "key=value" string), migrating it to the server's schema first, and prints the new id.
Roles: nurse, gp, specialist, leader, admin. Nurses and leaders need --service (the id
add-service printed); a GP needs --gp-id (their general_practitioner id). The password comes
from VARDE_PASSWORD, or is asked (at least 8 characters); only its Argon2id hash is stored.
Exit codes: 0 done, 1 the database refused (the message says why), 2 wrong command line.
)";

constexpr std::size_t minPasswordLength = 8;

std::string option(const std::map<std::string, std::string> &options, const std::string &key)
{
    const auto it = options.find(key);
    return it == options.end() ? std::string() : it->second;
}

int usageError(const std::string &message)
{
    std::cerr << "vardectl server: " << message << "\n\n" << serverUsage;
    return 2;
}

// A connection to a migrated database, or nullopt with the reason said.
std::optional<server::PgConnection> openDatabase(const std::string &url)
{
    auto db = server::PgConnection::connect(url);
    if (!db) {
        std::cerr << "vardectl server: " << db.error().detail << "\n";
        return std::nullopt;
    }
    if (auto version = server::migrate(*db); !version) {
        std::cerr << "vardectl server: migration failed: " << version.error().detail << "\n";
        return std::nullopt;
    }
    return std::move(*db);
}

int addService(const std::map<std::string, std::string> &options)
{
    const auto name = option(options, "name");
    if (name.empty())
        return usageError("--name is required");
    auto db = openDatabase(option(options, "database-url"));
    if (!db)
        return 1;
    const auto id = newUuid();
    if (auto ok = db->exec("INSERT INTO follow_up_service(id, name, her_id, municipality) "
                           "VALUES ($1, $2, $3, $4)",
            { id, name, option(options, "her-id"), option(options, "municipality") });
        !ok) {
        std::cerr << "vardectl server add-service: " << ok.error().detail << "\n";
        return 1;
    }
    std::cout << id << "\n";
    return 0;
}

// The roles of "nurse,leader": each known, none twice; nullopt with the reason said.
std::optional<std::vector<std::string>> parseRoleList(const std::string &text)
{
    static const std::set<std::string> known { "nurse", "gp", "specialist", "leader", "admin" };
    std::vector<std::string> roles;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        const auto role = text.substr(start, end - start);
        if (!known.count(role)) {
            std::cerr << "vardectl server add-user: unknown role '" << role
                      << "' (nurse, gp, specialist, leader, admin)\n";
            return std::nullopt;
        }
        if (std::find(roles.begin(), roles.end(), role) == roles.end())
            roles.push_back(role);
        start = end + 1;
    }
    return roles;
}

int addUser(const std::map<std::string, std::string> &options)
{
    const auto login = option(options, "login");
    const auto name = option(options, "name");
    const auto service = option(options, "service");
    const auto gp = option(options, "gp-id");
    if (login.empty() || name.empty() || option(options, "roles").empty())
        return usageError("--login, --name and --roles are required");
    const auto roles = parseRoleList(option(options, "roles"));
    if (!roles)
        return 2;
    const auto has = [&](const char *role) {
        return std::find(roles->begin(), roles->end(), role) != roles->end();
    };
    if ((has("nurse") || has("leader")) && service.empty())
        return usageError("nurses and leaders need --service");
    if (has("gp") && gp.empty())
        return usageError("a GP needs --gp-id");
    if (!gp.empty() && !has("gp"))
        return usageError("--gp-id is for users with the gp role");
    for (const auto *id : { &service, &gp })
        if (!id->empty() && !isUuid(*id))
            return usageError("--service and --gp-id take ids (UUIDs)");
    auto db = openDatabase(option(options, "database-url"));
    if (!db)
        return 1;
    const auto password = readPassword("Passord for den nye brukeren: ");
    if (!password || password->size() < minPasswordLength)
        return usageError("a password of at least 8 characters is needed");
    auto hash = server::hashPassword(*password);
    if (!hash) {
        std::cerr << "vardectl server add-user: " << hash.error().detail << "\n";
        return 1;
    }
    std::string roleArray = "{";
    for (std::size_t i = 0; i < roles->size(); ++i)
        roleArray += (i ? "," : "") + (*roles)[i];
    roleArray += "}";
    const auto id = newUuid();
    const auto orNull = [](const std::string &s) {
        return s.empty() ? server::PgParam {} : server::PgParam { s };
    };
    if (auto ok = db->exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                           "service_id, gp_id) VALUES ($1, $2, $3, $4, $5::text[], $6, $7)",
            { id, login, name, *hash, roleArray, orNull(service), orNull(gp) });
        !ok) {
        const auto &state = db->lastState();
        std::cerr << "vardectl server add-user: "
                  << (state == "23505"          ? "a user with this login exists already"
                             : state == "23503" ? "no such follow-up service or GP"
                                                : ok.error().detail)
                  << "\n";
        return 1;
    }
    std::cout << id << "\n";
    return 0;
}

} // namespace

int runServer(
    const std::vector<std::string> &positional, const std::map<std::string, std::string> &options)
{
    if (options.count("help")) {
        std::cout << serverUsage;
        return 0;
    }
    if (positional.size() != 1 || (positional[0] != "add-service" && positional[0] != "add-user"))
        return usageError("give add-service or add-user");
    if (!options.count("database-url"))
        return usageError("--database-url is required");
    return positional[0] == "add-service" ? addService(options) : addUser(options);
}

} // namespace varde::cli
