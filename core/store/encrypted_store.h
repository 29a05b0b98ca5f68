#pragma once
// The workstation's encrypted store: a folder holding the SQLCipher database (varde.db, with its
// -wal and -shm files) and the key file (varde.keys). Opening it unwraps the data key with the
// user's password, keys the database with the raw key, checks that SQLCipher is really the
// library in use, migrates the schema and writes an audit event.
//
// Thread: one EncryptedStore is used by one thread at a time (it owns one connection).

#include "core/common/result.h"
#include "core/crypto/key_file.h"
#include "core/domain/user.h"
#include "core/store/connection.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace varde::store
{

struct StorePaths {
    std::filesystem::path folder;
    std::filesystem::path database() const { return folder / "varde.db"; }
    std::filesystem::path keyFile() const { return folder / "varde.keys"; }
};

struct NewUser {
    std::string login;
    std::string displayName;
    domain::Role role = domain::Role::Nurse;
    std::string phone;
};

class EncryptedStore
{
public:
    // True when the folder holds a key file (a store may then be opened, not created).
    static bool exists(const std::filesystem::path &folder);

    // Creates the folder's store with its first user. StoreAlreadyExists if there is one.
    static Result<EncryptedStore> create(const std::filesystem::path &folder,
        const NewUser &first,
        std::string_view password,
        crypto::KdfParams kdf);

    // UnknownUser or WrongPassword leave every file untouched. StoreCorrupt when the database
    // does not open with the unwrapped key; NotEncrypted if plain SQLite answers instead of
    // SQLCipher; StoreNewerThanProgram if a newer Varde wrote it.
    static Result<EncryptedStore> open(
        const std::filesystem::path &folder, std::string_view login, std::string_view password);

    // A new local user with their own password (their own key slot): for several nurses on
    // one PC. Writes the user row, the audit event and the key slot together.
    Result<domain::LocalUser> addUser(
        const NewUser &user, std::string_view password, crypto::KdfParams kdf);
    // Re-wraps the data key for the signed-in user; the database is not re-encrypted.
    Result<> changePassword(
        std::string_view oldPassword, std::string_view newPassword, crypto::KdfParams kdf);

    Connection &db() { return m_db; }
    // A second connection to the same database, keyed and configured like the first, for a
    // worker thread (the sync worker) while this one stays with the UI. WAL lets both read at
    // once; a writer waits for the other's transaction up to the busy timeout.
    Result<Connection> openAnotherConnection() const;
    const domain::LocalUser &user() const { return m_user; }
    const std::string &clientId() const { return m_clientId; }
    const StorePaths &paths() const { return m_paths; }
    std::string cipherVersion() const { return m_cipherVersion; }

private:
    static Result<EncryptedStore> createUnchecked(const std::filesystem::path &folder,
        const NewUser &first,
        std::string_view password,
        crypto::KdfParams kdf);
    EncryptedStore(StorePaths paths, Connection db, crypto::SecretKey dataKey)
        : m_paths(std::move(paths))
        , m_db(std::move(db))
        , m_dataKey(std::move(dataKey))
    {
    }

    StorePaths m_paths;
    Connection m_db;
    crypto::SecretKey m_dataKey; // kept in guarded memory to wrap new users' slots
    domain::LocalUser m_user;
    std::string m_clientId;
    std::string m_cipherVersion;
};

} // namespace varde::store
