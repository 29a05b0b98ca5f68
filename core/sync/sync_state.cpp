#include "core/sync/sync_state.h"

#include "core/store/statement.h"

namespace varde::sync
{
namespace
{

std::optional<std::int64_t> optionalInt(const store::Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.int64(column);
}

} // namespace

Result<SyncState> readSyncState(store::Connection &db)
{
    auto select = store::Statement::prepare(db,
        "SELECT client_id, last_mutation_id, confirmed_mutation_id, coalesce(feed_cursor, ''), "
        "last_pull_at, last_push_at, last_contact_at, coalesce(server_url, ''), "
        "coalesce(server_login, ''), coalesce(server_user_id, ''), coalesce(refresh_token, ''), "
        "first_sync_done, user_disabled_at FROM sync_state WHERE id = 1");
    if (!select)
        return fail(select.error());
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::StoreCorrupt, "the store has no sync_state row");
    SyncState s;
    s.clientId = select->text(0);
    s.lastMutationId = select->int64(1);
    s.confirmedMutationId = select->int64(2);
    s.feedCursor = select->text(3);
    s.lastPullAt = optionalInt(*select, 4);
    s.lastPushAt = optionalInt(*select, 5);
    s.lastContactAt = optionalInt(*select, 6);
    s.serverUrl = select->text(7);
    s.serverLogin = select->text(8);
    s.serverUserId = select->text(9);
    s.refreshToken = select->text(10);
    s.firstSyncDone = select->int64(11) != 0;
    s.userDisabledAt = optionalInt(*select, 12);
    return s;
}

Result<> saveSignIn(store::Connection &db,
    const std::string &serverUrl,
    const std::string &login,
    const std::string &userId,
    const std::string &refreshToken,
    std::int64_t now)
{
    auto current = readSyncState(db);
    if (!current)
        return fail(current.error());
    // Another server's cursor means nothing here: start its feed from the beginning.
    const bool sameServer = current->serverUrl == serverUrl;
    auto update = store::Statement::prepare(db,
        "UPDATE sync_state SET server_url = ?, server_login = ?, server_user_id = ?, "
        "refresh_token = ?, last_contact_at = ?, user_disabled_at = NULL, "
        "feed_cursor = CASE WHEN ? THEN feed_cursor ELSE NULL END, "
        "first_sync_done = CASE WHEN ? THEN first_sync_done ELSE 0 END WHERE id = 1");
    if (!update)
        return fail(update.error());
    update->bind(1, serverUrl)
        .bind(2, login)
        .bind(3, userId)
        .bind(4, refreshToken)
        .bind(5, now)
        .bind(6, sameServer)
        .bind(7, sameServer);
    return update->run();
}

Result<> saveRefreshToken(store::Connection &db, const std::string &refreshToken)
{
    auto update
        = store::Statement::prepare(db, "UPDATE sync_state SET refresh_token = ? WHERE id = 1");
    if (!update)
        return fail(update.error());
    update->bindOrNull(1, refreshToken);
    return update->run();
}

Result<> markUserDisabled(store::Connection &db, std::int64_t now)
{
    auto update = store::Statement::prepare(
        db, "UPDATE sync_state SET user_disabled_at = ?, refresh_token = NULL WHERE id = 1");
    if (!update)
        return fail(update.error());
    return update->bind(1, now).run();
}

Result<> noteServerContact(store::Connection &db, std::int64_t now)
{
    auto update
        = store::Statement::prepare(db, "UPDATE sync_state SET last_contact_at = ? WHERE id = 1");
    if (!update)
        return fail(update.error());
    update->bind(1, now);
    return update->run();
}

bool offlineTooLong(const SyncState &state, std::int64_t nowMillis, int maxOfflineDays)
{
    if (state.serverUrl.empty())
        return false;
    if (!state.lastContactAt)
        return true;
    return nowMillis - *state.lastContactAt > std::int64_t(maxOfflineDays) * 86'400'000;
}

} // namespace varde::sync
