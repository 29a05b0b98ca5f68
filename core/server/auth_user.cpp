// Reading app_user rows into UserAccount, and writing them as JSON.
#include "core/server/auth_user.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"

namespace varde::server
{
namespace
{

constexpr const char *columns = "SELECT id, display_name, password_hash, "
                                "array_to_string(roles, ','), coalesce(service_id::text, ''), "
                                "coalesce(gp_id::text, ''), disabled FROM app_user ";

Result<std::optional<UserAccount>> readOne(Result<PgResult> found)
{
    if (!found)
        return fail(found.error());
    if (found->rows() == 0)
        return std::optional<UserAccount> {};
    UserAccount user;
    user.id = found->text(0, 0);
    user.displayName = found->text(0, 1);
    user.passwordHash = found->text(0, 2);
    user.roles = parseRoles(found->text(0, 3));
    user.serviceId = found->text(0, 4);
    user.gpId = found->text(0, 5);
    user.disabled = found->text(0, 6) == "t";
    return std::optional<UserAccount> { std::move(user) };
}

std::string idOrNull(const std::string &id) { return id.empty() ? "null" : jsonString(id); }

} // namespace

Result<std::optional<UserAccount>> findUserByLogin(PgConnection &db, const std::string &login)
{
    return readOne(db.exec(std::string(columns) + "WHERE login = $1", { login }));
}

Result<std::optional<UserAccount>> findUserById(PgConnection &db, const std::string &id)
{
    if (!isUuid(id))
        return std::optional<UserAccount> {};
    return readOne(db.exec(std::string(columns) + "WHERE id = $1", { id }));
}

std::vector<std::string> parseRoles(const std::string &text)
{
    std::vector<std::string> roles;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            roles.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return roles;
}

std::string rolesJson(const std::vector<std::string> &roles)
{
    std::string out = "[";
    for (std::size_t i = 0; i < roles.size(); ++i)
        out += (i ? "," : "") + jsonString(roles[i]);
    return out + "]";
}

std::string userJson(const UserAccount &user)
{
    return "{\"id\":" + jsonString(user.id) + ",\"display_name\":" + jsonString(user.displayName)
        + ",\"roles\":" + rolesJson(user.roles) + ",\"service_id\":" + idOrNull(user.serviceId)
        + ",\"gp_id\":" + idOrNull(user.gpId) + "}";
}

} // namespace varde::server
