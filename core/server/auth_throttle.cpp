// The login throttle's two statements: count an attempt (or refuse it while blocked), clear.
#include "core/server/auth_throttle.h"

#include "core/common/hex.h"

#include <sodium.h>

namespace varde::server
{

std::string loginKey(const std::string &login, const std::string &secret)
{
    [[maybe_unused]] static const bool sodiumReady = sodium_init() >= 0;
    crypto_auth_hmacsha256_state state;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_init(
        &state, reinterpret_cast<const unsigned char *>(secret.data()), secret.size());
    const std::string input = "varde login throttle\n" + login;
    crypto_auth_hmacsha256_update(
        &state, reinterpret_cast<const unsigned char *>(input.data()), input.size());
    crypto_auth_hmacsha256_final(&state, mac);
    return toHex(mac, sizeof mac);
}

Result<AttemptClaim> claimLoginAttempt(PgConnection &db, const std::string &key)
{
    // One statement, so that concurrent attempts on several instances count exactly. The
    // WHERE of DO UPDATE leaves a blocked row alone and then returns no row.
    auto counted = db.exec(
        "INSERT INTO login_throttle AS t (login_hash, failures, last_attempt_at) "
        "VALUES ($1, 1, now()) "
        "ON CONFLICT (login_hash) DO UPDATE SET "
        "  failures = CASE WHEN t.last_attempt_at < now() - interval '1 day' THEN 1 "
        "                  ELSE t.failures + 1 END, "
        "  last_attempt_at = now(), "
        "  blocked_until = CASE WHEN t.last_attempt_at < now() - interval '1 day' THEN NULL "
        "                       WHEN t.failures + 1 > $2::int THEN now() + make_interval(secs => "
        "                         least($3::int, power(2, least(t.failures + 1, 20)))) "
        "                       ELSE NULL END "
        "WHERE t.blocked_until IS NULL OR t.blocked_until <= now() "
        "RETURNING failures",
        { key, std::to_string(LoginThrottle::freeAttempts),
            std::to_string(LoginThrottle::maxBlockSeconds) });
    if (!counted)
        return fail(counted.error());
    if (counted->rows() == 1)
        return AttemptClaim {};
    auto blocked = db.exec("SELECT greatest(1, ceil(extract(epoch FROM blocked_until - now())))"
                           "::int FROM login_throttle WHERE login_hash = $1",
        { key });
    if (!blocked)
        return fail(blocked.error());
    AttemptClaim claim;
    claim.allowed = false;
    claim.retryAfterSeconds = blocked->rows() == 1 ? int(blocked->int64(0, 0)) : 1;
    return claim;
}

Result<> clearLoginAttempts(PgConnection &db, const std::string &key)
{
    auto ok = db.exec("DELETE FROM login_throttle WHERE login_hash = $1", { key });
    if (!ok)
        return fail(ok.error());
    return {};
}

} // namespace varde::server
