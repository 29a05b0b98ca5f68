#pragma once
// Shared pieces of the store tests: a store in its own temporary folder, opened and re-opened
// with test (minimal) Argon2 parameters, and patients and measurements to put in it.

#include "core/crypto/key_file.h"
#include "core/domain/measurement.h"
#include "core/domain/patient.h"
#include "core/store/encrypted_store.h"
#include "core/time/civil_time.h"
#include "tests/core/support/test_support.h"

#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <utility>

namespace varde::test
{

inline const crypto::KdfParams testKdf = crypto::KdfParams::minimal();

inline const store::NewUser kari { "kari", "Kari Nordmann", domain::Role::Nurse, "900 11 222" };
inline constexpr std::string_view kariPassword = "kari-passord-1";

inline store::EncryptedStore createStore(const std::filesystem::path &folder,
    const store::NewUser &user = kari,
    std::string_view password = kariPassword)
{
    auto created = store::EncryptedStore::create(folder, user, password, testKdf);
    VARDE_REQUIRE_OK(created);
    return std::move(*created);
}

inline store::EncryptedStore openStore(const std::filesystem::path &folder,
    std::string_view login = kari.login,
    std::string_view password = kariPassword)
{
    auto opened = store::EncryptedStore::open(folder, login, password);
    VARDE_REQUIRE_OK(opened);
    return std::move(*opened);
}

// A store in a fresh folder that is removed after the test. The store closes before the
// folder is removed (members are destroyed in reverse order).
struct StoreInFolder {
    TempFolder folder { "store" };
    std::optional<store::EncryptedStore> store { createStore(folder.path()) };

    store::EncryptedStore &operator*() { return *store; }
    store::EncryptedStore *operator->() { return &*store; }
    void close() { store.reset(); }
    void reopen(std::string_view login = kari.login, std::string_view password = kariPassword)
    {
        store.reset();
        store.emplace(openStore(folder.path(), login, password));
    }
};

// Appends the two mod-11 check digits to nine digits, independently of the code under test;
// empty when a check digit would be 10 (no such number).
inline std::string withCheckDigits(const std::string &nine)
{
    constexpr std::array<int, 9> w1 { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    constexpr std::array<int, 10> w2 { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
    int sum = 0;
    for (std::size_t i = 0; i < w1.size(); ++i)
        sum += (nine[i] - '0') * w1[i];
    const int k1 = (11 - sum % 11) % 11;
    if (k1 == 10)
        return {};
    std::string ten = nine + static_cast<char>('0' + k1);
    sum = 0;
    for (std::size_t i = 0; i < w2.size(); ++i)
        sum += (ten[i] - '0') * w2[i];
    const int k2 = (11 - sum % 11) % 11;
    if (k2 == 10)
        return {};
    return ten + static_cast<char>('0' + k2);
}

// A valid ordinary fødselsnummer for a birth date in 1900-1999 (individual numbers 000-499),
// the first at or after `startIndividual` that has valid check digits.
inline std::string fodselsnummer(std::chrono::year_month_day birth, int startIndividual = 100)
{
    const auto two
        = [](int value) { return std::string(1, char('0' + value / 10)) + char('0' + value % 10); };
    const std::string prefix = two(int(unsigned(birth.day()))) + two(int(unsigned(birth.month())))
        + two(int(birth.year()) % 100);
    for (int individual = startIndividual; individual < 500; ++individual) {
        const std::string nine = prefix + char('0' + individual / 100) + two(individual % 100);
        if (auto number = withCheckDigits(nine); !number.empty())
            return number;
    }
    FAIL("no fødselsnummer for this date");
    return {};
}

inline domain::Patient patient(std::string nationalId,
    std::string given,
    std::string family,
    std::chrono::year_month_day birth,
    domain::Origin origin = domain::Origin::Local)
{
    domain::Patient p;
    p.meta.id = newUuid();
    p.meta.origin = origin;
    p.nationalId = std::move(nationalId);
    p.givenName = std::move(given);
    p.familyName = std::move(family);
    p.birthDate = birth;
    p.sex = domain::Sex::Female;
    p.status = domain::FollowUpStatus::Active;
    p.enrolledAtMillis = 1'767'225'600'000; // 2026-01-01T00:00:00Z
    return p;
}

inline domain::Patient somePatient(int individual = 100)
{
    using namespace std::chrono;
    const auto birth = 1948y / May / 17;
    return patient(fodselsnummer(birth, individual), "Astrid", "Hansen", birth);
}

inline domain::Measurement measurement(
    const std::string &patientId, domain::KindId kind, double value, std::int64_t atMillis)
{
    const auto &info = domain::kindInfo(kind);
    domain::Measurement m;
    m.meta.id = newUuid();
    m.patientId = patientId;
    m.kind = kind;
    m.code = std::string(info.primaryCode);
    m.value = value;
    m.unit = std::string(info.canonicalUnit);
    m.canonicalValue = value;
    m.measuredAtMillis = atMillis;
    return m;
}

inline std::int64_t countRows(store::EncryptedStore &store, std::string_view table)
{
    const auto n = store.db().queryText("SELECT count(*) FROM " + std::string(table));
    VARDE_REQUIRE_OK(n);
    return std::stoll(*n);
}

} // namespace varde::test
