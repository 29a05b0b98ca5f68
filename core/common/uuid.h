#pragma once
// Random (version 4) UUIDs for entities born on this workstation, and name-based (version 5
// style, SHA-256 instead of SHA-1) UUIDs for ids that must be the same wherever they are made,
// such as the demo cohort's and later the triage findings'.

#include <initializer_list>
#include <string>
#include <string_view>

namespace varde
{

// Lower-case canonical form, 36 characters. Uses libsodium's CSPRNG.
std::string newUuid();

// Deterministic UUID from a namespace and a name: the same inputs give the same id everywhere.
std::string nameUuid(std::string_view nameSpace, std::string_view name);
// The same from several parts, hashed with a separator between them (no concatenation:
// triage makes one for every finding).
std::string nameUuid(std::string_view nameSpace, std::initializer_list<std::string_view> parts);

bool isUuid(std::string_view text);

} // namespace varde
