#include "core/crypto/key_file.h"
#include "tests/core/support/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace varde;
using namespace varde::crypto;
using varde::test::TempFolder;

namespace
{

const KdfParams kdf = KdfParams::minimal();

bool sameKey(const SecretKey &a, const SecretKey &b)
{
    return std::equal(a.data(), a.data() + SecretKey::size, b.data());
}

SecretKey randomKey()
{
    auto key = SecretKey::random();
    REQUIRE(key);
    return std::move(*key);
}

KeyFile fileWith(
    const SecretKey &key, std::initializer_list<std::pair<const char *, const char *>> users)
{
    KeyFile file;
    for (const auto &[login, password] : users)
        VARDE_REQUIRE_OK(file.addSlot(login, password, key, kdf));
    return file;
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> splitWords(const std::string &line)
{
    std::vector<std::string> words;
    std::istringstream in(line);
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

std::string joinWords(const std::vector<std::string> &words)
{
    std::string out;
    for (const auto &w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

// A slot line's fields: slot <login> argon2id13 <ops> <mem> <salt> <nonce> <wrapped>
enum Field { Kind, Login, Algorithm, Ops, Mem, Salt, Nonce, Wrapped };

} // namespace

TEST_CASE("a slot unlocks the data key it wrapped", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    const KeyFile file = fileWith(dataKey, { { "kari", "correct horse" } });
    CHECK(file.hasUser("kari"));
    CHECK(file.logins() == std::vector<std::string> { "kari" });

    const auto unlocked = file.unlock("kari", "correct horse");
    VARDE_REQUIRE_OK(unlocked);
    CHECK(sameKey(*unlocked, dataKey));
}

TEST_CASE("a wrong password or unknown user does not unlock", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    const KeyFile file = fileWith(dataKey, { { "kari", "correct horse" } });

    CHECK(varde::test::errorCode(file.unlock("kari", "correct hors")) == ErrorCode::WrongPassword);
    CHECK(varde::test::errorCode(file.unlock("kari", "Correct horse")) == ErrorCode::WrongPassword);
    CHECK(varde::test::errorCode(file.unlock("kari", "")) == ErrorCode::WrongPassword);
    CHECK(varde::test::errorCode(file.unlock("ola", "correct horse")) == ErrorCode::UnknownUser);
    CHECK(varde::test::errorCode(file.unlock("KARI", "correct horse")) == ErrorCode::UnknownUser);
    // A failed attempt changes nothing.
    CHECK(file.unlock("kari", "correct horse").has_value());
}

TEST_CASE("two users unlock the same data key with their own passwords", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    const KeyFile file
        = fileWith(dataKey, { { "kari", "password-kari" }, { "ola", "password-ola" } });
    CHECK(file.logins() == std::vector<std::string> { "kari", "ola" });

    const auto kari = file.unlock("kari", "password-kari");
    const auto ola = file.unlock("ola", "password-ola");
    VARDE_REQUIRE_OK(kari);
    VARDE_REQUIRE_OK(ola);
    CHECK(sameKey(*kari, dataKey));
    CHECK(sameKey(*ola, dataKey));
    // Each password opens its own slot only.
    CHECK(varde::test::errorCode(file.unlock("ola", "password-kari")) == ErrorCode::WrongPassword);
    // The same key is wrapped differently in each slot.
    CHECK(file.slots()[0].salt != file.slots()[1].salt);
    CHECK(file.slots()[0].wrapped != file.slots()[1].wrapped);
}

TEST_CASE("a login can have one slot only", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    KeyFile file = fileWith(dataKey, { { "kari", "password-kari" } });
    const SecretKey otherKey = randomKey();
    const auto again = file.addSlot("kari", "another password", otherKey, kdf);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::UserExists);
    CHECK(file.slots().size() == 1);
    const auto unlocked = file.unlock("kari", "password-kari");
    VARDE_REQUIRE_OK(unlocked);
    CHECK(sameKey(*unlocked, dataKey));
}

TEST_CASE("changePassword re-wraps the same key under the new password", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    KeyFile file = fileWith(dataKey, { { "kari", "old password" }, { "ola", "password-ola" } });
    const KeySlot before = file.slots()[0];

    VARDE_REQUIRE_OK(file.changePassword("kari", "old password", "new password", kdf));

    CHECK(varde::test::errorCode(file.unlock("kari", "old password")) == ErrorCode::WrongPassword);
    const auto unlocked = file.unlock("kari", "new password");
    VARDE_REQUIRE_OK(unlocked);
    CHECK(sameKey(*unlocked, dataKey));
    // Fresh salt and nonce, and the other user is untouched.
    REQUIRE(file.slots().size() == 2);
    CHECK(file.slots()[0].salt != before.salt);
    CHECK(file.slots()[0].nonce != before.nonce);
    const auto ola = file.unlock("ola", "password-ola");
    VARDE_REQUIRE_OK(ola);
    CHECK(sameKey(*ola, dataKey));
}

TEST_CASE("changePassword with a wrong old password or unknown user changes nothing", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    KeyFile file = fileWith(dataKey, { { "kari", "old password" } });
    const std::string before = file.serialize();

    CHECK(varde::test::errorCode(file.changePassword("kari", "wrong password", "new password", kdf))
        == ErrorCode::WrongPassword);
    CHECK(varde::test::errorCode(file.changePassword("ola", "old password", "new password", kdf))
        == ErrorCode::UnknownUser);
    CHECK(file.serialize() == before);
    CHECK(file.unlock("kari", "old password").has_value());
}

TEST_CASE("serialize and parse round trip", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    const KeyFile file
        = fileWith(dataKey, { { "kari", "password-kari" }, { "ola.n", "password-ola" } });
    const std::string text = file.serialize();
    CHECK(text.rfind("varde-keyfile 1\n", 0) == 0);

    const auto parsed = KeyFile::parse(text);
    VARDE_REQUIRE_OK(parsed);
    CHECK(parsed->logins() == file.logins());
    CHECK(parsed->serialize() == text);
    for (std::size_t i = 0; i < file.slots().size(); ++i) {
        CHECK(parsed->slots()[i].kdf.opsLimit == file.slots()[i].kdf.opsLimit);
        CHECK(parsed->slots()[i].kdf.memLimit == file.slots()[i].kdf.memLimit);
        CHECK(parsed->slots()[i].salt == file.slots()[i].salt);
        CHECK(parsed->slots()[i].nonce == file.slots()[i].nonce);
        CHECK(parsed->slots()[i].wrapped == file.slots()[i].wrapped);
    }
    const auto unlocked = parsed->unlock("ola.n", "password-ola");
    VARDE_REQUIRE_OK(unlocked);
    CHECK(sameKey(*unlocked, dataKey));
}

TEST_CASE("parse rejects damaged key files", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    const KeyFile file = fileWith(dataKey, { { "kari", "password-kari" } });
    const auto lines = splitLines(file.serialize());
    REQUIRE(lines.size() == 2);
    const std::string header = lines[0] + "\n";
    const auto slot = splitWords(lines[1]);
    REQUIRE(slot.size() == 8);
    const auto slotWith = [&](Field field, const std::string &value) {
        auto words = slot;
        words[std::size_t(field)] = value;
        return header + joinWords(words) + "\n";
    };
    const std::string &wrapped = slot[Wrapped];

    auto [why, text] = GENERATE_COPY(table<std::string, std::string>({
        { "empty", "" },
        { "garbage", "this is not a key file\n" },
        { "binary", std::string("\x00\x01\x02\xff", 4) },
        { "wrong magic", "varde-keys 1\n" + lines[1] + "\n" },
        { "newer version", "varde-keyfile 2\n" + lines[1] + "\n" },
        { "version zero", "varde-keyfile 0\n" + lines[1] + "\n" },
        { "no version", "varde-keyfile\n" },
        { "truncated hex (odd)", slotWith(Wrapped, wrapped.substr(0, wrapped.size() - 1)) },
        { "truncated hex (short)", slotWith(Wrapped, wrapped.substr(0, wrapped.size() - 2)) },
        { "line cut off", header + lines[1].substr(0, lines[1].size() / 2) + "\n" },
        { "missing field",
            header + joinWords(std::vector<std::string>(slot.begin(), slot.end() - 1)) + "\n" },
        { "non-hex salt", slotWith(Salt, std::string(slot[Salt].size(), 'z')) },
        { "short nonce", slotWith(Nonce, slot[Nonce].substr(2)) },
        { "duplicate login", header + lines[1] + "\n" + lines[1] + "\n" },
        { "unknown algorithm", slotWith(Algorithm, "scrypt") },
        { "not a slot", slotWith(Kind, "user") },
        { "zero ops", slotWith(Ops, "0") },
        { "absurd ops", slotWith(Ops, "1000000000") },
        { "tiny memory", slotWith(Mem, "1024") },
        { "absurd memory", slotWith(Mem, "1099511627776") }, // 1 TiB
        { "negative memory", slotWith(Mem, "-1") },
    }));
    CAPTURE(why, text);
    const auto parsed = KeyFile::parse(text);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::KeyFileCorrupt);
}

TEST_CASE("a slot copied under another login does not unlock", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    const KeyFile file = fileWith(dataKey, { { "kari", "password-kari" } });
    auto words = splitWords(splitLines(file.serialize())[1]);
    words[Login] = "mallory";
    const auto forged = KeyFile::parse("varde-keyfile 1\n" + joinWords(words) + "\n");
    VARDE_REQUIRE_OK(forged);
    REQUIRE(forged->hasUser("mallory"));
    // Kari's password with Kari's salt derives Kari's wrapping key, but the login is bound as
    // associated data, so the slot does not open under another name.
    CHECK(varde::test::errorCode(forged->unlock("mallory", "password-kari"))
        == ErrorCode::WrongPassword);
}

TEST_CASE("a tampered wrapped key is refused, not unwrapped to a wrong key", "[keyfile]")
{
    const SecretKey dataKey = randomKey();
    const KeyFile file = fileWith(dataKey, { { "kari", "password-kari" } });
    auto words = splitWords(splitLines(file.serialize())[1]);
    auto &wrapped = words[Wrapped];
    wrapped[0] = wrapped[0] == '0' ? '1' : '0';
    const auto tampered = KeyFile::parse("varde-keyfile 1\n" + joinWords(words) + "\n");
    VARDE_REQUIRE_OK(tampered);
    CHECK(varde::test::errorCode(tampered->unlock("kari", "password-kari"))
        == ErrorCode::WrongPassword);
}

TEST_CASE("write replaces the file atomically, owner-only", "[keyfile]")
{
    TempFolder folder("keyfile");
    const auto path = folder / "varde.keys";
    const SecretKey dataKey = randomKey();
    KeyFile file = fileWith(dataKey, { { "kari", "password-kari" } });

    SECTION("a new file") { VARDE_REQUIRE_OK(file.write(path)); }
    SECTION("over an older file and a stale temporary file from a crash")
    {
        varde::test::writeBytes(path, "varde-keyfile 1\n");
        varde::test::writeBytes(folder / "varde.keys.tmp", "half a key file");
        VARDE_REQUIRE_OK(file.write(path));
    }

    CHECK(varde::test::readBytes(path) == file.serialize());
    const auto perms = std::filesystem::status(path).permissions();
    CHECK(perms == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    // Nothing but the key file is left in the folder.
    std::vector<std::string> names;
    for (const auto &entry : std::filesystem::directory_iterator(folder.path()))
        names.push_back(entry.path().filename().string());
    CHECK(names == std::vector<std::string> { "varde.keys" });

    const auto read = KeyFile::read(path);
    VARDE_REQUIRE_OK(read);
    const auto unlocked = read->unlock("kari", "password-kari");
    VARDE_REQUIRE_OK(unlocked);
    CHECK(sameKey(*unlocked, dataKey));
}

TEST_CASE("reading a missing key file says there is no store", "[keyfile]")
{
    TempFolder folder("keyfile");
    const auto read = KeyFile::read(folder / "varde.keys");
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::StoreNotFound);
}
