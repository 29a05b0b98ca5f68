// Sessions and rotating refresh tokens in PostgreSQL.
#include "core/server/auth_session.h"

#include "core/common/uuid.h"
#include "core/server/secrets.h"

namespace varde::server
{
namespace
{

Result<std::string> addRefreshToken(PgConnection &db, const std::string &sessionId, int refreshDays)
{
    auto token = newSecretToken();
    auto ok = db.exec("INSERT INTO refresh_token(token_hash, session_id, expires_at) "
                      "VALUES ($1, $2, now() + make_interval(days => $3::int))",
        { tokenHash(token), sessionId, std::to_string(refreshDays) });
    if (!ok)
        return fail(ok.error());
    return token;
}

} // namespace

Result<IssuedRefresh> startSession(PgConnection &db, const std::string &userId, int refreshDays)
{
    IssuedRefresh issued { userId, newUuid(), {} };
    if (auto ok = db.exec(
            "INSERT INTO auth_session(id, user_id) VALUES ($1, $2)", { issued.sessionId, userId });
        !ok)
        return fail(ok.error());
    auto token = addRefreshToken(db, issued.sessionId, refreshDays);
    if (!token)
        return fail(token.error());
    issued.refreshToken = std::move(*token);
    return issued;
}

Result<Rotation> rotateRefreshToken(
    PgConnection &db, const std::string &refreshToken, int refreshDays)
{
    auto tx = PgTransaction::begin(db);
    if (!tx)
        return fail(tx.error());
    // FOR UPDATE: a second use of the same token waits here, then finds it replaced.
    auto found = db.exec("SELECT r.session_id, s.user_id, r.replaced_at IS NOT NULL, "
                         "r.expires_at <= now(), s.revoked_at IS NOT NULL, u.disabled "
                         "FROM refresh_token r JOIN auth_session s ON s.id = r.session_id "
                         "JOIN app_user u ON u.id = s.user_id "
                         "WHERE r.token_hash = $1 FOR UPDATE OF r, s",
        { tokenHash(refreshToken) });
    if (!found)
        return fail(found.error());
    Rotation rotation;
    if (found->rows() == 0)
        return rotation; // Unknown
    rotation.issued.sessionId = found->text(0, 0);
    rotation.issued.userId = found->text(0, 1);
    const bool replaced = found->text(0, 2) == "t";
    const bool expired = found->text(0, 3) == "t";
    const bool revoked = found->text(0, 4) == "t";
    const bool disabled = found->text(0, 5) == "t";
    if (revoked) {
        rotation.outcome = RefreshOutcome::Revoked;
        return rotation;
    }
    if (replaced || disabled) {
        rotation.outcome = replaced ? RefreshOutcome::Reused : RefreshOutcome::Disabled;
        if (auto ok = revokeSession(db, rotation.issued.sessionId, replaced ? "reuse" : "disabled");
            !ok)
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
        return rotation;
    }
    if (expired) {
        rotation.outcome = RefreshOutcome::Expired;
        return rotation;
    }
    if (auto ok = db.exec("UPDATE refresh_token SET replaced_at = now() WHERE token_hash = $1",
            { tokenHash(refreshToken) });
        !ok)
        return fail(ok.error());
    auto next = addRefreshToken(db, rotation.issued.sessionId, refreshDays);
    if (!next)
        return fail(next.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    rotation.outcome = RefreshOutcome::Rotated;
    rotation.issued.refreshToken = std::move(*next);
    return rotation;
}

Result<IssuedRefresh> findRefreshToken(PgConnection &db, const std::string &refreshToken)
{
    auto found = db.exec("SELECT r.session_id, s.user_id FROM refresh_token r "
                         "JOIN auth_session s ON s.id = r.session_id WHERE r.token_hash = $1",
        { tokenHash(refreshToken) });
    if (!found)
        return fail(found.error());
    IssuedRefresh issued;
    if (found->rows() == 1) {
        issued.sessionId = found->text(0, 0);
        issued.userId = found->text(0, 1);
    }
    return issued;
}

Result<> revokeSession(PgConnection &db, const std::string &sessionId, const std::string &reason)
{
    auto ok = db.exec("UPDATE auth_session SET revoked_at = now(), revoked_reason = $2 "
                      "WHERE id = $1 AND revoked_at IS NULL",
        { sessionId, reason });
    if (!ok)
        return fail(ok.error());
    return {};
}

} // namespace varde::server
