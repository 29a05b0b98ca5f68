#pragma once
// Slower answers after repeated failed logins, per login name, in PostgreSQL so that every
// server instance agrees and a restart forgets nothing.
//
// Every attempt is counted before the password is checked (so parallel guesses cannot slip in
// while one is being hashed) and a success clears the count. From the 5th attempt in a row
// that has not succeeded, the login is blocked for 2^n seconds (n = that count: 32 s, 64 s,
// ...), at most 15 minutes. While blocked, attempts are answered 429 with Retry-After and are
// neither checked nor counted. A count whose last attempt is a day old starts again at 1.
// Known and unknown logins are treated alike, so the answers never tell them apart.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <string>

namespace varde::server
{

struct LoginThrottle {
    static constexpr int freeAttempts = 4; // the 5th failure blocks
    static constexpr int maxBlockSeconds = 15 * 60;
};

struct AttemptClaim {
    bool allowed = true;
    int retryAfterSeconds = 0; // when not allowed, at least 1
};

// The database key of a login name: keyed with the token secret, so the table never holds
// what was typed (sometimes a password in the wrong field) in a form that can be guessed back.
std::string loginKey(const std::string &login, const std::string &secret);

// Counts one attempt for `key`, unless the login is blocked right now.
Result<AttemptClaim> claimLoginAttempt(PgConnection &db, const std::string &key);

// After a successful login: the count starts again.
Result<> clearLoginAttempts(PgConnection &db, const std::string &key);

} // namespace varde::server
