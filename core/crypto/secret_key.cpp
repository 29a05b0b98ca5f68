#include "core/crypto/secret_key.h"

#include "core/common/hex.h"

#include <sodium.h>

#include <algorithm>

namespace varde::crypto
{

void SecretKey::Free::operator()(unsigned char *p) const noexcept { sodium_free(p); }

Result<SecretKey> SecretKey::random()
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Crypto, "libsodium could not start");
    auto *bytes = static_cast<unsigned char *>(sodium_malloc(size));
    if (!bytes)
        return fail(ErrorCode::Crypto, "no guarded memory for a key");
    randombytes_buf(bytes, size);
    return SecretKey(bytes);
}

Result<SecretKey> SecretKey::fromBytes(const unsigned char *source, std::size_t length)
{
    if (length != size)
        return fail(ErrorCode::Crypto, "a key must have 32 bytes");
    if (sodium_init() < 0)
        return fail(ErrorCode::Crypto, "libsodium could not start");
    auto *bytes = static_cast<unsigned char *>(sodium_malloc(size));
    if (!bytes)
        return fail(ErrorCode::Crypto, "no guarded memory for a key");
    std::copy_n(source, size, bytes);
    return SecretKey(bytes);
}

std::string SecretKey::sqlcipherRawKeyLiteral() const { return "x'" + toHex(data(), size) + "'"; }

void wipe(std::string &text)
{
    if (!text.empty())
        sodium_memzero(text.data(), text.size());
    text.clear();
}

} // namespace varde::crypto
