#pragma once
// A local user of the workstation. The login name is in the key file (one slot each); the
// display name and role live only inside the encrypted store.

#include "core/domain/entity.h"

#include <optional>
#include <string>
#include <string_view>

namespace varde::domain
{

enum class Role { Nurse, Gp, Specialist, Leader, Admin };
std::string_view roleKey(Role role); // "nurse", "gp", "specialist", "leader", "admin"
std::optional<Role> roleFromKey(std::string_view key);

struct LocalUser {
    EntityMeta meta;
    std::string login;
    std::string displayName;
    Role role = Role::Nurse;
    std::string phone;
};

// Login names: 2–32 of a–z, 0–9, '.', '_' and '-'. Kept simple so the key file stays a plain
// line format and no look-alike names can be made.
bool isValidLogin(std::string_view login);

} // namespace varde::domain
