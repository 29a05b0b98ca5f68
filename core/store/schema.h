#pragma once
// The SQL of each schema version. See schema_v1.cpp for the data contract's conventions.

#include <string_view>

namespace varde::store::schema
{

extern const std::string_view version1;
extern const std::string_view version2;
extern const std::string_view version3;
extern const std::string_view version4;
extern const std::string_view version5;
extern const std::string_view version6;
extern const std::string_view version7;

} // namespace varde::store::schema
