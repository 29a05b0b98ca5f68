#include "core/store/encrypted_store.h"
#include "core/store/migrations.h"
#include "core/store/patient_repository.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::store;
using namespace varde::test;

TEST_CASE("a created store opens again with the right password", "[store]")
{
    TempFolder folder("store");
    std::string clientId;
    {
        auto created = createStore(folder.path());
        CHECK(created.user().login == "kari");
        CHECK(created.user().displayName == "Kari Nordmann");
        CHECK(isUuid(created.clientId()));
        clientId = created.clientId();
    }
    CHECK(EncryptedStore::exists(folder.path()));

    auto store = openStore(folder.path());
    CHECK(store.user().login == "kari");
    CHECK(store.user().displayName == "Kari Nordmann");
    CHECK(store.user().role == domain::Role::Nurse);
    CHECK(store.user().phone == "900 11 222");
    CHECK(isUuid(store.user().meta.id));
    CHECK_FALSE(store.cipherVersion().empty());
    // The workstation keeps its identity across sessions.
    CHECK(store.clientId() == clientId);
    const auto version = schemaVersion(store.db());
    VARDE_REQUIRE_OK(version);
    CHECK(*version == latestSchemaVersion());
}

TEST_CASE("the first user's role is kept", "[store]")
{
    const auto role = GENERATE(domain::Role::Nurse, domain::Role::Gp, domain::Role::Specialist,
        domain::Role::Leader, domain::Role::Admin);
    CAPTURE(domain::roleKey(role));
    TempFolder folder("store");
    (void)createStore(folder.path(), { "leder", "Lise Leder", role, {} });
    const auto store = openStore(folder.path(), "leder");
    CHECK(store.user().role == role);
}

TEST_CASE("a wrong password or unknown user opens nothing and changes nothing", "[store]")
{
    TempFolder folder("store");
    (void)createStore(folder.path());
    const auto before = folderSnapshot(folder.path());
    REQUIRE(before.count("varde.db") == 1);
    REQUIRE(before.count("varde.keys") == 1);

    auto [login, password, expected] = GENERATE(table<std::string, std::string, ErrorCode>({
        { "kari", "kari-passord-2", ErrorCode::WrongPassword },
        { "kari", "", ErrorCode::WrongPassword },
        { "kari", "KARI-PASSORD-1", ErrorCode::WrongPassword },
        { "ola", "kari-passord-1", ErrorCode::UnknownUser },
        { "Kari", "kari-passord-1", ErrorCode::UnknownUser },
    }));
    CAPTURE(login, password);
    const auto opened = EncryptedStore::open(folder.path(), login, password);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == expected);

    // Byte for byte the same files, and no new ones (no -wal or -shm either).
    CHECK(folderSnapshot(folder.path()) == before);
    // And the right password still works.
    CHECK(openStore(folder.path()).user().login == "kari");
}

TEST_CASE("opening a folder without a store says so", "[store]")
{
    TempFolder folder("store");
    CHECK_FALSE(EncryptedStore::exists(folder.path()));
    const auto opened = EncryptedStore::open(folder.path(), "kari", kariPassword);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::StoreNotFound);
    CHECK(std::filesystem::is_empty(folder.path()));
}

TEST_CASE("a store is not created over an existing one", "[store]")
{
    TempFolder folder("store");
    {
        auto store = createStore(folder.path());
        VARDE_REQUIRE_OK(PatientRepository(store).insert(somePatient()));
    }
    const auto keysBefore = readBytes(folder / "varde.keys");

    const auto again = EncryptedStore::create(folder.path(),
        { "ola", "Ola Nordmann", domain::Role::Nurse, {} }, "ola-passord-1", testKdf);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::StoreAlreadyExists);

    CHECK(readBytes(folder / "varde.keys") == keysBefore);
    auto store = openStore(folder.path());
    const auto patients = PatientRepository(store).all();
    VARDE_REQUIRE_OK(patients);
    CHECK(patients->size() == 1);
    CHECK(varde::test::errorCode(EncryptedStore::open(folder.path(), "ola", "ola-passord-1"))
        == ErrorCode::UnknownUser);
}

TEST_CASE("a store is not created with an invalid first user", "[store]")
{
    auto [why, user, password] = GENERATE(table<std::string, NewUser, std::string>({
        { "short password", { "kari", "Kari Nordmann", domain::Role::Nurse, {} }, "kort" },
        { "7-character password", { "kari", "Kari Nordmann", domain::Role::Nurse, {} }, "1234567" },
        { "capital letters in login", { "Kari", "Kari Nordmann", domain::Role::Nurse, {} },
            "kari-passord-1" },
        { "space in login", { "kari n", "Kari Nordmann", domain::Role::Nurse, {} },
            "kari-passord-1" },
        { "one-letter login", { "k", "Kari Nordmann", domain::Role::Nurse, {} }, "kari-passord-1" },
        { "no display name", { "kari", "", domain::Role::Nurse, {} }, "kari-passord-1" },
    }));
    CAPTURE(why);
    TempFolder folder("store");
    const auto created = EncryptedStore::create(folder.path(), user, password, testKdf);
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::InvalidArgument);
    // Nothing half-made is left to block the next attempt.
    CHECK_FALSE(EncryptedStore::exists(folder.path()));
    CHECK_FALSE(std::filesystem::exists(folder / "varde.db"));
    (void)createStore(folder.path());
}

TEST_CASE("a second user opens the same store with their own password", "[store][users]")
{
    StoreInFolder s;
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(somePatient()));
    const auto added = s->addUser(
        { "ola", "Ola Nordmann", domain::Role::Gp, "900 33 444" }, "ola-passord-1", testKdf);
    VARDE_REQUIRE_OK(added);
    CHECK(added->login == "ola");
    CHECK(isUuid(added->meta.id));
    CHECK(added->meta.id != s->user().meta.id);

    s.reopen("ola", "ola-passord-1");
    CHECK(s->user().login == "ola");
    CHECK(s->user().displayName == "Ola Nordmann");
    CHECK(s->user().role == domain::Role::Gp);
    CHECK(s->user().meta.id == added->meta.id);
    // Same data for both.
    const auto patients = PatientRepository(*s).all();
    VARDE_REQUIRE_OK(patients);
    CHECK(patients->size() == 1);

    // The first user's password still works, and the passwords are not interchangeable.
    s.reopen();
    CHECK(s->user().login == "kari");
    s.close();
    CHECK(varde::test::errorCode(EncryptedStore::open(s.folder.path(), "ola", kariPassword))
        == ErrorCode::WrongPassword);
}

TEST_CASE("adding an existing login is refused and changes nothing", "[store][users]")
{
    StoreInFolder s;
    VARDE_REQUIRE_OK(
        s->addUser({ "ola", "Ola Nordmann", domain::Role::Nurse, {} }, "ola-passord-1", testKdf));
    const auto keysBefore = readBytes(s.folder / "varde.keys");
    const auto usersBefore = countRows(*s, "local_user");

    const std::string login = GENERATE(as<std::string> {}, "kari", "ola");
    CAPTURE(login);
    const auto again = s->addUser(
        { login, "Someone Else", domain::Role::Admin, {} }, "other-passord-1", testKdf);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::UserExists);

    CHECK(readBytes(s.folder / "varde.keys") == keysBefore);
    CHECK(countRows(*s, "local_user") == usersBefore);
    // Both still sign in with their own passwords and keep their profiles.
    s.reopen(login, login == "kari" ? kariPassword : "ola-passord-1");
    CHECK(s->user().displayName != "Someone Else");
    CHECK(s->user().role == domain::Role::Nurse);
}

TEST_CASE("addUser refuses invalid users", "[store][users]")
{
    StoreInFolder s;
    const auto keysBefore = readBytes(s.folder / "varde.keys");
    CHECK(varde::test::errorCode(
              s->addUser({ "Ola", "Ola", domain::Role::Nurse, {} }, "ola-passord-1", testKdf))
        == ErrorCode::InvalidArgument);
    CHECK(varde::test::errorCode(
              s->addUser({ "ola", "Ola", domain::Role::Nurse, {} }, "kort", testKdf))
        == ErrorCode::InvalidArgument);
    CHECK(varde::test::errorCode(
              s->addUser({ "ola", "", domain::Role::Nurse, {} }, "ola-passord-1", testKdf))
        == ErrorCode::InvalidArgument);
    CHECK(readBytes(s.folder / "varde.keys") == keysBefore);
}

TEST_CASE("changePassword re-wraps the key: old fails, new works, data intact", "[store][users]")
{
    StoreInFolder s;
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(somePatient()));
    VARDE_REQUIRE_OK(
        s->addUser({ "ola", "Ola Nordmann", domain::Role::Nurse, {} }, "ola-passord-1", testKdf));

    VARDE_REQUIRE_OK(s->changePassword(kariPassword, "kari-nytt-passord", testKdf));
    s.close();

    CHECK(varde::test::errorCode(EncryptedStore::open(s.folder.path(), "kari", kariPassword))
        == ErrorCode::WrongPassword);
    s.reopen("kari", "kari-nytt-passord");
    const auto patients = PatientRepository(*s).all();
    VARDE_REQUIRE_OK(patients);
    CHECK(patients->size() == 1);
    // Other users are not affected.
    s.reopen("ola", "ola-passord-1");
    CHECK(s->user().login == "ola");
}

TEST_CASE(
    "changePassword with a wrong old or too short new password changes nothing", "[store][users]")
{
    StoreInFolder s;
    const auto keysBefore = readBytes(s.folder / "varde.keys");
    CHECK(
        varde::test::errorCode(s->changePassword("not-the-password", "kari-nytt-passord", testKdf))
        == ErrorCode::WrongPassword);
    CHECK(varde::test::errorCode(s->changePassword(kariPassword, "kort", testKdf))
        == ErrorCode::InvalidArgument);
    CHECK(readBytes(s.folder / "varde.keys") == keysBefore);
    s.reopen();
    CHECK(s->user().login == "kari");
}
