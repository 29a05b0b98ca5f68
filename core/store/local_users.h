#pragma once
// Reading the store's local users: the role of one user, for the rules that depend on it
// (only a nurse is responsible for patients, only a doctor can be the medical lead).

#include "core/common/result.h"
#include "core/domain/user.h"
#include "core/store/connection.h"

#include <string>

namespace varde::store
{

// UnknownUser when there is no such user.
Result<domain::Role> roleOf(Connection &db, const std::string &userId);

} // namespace varde::store
