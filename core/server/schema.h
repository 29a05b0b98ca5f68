#pragma once
// The central database's schema, one SQL script per version, applied in order at start under an
// advisory lock so that several server instances can start together (see migrate.h).

#include <string_view>

namespace varde::server::schema
{

struct Version {
    int number;
    std::string_view description;
    std::string_view sql;
};

extern const Version version1;
extern const Version version2;
extern const Version version3;
extern const Version version4;
extern const Version version5; // workstation mutations
extern const Version version6; // sync: complete entity rows, link codes
extern const Version version7; // GP feed; partitioned measurements

} // namespace varde::server::schema
