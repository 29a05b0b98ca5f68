#pragma once
// What every synced entity carries (the data contract in ../shared/design/ARCHITECTURE.md):
// a UUID made where it is born, a version that grows with each change, a tombstone instead of
// deletion, and where it came from.

#include <cstdint>
#include <string>
#include <string_view>

namespace varde::domain
{

enum class Origin { Local, Server, Demo };

std::string_view originKey(Origin origin); // "local", "server", "demo"
Origin originFromKey(std::string_view key); // unknown text reads as Server: it came from outside

struct EntityMeta {
    std::string id; // UUID
    std::int64_t version = 1;
    bool deleted = false;
    Origin origin = Origin::Local;
};

} // namespace varde::domain
