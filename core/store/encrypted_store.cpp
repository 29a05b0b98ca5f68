#include "core/store/encrypted_store.h"

#include "core/common/uuid.h"
#include "core/store/audit_log.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"

#include <system_error>

namespace varde::store
{
namespace
{

// Keys the connection and applies the settings every open needs, in the order SQLCipher
// requires: key, then page size, before the first read.
Result<std::string> keyAndConfigure(Connection &db, const crypto::SecretKey &key)
{
    std::string pragma = "PRAGMA key = \"" + key.sqlcipherRawKeyLiteral() + "\"";
    auto keyed = db.exec(pragma);
    crypto::wipe(pragma);
    if (!keyed)
        return fail(keyed.error());
    // Plain SQLite ignores unknown pragmas, so PRAGMA key "succeeds" there too; only SQLCipher
    // answers cipher_version. Without an answer we would write patient data in plain text.
    auto version = db.queryText("PRAGMA cipher_version");
    if (!version)
        return fail(version.error());
    if (version->empty())
        return fail(ErrorCode::NotEncrypted,
            "PRAGMA cipher_version gave no answer: plain SQLite is linked, refusing to run");
    // 4 KiB pages and a 64 MiB cache: about six times faster bulk inserts than SQLCipher 3's
    // 1 KiB default on a 2-core machine (../shared/design/SYNC.md §3). Set on every open.
    for (const char *setting : { "PRAGMA cipher_page_size = 4096", "PRAGMA cache_size = -65536" })
        if (auto ok = db.exec(setting); !ok)
            return fail(ok.error());
    // The first read proves the key: a wrong key reads as "file is not a database".
    auto tables = db.queryText("SELECT count(*) FROM sqlite_master");
    if (!tables)
        return fail(ErrorCode::StoreCorrupt,
            "the database does not open with this key file (" + tables.error().detail + ")");
    // WAL: readers do not block the writer; synchronous NORMAL in WAL survives an application
    // crash, and the server still holds anything lost to a power cut.
    for (const char *setting :
        { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
            // The sync worker writes through a second connection: a writer waits for the
            // other's transaction to end instead of failing at once.
            "PRAGMA busy_timeout = 10000" })
        if (auto ok = db.exec(setting); !ok)
            return fail(ok.error());
    return *version;
}

Result<domain::LocalUser> loadUser(Connection &db, std::string_view login)
{
    auto select = Statement::prepare(db,
        "SELECT id, version, origin, display_name, role, phone FROM local_user "
        "WHERE login = ? AND deleted = 0");
    if (!select)
        return fail(select.error());
    select->bind(1, login);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::UnknownUser, "the key slot has no user profile in the store");
    domain::LocalUser user;
    user.meta.id = select->text(0);
    user.meta.version = select->int64(1);
    user.meta.origin = domain::originFromKey(select->text(2));
    user.login = std::string(login);
    user.displayName = select->text(3);
    user.role = domain::roleFromKey(select->text(4)).value_or(domain::Role::Nurse);
    user.phone = select->text(5);
    return user;
}

Result<domain::LocalUser> insertUser(Connection &db, const NewUser &user)
{
    domain::LocalUser row;
    row.meta.id = newUuid();
    row.login = user.login;
    row.displayName = user.displayName;
    row.role = user.role;
    row.phone = user.phone;
    auto insert = Statement::prepare(db,
        "INSERT INTO local_user(id, origin, updated_at, login, display_name, role, phone) "
        "VALUES (?, 'local', ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, row.meta.id)
        .bind(2, time::toEpochMillis(time::now()))
        .bind(3, row.login)
        .bind(4, row.displayName)
        .bind(5, domain::roleKey(row.role))
        .bind(6, row.phone);
    if (auto ok = insert->run(); !ok) {
        if (ok.error().detail.find("UNIQUE") != std::string::npos)
            return fail(ErrorCode::UserExists, "the user name is taken");
        return fail(ok.error());
    }
    return row;
}

Result<> validateNewUser(const NewUser &user, std::string_view password)
{
    if (!domain::isValidLogin(user.login))
        return fail(ErrorCode::InvalidArgument,
            "user names have 2-32 characters: a-z, 0-9, '.', '_' or '-'");
    if (user.displayName.empty())
        return fail(ErrorCode::InvalidArgument, "the display name is empty");
    if (password.size() < 8)
        return fail(ErrorCode::InvalidArgument, "passwords have at least 8 characters");
    return {};
}

} // namespace

bool EncryptedStore::exists(const std::filesystem::path &folder)
{
    std::error_code ec;
    return std::filesystem::exists(StorePaths { folder }.keyFile(), ec);
}

Result<EncryptedStore> EncryptedStore::create(const std::filesystem::path &folder,
    const NewUser &first,
    std::string_view password,
    crypto::KdfParams kdf)
{
    const StorePaths paths { folder };
    std::error_code ec;
    if (std::filesystem::exists(paths.keyFile(), ec)
        || std::filesystem::exists(paths.database(), ec))
        return fail(ErrorCode::StoreAlreadyExists, "a store exists in " + folder.string());
    auto created = createUnchecked(folder, first, password, kdf);
    if (!created) {
        // Leave no half-made store behind: without its key file nobody could open it, and it
        // would block the next attempt.
        if (!std::filesystem::exists(paths.keyFile(), ec))
            for (const char *suffix : { "", "-wal", "-shm" })
                std::filesystem::remove(paths.database().string() + suffix, ec);
    }
    return created;
}

Result<EncryptedStore> EncryptedStore::createUnchecked(const std::filesystem::path &folder,
    const NewUser &first,
    std::string_view password,
    crypto::KdfParams kdf)
{
    if (auto ok = validateNewUser(first, password); !ok)
        return fail(ok.error());
    StorePaths paths { folder };
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot create " + folder.string() + ": " + ec.message());
    std::filesystem::permissions(
        folder, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);

    auto dataKey = crypto::SecretKey::random();
    if (!dataKey)
        return fail(dataKey.error());
    crypto::KeyFile keyFile;
    if (auto ok = keyFile.addSlot(first.login, password, *dataKey, kdf); !ok)
        return fail(ok.error());

    auto db = Connection::open(paths.database(), true);
    if (!db)
        return fail(db.error());
    EncryptedStore store(paths, std::move(*db), std::move(*dataKey));
    auto version = keyAndConfigure(store.m_db, store.m_dataKey);
    if (!version)
        return fail(version.error());
    store.m_cipherVersion = *version;
    if (auto ok = migrate(store.m_db); !ok)
        return fail(ok.error());

    auto tx = Transaction::begin(store.m_db);
    if (!tx)
        return fail(tx.error());
    store.m_clientId = newUuid();
    auto state
        = Statement::prepare(store.m_db, "INSERT INTO sync_state(id, client_id) VALUES (1, ?)");
    if (!state)
        return fail(state.error());
    state->bind(1, store.m_clientId);
    if (auto ok = state->run(); !ok)
        return fail(ok.error());
    auto user = insertUser(store.m_db, first);
    if (!user)
        return fail(user.error());
    store.m_user = *user;
    if (auto ok = appendAudit(
            store.m_db, actorOf(store), audit::storeCreated, {}, "local_user", user->meta.id);
        !ok)
        return fail(ok.error());
    // The key file last: until it exists there is no store to open, and a failed create
    // leaves a database nobody can read instead of a key file that opens nothing.
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    if (auto ok = keyFile.write(paths.keyFile()); !ok)
        return fail(ok.error());
    return store;
}

Result<EncryptedStore> EncryptedStore::open(
    const std::filesystem::path &folder, std::string_view login, std::string_view password)
{
    StorePaths paths { folder };
    auto keyFile = crypto::KeyFile::read(paths.keyFile());
    if (!keyFile)
        return fail(keyFile.error());
    auto dataKey = keyFile->unlock(login, password);
    if (!dataKey)
        return fail(dataKey.error());
    auto db = Connection::open(paths.database(), false);
    if (!db)
        return fail(db.error());
    EncryptedStore store(paths, std::move(*db), std::move(*dataKey));
    auto version = keyAndConfigure(store.m_db, store.m_dataKey);
    if (!version)
        return fail(version.error());
    store.m_cipherVersion = *version;
    if (auto ok = migrate(store.m_db); !ok)
        return fail(ok.error());
    auto clientId = store.m_db.queryText("SELECT client_id FROM sync_state WHERE id = 1");
    if (!clientId)
        return fail(clientId.error());
    store.m_clientId = *clientId;
    auto user = loadUser(store.m_db, login);
    if (!user)
        return fail(user.error());
    store.m_user = *user;
    auto tx = Transaction::begin(store.m_db);
    if (!tx)
        return fail(tx.error());
    if (auto ok = appendAudit(store.m_db, actorOf(store), audit::storeOpened); !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return store;
}

Result<domain::LocalUser> EncryptedStore::addUser(
    const NewUser &user, std::string_view password, crypto::KdfParams kdf)
{
    if (auto ok = validateNewUser(user, password); !ok)
        return fail(ok.error());
    auto keyFile = crypto::KeyFile::read(m_paths.keyFile());
    if (!keyFile)
        return fail(keyFile.error());
    if (auto ok = keyFile->addSlot(user.login, password, m_dataKey, kdf); !ok)
        return fail(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    auto row = insertUser(m_db, user);
    if (!row)
        return fail(row.error());
    if (auto ok = appendAudit(m_db, actorOf(*this), audit::userAdded, {}, "local_user",
            row->meta.id, std::string(domain::roleKey(user.role)));
        !ok)
        return fail(ok.error());
    // Key file first, then commit: if the commit fails, the extra slot opens a store with no
    // profile for that user, which login reports as an unknown user; nothing is half-made.
    if (auto ok = keyFile->write(m_paths.keyFile()); !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return row;
}

Result<> EncryptedStore::changePassword(
    std::string_view oldPassword, std::string_view newPassword, crypto::KdfParams kdf)
{
    if (newPassword.size() < 8)
        return fail(ErrorCode::InvalidArgument, "passwords have at least 8 characters");
    auto keyFile = crypto::KeyFile::read(m_paths.keyFile());
    if (!keyFile)
        return fail(keyFile.error());
    if (auto ok = keyFile->changePassword(m_user.login, oldPassword, newPassword, kdf); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    if (auto ok = appendAudit(
            m_db, actorOf(*this), audit::passwordChanged, {}, "local_user", m_user.meta.id);
        !ok)
        return ok;
    if (auto ok = keyFile->write(m_paths.keyFile()); !ok)
        return ok;
    return tx->commit();
}

Result<Connection> EncryptedStore::openAnotherConnection() const
{
    auto db = Connection::open(m_paths.database(), false);
    if (!db)
        return fail(db.error());
    if (auto keyed = keyAndConfigure(*db, m_dataKey); !keyed)
        return fail(keyed.error());
    return std::move(*db);
}

} // namespace varde::store
