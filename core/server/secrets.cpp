#include "core/server/secrets.h"

#include "core/common/hex.h"

#include <sodium.h>

#include <condition_variable>
#include <mutex>

namespace varde::server
{
namespace
{

// Each interactive Argon2id hash takes 64 MiB: four at once bound the memory at 256 MiB.
constexpr int maxConcurrentHashes = 4;
std::mutex hashMutex;
std::condition_variable hashFree;
int hashesRunning = 0;

struct HashSlot {
    HashSlot()
    {
        std::unique_lock lock(hashMutex);
        hashFree.wait(lock, [] { return hashesRunning < maxConcurrentHashes; });
        ++hashesRunning;
    }
    ~HashSlot()
    {
        std::lock_guard lock(hashMutex);
        --hashesRunning;
        hashFree.notify_one();
    }
};

} // namespace

Result<std::string> hashPassword(std::string_view password)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Crypto, "libsodium did not start");
    HashSlot slot;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return fail(ErrorCode::Crypto, "password hashing ran out of memory");
    return std::string(out);
}

bool verifyPassword(std::string_view password, const std::string &hash)
{
    if (sodium_init() < 0 || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    HashSlot slot;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string newSecretToken()
{
    (void)sodium_init();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return toHex(bytes, sizeof bytes);
}

std::string tokenHash(std::string_view token)
{
    (void)sodium_init();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(token.data()), token.size());
    return toHex(digest, sizeof digest);
}

} // namespace varde::server
