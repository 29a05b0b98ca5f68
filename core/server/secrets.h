#pragma once
// Passwords and tokens at rest: Argon2id password hashes (libsodium's interactive level, with
// a cap on how many hash at once so that a burst of logins cannot exhaust memory), and random
// bearer secrets (device tokens, refresh tokens) of which only a hash is stored.

#include "core/common/result.h"

#include <string>
#include <string_view>

namespace varde::server
{

// Argon2id string ($argon2id$v=19$m=...), salt included.
Result<std::string> hashPassword(std::string_view password);
// Waits while too many hashes run; false for a wrong password or a malformed hash.
bool verifyPassword(std::string_view password, const std::string &hash);

// 32 random bytes as 64 hex digits.
std::string newSecretToken();
// SHA-256 hex of a token: what the database keeps and looks up.
std::string tokenHash(std::string_view token);

} // namespace varde::server
