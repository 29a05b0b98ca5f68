#include "core/crypto/key_file.h"

#include "core/common/hex.h"

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace varde::crypto
{
namespace
{

constexpr std::string_view magic = "varde-keyfile";
constexpr std::string_view algorithm = "argon2id13";
constexpr std::size_t saltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t wrappedBytes = SecretKey::size + crypto_aead_xchacha20poly1305_ietf_ABYTES;
// Refuse parameters no real slot has, so a damaged or hostile file cannot make us allocate
// terabytes or spin for hours before saying "wrong password".
constexpr std::uint64_t maxOps = 64;
constexpr std::uint64_t maxMem = 4ULL << 30;

std::string associatedData(std::string_view login)
{
    return "varde-keyfile-v1:" + std::string(login);
}

Result<SecretKey> deriveKey(std::string_view password, const KeySlot &slot)
{
    auto key
        = SecretKey::fromBytes(std::vector<unsigned char>(SecretKey::size).data(), SecretKey::size);
    if (!key)
        return key;
    if (crypto_pwhash(key->data(), SecretKey::size, password.data(), password.size(),
            slot.salt.data(), slot.kdf.opsLimit, slot.kdf.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorCode::Crypto, "Argon2id ran out of memory");
    return key;
}

Result<KeySlot> wrap(
    std::string_view login, std::string_view password, const SecretKey &dataKey, KdfParams kdf)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Crypto, "libsodium could not start");
    KeySlot slot { std::string(login), kdf, std::vector<unsigned char>(saltBytes),
        std::vector<unsigned char>(nonceBytes), std::vector<unsigned char>(wrappedBytes) };
    randombytes_buf(slot.salt.data(), slot.salt.size());
    randombytes_buf(slot.nonce.data(), slot.nonce.size());
    auto wrappingKey = deriveKey(password, slot);
    if (!wrappingKey)
        return fail(wrappingKey.error());
    const auto ad = associatedData(login);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(slot.wrapped.data(), &length, dataKey.data(),
        SecretKey::size, reinterpret_cast<const unsigned char *>(ad.data()), ad.size(), nullptr,
        slot.nonce.data(), wrappingKey->data());
    return slot;
}

Result<SecretKey> unwrap(const KeySlot &slot, std::string_view password)
{
    auto wrappingKey = deriveKey(password, slot);
    if (!wrappingKey)
        return fail(wrappingKey.error());
    auto dataKey
        = SecretKey::fromBytes(std::vector<unsigned char>(SecretKey::size).data(), SecretKey::size);
    if (!dataKey)
        return dataKey;
    const auto ad = associatedData(slot.login);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey->data(), &length, nullptr,
            slot.wrapped.data(), slot.wrapped.size(),
            reinterpret_cast<const unsigned char *>(ad.data()), ad.size(), slot.nonce.data(),
            wrappingKey->data())
        != 0)
        return fail(ErrorCode::WrongPassword, "the password does not open this user's key slot");
    return dataKey;
}

Result<> syncAndRename(const std::filesystem::path &temporary, const std::filesystem::path &path)
{
    const int fd = ::open(temporary.c_str(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::Io, "could not sync " + temporary.string());
    }
    ::close(fd);
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec)
        return fail(ErrorCode::Io, "could not replace " + path.string() + ": " + ec.message());
    const int dirFd = ::open(
        path.parent_path().empty() ? "." : path.parent_path().c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace

KdfParams KdfParams::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

KdfParams KdfParams::minimal()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

Result<KeyFile> KeyFile::parse(std::string_view text)
{
    std::istringstream in { std::string(text) };
    std::string word;
    int version = 0;
    if (!(in >> word >> version) || word != magic)
        return fail(ErrorCode::KeyFileCorrupt, "not a Varde key file");
    if (version != formatVersion)
        return fail(ErrorCode::KeyFileCorrupt,
            "key file version " + std::to_string(version) + " is not known to this program");
    KeyFile file;
    std::string line;
    std::getline(in, line);
    int lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty())
            continue;
        std::istringstream fields(line);
        std::string kind, login, alg, salt, nonce, wrapped;
        KdfParams kdf {};
        const auto bad = [&](const std::string &why) {
            return fail(
                ErrorCode::KeyFileCorrupt, "line " + std::to_string(lineNumber) + ": " + why);
        };
        if (!(fields >> kind >> login >> alg >> kdf.opsLimit >> kdf.memLimit >> salt >> nonce
                >> wrapped)
            || kind != "slot")
            return bad("expected a slot");
        if (alg != algorithm)
            return bad("unknown key derivation " + alg);
        if (kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || kdf.opsLimit > maxOps
            || kdf.memLimit < crypto_pwhash_MEMLIMIT_MIN || kdf.memLimit > maxMem)
            return bad("key derivation parameters out of range");
        auto saltBytesRead = fromHex(salt);
        auto nonceBytesRead = fromHex(nonce);
        auto wrappedBytesRead = fromHex(wrapped);
        if (!saltBytesRead || saltBytesRead->size() != saltBytes || !nonceBytesRead
            || nonceBytesRead->size() != nonceBytes || !wrappedBytesRead
            || wrappedBytesRead->size() != wrappedBytes)
            return bad("damaged salt, nonce or key");
        if (file.hasUser(login))
            return bad("user " + login + " appears twice");
        file.m_slots.push_back({ login, kdf, *saltBytesRead, *nonceBytesRead, *wrappedBytesRead });
    }
    return file;
}

Result<KeyFile> KeyFile::read(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::StoreNotFound, "no key file at " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str());
}

std::string KeyFile::serialize() const
{
    std::string out = std::string(magic) + " " + std::to_string(formatVersion) + "\n";
    for (const auto &slot : m_slots) {
        out += "slot " + slot.login + " " + std::string(algorithm) + " "
            + std::to_string(slot.kdf.opsLimit) + " " + std::to_string(slot.kdf.memLimit) + " "
            + toHex(slot.salt.data(), slot.salt.size()) + " "
            + toHex(slot.nonce.data(), slot.nonce.size()) + " "
            + toHex(slot.wrapped.data(), slot.wrapped.size()) + "\n";
    }
    return out;
}

Result<> KeyFile::write(const std::filesystem::path &path) const
{
    auto temporary = path;
    temporary += ".tmp";
    // Created 0600 from the start: the wrapped keys are never readable by others, not even
    // for the moment between creating and chmod.
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, "could not write " + temporary.string());
    const std::string text = serialize();
    std::size_t written = 0;
    while (written < text.size()) {
        const auto n = ::write(fd, text.data() + written, text.size() - written);
        if (n <= 0) {
            ::close(fd);
            std::filesystem::remove(temporary);
            return fail(ErrorCode::Io, "could not write " + temporary.string());
        }
        written += std::size_t(n);
    }
    ::fchmod(fd, 0600); // an older .tmp left by a crash keeps its mode through O_TRUNC
    ::close(fd);
    return syncAndRename(temporary, path);
}

Result<SecretKey> KeyFile::unlock(std::string_view login, std::string_view password) const
{
    for (const auto &slot : m_slots)
        if (slot.login == login)
            return unwrap(slot, password);
    return fail(ErrorCode::UnknownUser, "no key slot for this user name");
}

Result<> KeyFile::addSlot(
    std::string_view login, std::string_view password, const SecretKey &dataKey, KdfParams kdf)
{
    if (hasUser(login))
        return fail(ErrorCode::UserExists, "the user name is taken");
    auto slot = wrap(login, password, dataKey, kdf);
    if (!slot)
        return fail(slot.error());
    m_slots.push_back(std::move(*slot));
    return {};
}

Result<> KeyFile::changePassword(std::string_view login,
    std::string_view oldPassword,
    std::string_view newPassword,
    KdfParams kdf)
{
    auto dataKey = unlock(login, oldPassword);
    if (!dataKey)
        return fail(dataKey.error());
    auto slot = wrap(login, newPassword, *dataKey, kdf);
    if (!slot)
        return fail(slot.error());
    for (auto &existing : m_slots)
        if (existing.login == login)
            existing = std::move(*slot);
    return {};
}

bool KeyFile::hasUser(std::string_view login) const
{
    return std::any_of(
        m_slots.begin(), m_slots.end(), [&](const KeySlot &slot) { return slot.login == login; });
}

std::vector<std::string> KeyFile::logins() const
{
    std::vector<std::string> out;
    for (const auto &slot : m_slots)
        out.push_back(slot.login);
    return out;
}

} // namespace varde::crypto
