// Signing and verifying users' bearer tokens (JWT, HS256 only).
#include "core/server/auth_token.h"

#include "core/common/uuid.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include <sodium.h>

#include <sstream>

namespace varde::server
{
namespace
{

constexpr const char *issuer = "varde-server";
constexpr std::size_t maxTokenLength = 4096;
constexpr std::int64_t allowedClockSkew = 60; // seconds an iat may lie ahead (other instances)

Result<AccessClaims> refused(const char *why)
{
    return fail(ErrorCode::NotAllowed, std::string("bearer token refused: ") + why);
}

std::string base64Url(const unsigned char *bytes, std::size_t size)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    encoder.write(reinterpret_cast<const char *>(bytes), std::streamsize(size));
    encoder.close();
    return out.str();
}

// HMAC-SHA-256 of "header.payload" under the secret, base64url without padding, as a JWS
// signature is written.
std::string hs256(std::string_view signingInput, const std::string &secret)
{
    [[maybe_unused]] static const bool sodiumReady = sodium_init() >= 0;
    crypto_auth_hmacsha256_state state;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_init(
        &state, reinterpret_cast<const unsigned char *>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(
        &state, reinterpret_cast<const unsigned char *>(signingInput.data()), signingInput.size());
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    return base64Url(mac, sizeof mac);
}

bool sameSecretText(const std::string &a, const std::string &b)
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string optionalText(const Poco::JSON::Object &object, const std::string &key)
{
    if (!object.has(key))
        return {};
    const auto value = object.get(key);
    return value.isString() ? value.extract<std::string>() : std::string();
}

bool integerClaim(const Poco::JSON::Object &payload, const std::string &key, std::int64_t &out)
{
    if (!payload.has(key))
        return false;
    const auto value = payload.get(key);
    if (!value.isNumeric())
        return false;
    out = std::int64_t(value.convert<double>());
    return true;
}

} // namespace

std::string signAccessToken(const AccessClaims &claims, const std::string &secret)
{
    Poco::JWT::Token token;
    token.setType("JWT");
    token.setIssuer(issuer);
    token.setSubject(claims.userId);
    auto &payload = token.payload();
    payload.set("sid", claims.sessionId);
    Poco::JSON::Array::Ptr roles = new Poco::JSON::Array;
    for (const auto &role : claims.roles)
        roles->add(role);
    payload.set("roles", roles);
    if (!claims.serviceId.empty())
        payload.set("service", claims.serviceId);
    if (!claims.gpId.empty())
        payload.set("gp", claims.gpId);
    // Whole seconds (Poco's setExpiration would write fractions).
    payload.set("iat", Poco::Int64(claims.issuedAt));
    payload.set("exp", Poco::Int64(claims.expiresAt));
    Poco::JWT::Signer signer(secret);
    return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}

Result<AccessClaims> verifyAccessToken(
    const std::string &jwt, const std::string &secret, std::int64_t nowSeconds)
{
    if (jwt.empty() || jwt.size() > maxTokenLength)
        return refused("missing or too long");
    const auto firstDot = jwt.find('.');
    const auto lastDot = jwt.rfind('.');
    if (firstDot == std::string::npos || firstDot == lastDot || firstDot == 0
        || lastDot == firstDot + 1 || lastDot + 1 == jwt.size()
        || jwt.find('.', firstDot + 1) != lastDot)
        return refused("not three non-empty parts");
    // The signature first, always as HS256: nothing the token says is read before it holds.
    if (!sameSecretText(
            hs256(std::string_view(jwt).substr(0, lastDot), secret), jwt.substr(lastDot + 1)))
        return refused("wrong signature");

    AccessClaims claims;
    try {
        const Poco::JWT::Token token(jwt);
        if (token.getAlgorithm() != Poco::JWT::Signer::ALGO_HS256)
            return refused("algorithm is not HS256");
        if (token.header().has("crit"))
            return refused("unknown critical header");
        const auto &payload = token.payload();
        if (token.getIssuer() != issuer)
            return refused("wrong issuer");
        claims.userId = token.getSubject();
        claims.sessionId = optionalText(payload, "sid");
        claims.serviceId = optionalText(payload, "service");
        claims.gpId = optionalText(payload, "gp");
        if (auto roles = payload.getArray("roles"))
            for (std::size_t i = 0; i < roles->size(); ++i)
                if (roles->get(unsigned(i)).isString())
                    claims.roles.push_back(roles->getElement<std::string>(unsigned(i)));
        if (!integerClaim(payload, "exp", claims.expiresAt)
            || !integerClaim(payload, "iat", claims.issuedAt))
            return refused("no exp or iat");
    } catch (const Poco::Exception &) {
        return refused("malformed");
    } catch (const std::exception &) {
        return refused("malformed");
    }
    if (!isUuid(claims.userId) || !isUuid(claims.sessionId))
        return refused("no user or session id");
    if (claims.expiresAt <= nowSeconds)
        return refused("expired");
    if (claims.issuedAt > nowSeconds + allowedClockSkew)
        return refused("issued in the future");
    return claims;
}

} // namespace varde::server
