#pragma once
// Sign-in sessions and their refresh tokens (auth_session, refresh_token). A refresh token is
// a random secret of which only the SHA-256 is stored; each is used once. Refreshing replaces
// it with the next of the same session (the family); a replaced token presented again means a
// copy is in someone else's hands, so the whole session is revoked. Logout revokes too.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <string>

namespace varde::server
{

struct IssuedRefresh {
    std::string userId;
    std::string sessionId;
    std::string refreshToken; // the secret itself: handed to the client, never stored
};

// A new session for the user with its first refresh token, valid `refreshDays`. Runs in the
// caller's transaction when one is open.
Result<IssuedRefresh> startSession(PgConnection &db, const std::string &userId, int refreshDays);

enum class RefreshOutcome {
    Rotated, // IssuedRefresh holds the next token
    Unknown, // no such token
    Expired,
    Revoked, // the session was revoked earlier (logout, reuse, a disabled user)
    Reused, // a replaced token came back: the session is revoked now
    Disabled, // the user is disabled: the session is revoked now
};

struct Rotation {
    RefreshOutcome outcome = RefreshOutcome::Unknown;
    IssuedRefresh issued; // userId and sessionId are set whenever the token was found
};

// Uses `refreshToken` once, in a transaction of its own: concurrent uses of the same token
// are serialised, and only the first rotates.
Result<Rotation> rotateRefreshToken(
    PgConnection &db, const std::string &refreshToken, int refreshDays);

// The session and user of a refresh token, whatever its state; empty ids when unknown.
Result<IssuedRefresh> findRefreshToken(PgConnection &db, const std::string &refreshToken);

// Ends a session (idempotent). `reason`: logout, reuse, disabled.
Result<> revokeSession(PgConnection &db, const std::string &sessionId, const std::string &reason);

} // namespace varde::server
