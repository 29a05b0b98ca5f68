#pragma once
// Bearer tokens for users: JWT signed with HMAC-SHA-256 (Poco::JWT) under the server's
// token_secret. Verification never lets the token choose its algorithm: it checks an HS256
// signature in constant time, then requires the header to say HS256 ("none", HS512, RS256 ...
// are refused), then the issuer, the expiry and the ids.
//
// Claims: iss "varde-server", sub (app_user id), sid (auth_session id, so that logout ends the
// token at once), roles (array), service (follow-up service id, nurses and leaders), gp
// (general_practitioner id, GPs), iat and exp (whole epoch seconds).

#include "core/common/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace varde::server
{

struct AccessClaims {
    std::string userId;
    std::string sessionId;
    std::vector<std::string> roles;
    std::string serviceId; // "" = no claim
    std::string gpId; // "" = no claim
    std::int64_t issuedAt = 0; // epoch seconds
    std::int64_t expiresAt = 0;
};

// The compact JWT "header.payload.signature".
std::string signAccessToken(const AccessClaims &claims, const std::string &secret);

// The claims of a genuine, unexpired token. NotAllowed, with a reason fit for a log (no token
// text), otherwise.
Result<AccessClaims> verifyAccessToken(
    const std::string &jwt, const std::string &secret, std::int64_t nowSeconds);

} // namespace varde::server
