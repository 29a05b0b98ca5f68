#include "core/common/uuid.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace varde
{
namespace
{

std::string format(std::array<unsigned char, 16> bytes, int version)
{
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | (version << 4));
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[bytes[i] >> 4]);
        out.push_back(hex[bytes[i] & 0x0F]);
    }
    return out;
}

} // namespace

std::string newUuid()
{
    if (sodium_init() < 0)
        return {}; // cannot happen after a successful first call; callers check isUuid in tests
    std::array<unsigned char, 16> bytes {};
    randombytes_buf(bytes.data(), bytes.size());
    return format(bytes, 4);
}

std::string nameUuid(std::string_view nameSpace, std::string_view name)
{
    return nameUuid(nameSpace, { name });
}

std::string nameUuid(std::string_view nameSpace, std::initializer_list<std::string_view> parts)
{
    // BLAKE2b with a 16-byte digest: fast for short inputs, and the id needs 122 bits.
    crypto_generichash_state state;
    std::array<unsigned char, 16> bytes {};
    crypto_generichash_init(&state, nullptr, 0, bytes.size());
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(nameSpace.data()), nameSpace.size());
    const unsigned char separator = 0;
    for (const auto part : parts) {
        crypto_generichash_update(&state, &separator, 1);
        crypto_generichash_update(
            &state, reinterpret_cast<const unsigned char *>(part.data()), part.size());
    }
    crypto_generichash_final(&state, bytes.data(), bytes.size());
    return format(bytes, 5);
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace varde
