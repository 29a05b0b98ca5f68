#pragma once
// The key file beside the encrypted store. The store is encrypted with one random data key;
// each local user has a slot holding that key wrapped (XChaCha20-Poly1305) by a key derived
// from the user's password with Argon2id, salt and parameters beside it. Adding a user or
// changing a password writes a slot; the database is never re-encrypted.
//
// Format (plain text, version line first, one slot a line, all binary fields hex):
//   varde-keyfile 1
//   slot <login> argon2id13 <opslimit> <memlimit> <salt> <nonce> <wrapped key>
// The login is bound to the slot as associated data, so a slot copied to another login fails.

#include "core/common/result.h"
#include "core/crypto/secret_key.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace varde::crypto
{

struct KdfParams {
    std::uint64_t opsLimit;
    std::uint64_t memLimit; // bytes

    // libsodium's interactive level (the least the product uses).
    static KdfParams interactive();
    // libsodium's minimum: only for tests, where hundreds of stores are opened.
    static KdfParams minimal();
};

struct KeySlot {
    std::string login;
    KdfParams kdf;
    std::vector<unsigned char> salt;
    std::vector<unsigned char> nonce;
    std::vector<unsigned char> wrapped;
};

class KeyFile
{
public:
    static constexpr int formatVersion = 1;

    // ErrorCode::StoreNotFound when missing, KeyFileCorrupt when unreadable.
    static Result<KeyFile> read(const std::filesystem::path &path);
    static Result<KeyFile> parse(std::string_view text);

    // Atomic: writes a temporary file, syncs it and renames it over the old one, so a crash
    // leaves either the old or the new file, never half of one.
    Result<> write(const std::filesystem::path &path) const;
    std::string serialize() const;

    // UnknownUser or WrongPassword; never changes anything.
    Result<SecretKey> unlock(std::string_view login, std::string_view password) const;

    // UserExists if the login has a slot already.
    Result<> addSlot(
        std::string_view login, std::string_view password, const SecretKey &dataKey, KdfParams kdf);
    // Re-wraps the same data key under the new password (fresh salt and nonce).
    Result<> changePassword(std::string_view login,
        std::string_view oldPassword,
        std::string_view newPassword,
        KdfParams kdf);

    bool hasUser(std::string_view login) const;
    std::vector<std::string> logins() const;
    const std::vector<KeySlot> &slots() const { return m_slots; }

private:
    std::vector<KeySlot> m_slots;
};

} // namespace varde::crypto
