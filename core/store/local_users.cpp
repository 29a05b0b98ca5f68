#include "core/store/local_users.h"

#include "core/store/statement.h"

namespace varde::store
{

Result<domain::Role> roleOf(Connection &db, const std::string &userId)
{
    auto select = Statement::prepare(db, "SELECT role FROM local_user WHERE id = ?");
    if (!select)
        return fail(select.error());
    select->bind(1, userId);
    auto found = select->step();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::UnknownUser, "no such user");
    auto role = domain::roleFromKey(select->text(0));
    if (!role)
        return fail(ErrorCode::StoreCorrupt, "user " + userId + ": unknown role");
    return *role;
}

} // namespace varde::store
