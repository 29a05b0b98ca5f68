#pragma once
// A 256-bit key in guarded memory (libsodium's sodium_malloc: locked, guard pages, wiped on
// free). Move-only, so a key has exactly one owner.

#include "core/common/result.h"

#include <cstddef>
#include <memory>
#include <string>

namespace varde::crypto
{

class SecretKey
{
public:
    static constexpr std::size_t size = 32;

    static Result<SecretKey> random();
    static Result<SecretKey> fromBytes(const unsigned char *bytes, std::size_t length);

    const unsigned char *data() const { return m_bytes.get(); }
    unsigned char *data() { return m_bytes.get(); }

    // The SQLCipher raw-key literal "x'<64 hex>'". The caller wipes the string after use
    // (see wipe()); it never leaves the process.
    std::string sqlcipherRawKeyLiteral() const;

private:
    struct Free {
        void operator()(unsigned char *p) const noexcept;
    };
    explicit SecretKey(unsigned char *bytes)
        : m_bytes(bytes)
    {
    }
    std::unique_ptr<unsigned char, Free> m_bytes;
};

// Overwrites a string's characters in a way the compiler cannot drop.
void wipe(std::string &text);

} // namespace varde::crypto
