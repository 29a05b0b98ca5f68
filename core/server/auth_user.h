#pragma once
// A user account as sign-in needs it (app_user), found by login or by id, and the "user"
// object that login, refresh and /v1/me answer with.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <optional>
#include <string>
#include <vector>

namespace varde::server
{

struct UserAccount {
    std::string id;
    std::string displayName;
    std::string passwordHash;
    std::vector<std::string> roles;
    std::string serviceId; // "" = none
    std::string gpId; // "" = none
    bool disabled = false;
};

// nullopt when there is no such user.
Result<std::optional<UserAccount>> findUserByLogin(PgConnection &db, const std::string &login);
Result<std::optional<UserAccount>> findUserById(PgConnection &db, const std::string &id);

// {"id", "display_name", "roles": [...], "service_id": id|null, "gp_id": id|null}
std::string userJson(const UserAccount &user);

// The roles of "nurse,leader" (array_to_string(roles, ',')).
std::vector<std::string> parseRoles(const std::string &commaSeparated);

// ["nurse","leader"] as JSON.
std::string rolesJson(const std::vector<std::string> &roles);

} // namespace varde::server
