// Patient data at rest: nothing a person could be recognised by may be readable in any file of
// the store folder, neither while the store is open (when the newest pages are in the -wal
// file) nor after it is closed. As a control, the same search must find the same strings in
// plain files, so that a broken search cannot make this test pass.
#include "core/domain/national_id.h"
#include "core/store/connection.h"
#include "core/store/measurement_repository.h"
#include "core/store/patient_repository.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

using namespace std::chrono;
using namespace varde;
using namespace varde::store;
using namespace varde::test;

namespace
{

const std::string givenName = "Ingeborg";
const std::string familyName = "Særmerkesen"; // UTF-8, with æ
const std::string sqliteHeader = "SQLite format 3";

struct Finding {
    std::string file;
    std::string needle;
};

// Every (file, needle) pair where the needle occurs anywhere in the file's bytes.
std::vector<Finding> search(
    const std::filesystem::path &folder, const std::vector<std::string> &needles)
{
    std::vector<Finding> found;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file())
            continue;
        const std::string bytes = readBytes(entry.path());
        for (const auto &needle : needles)
            if (contains(bytes, needle))
                found.push_back({ entry.path().filename().string(), needle });
    }
    return found;
}

std::string report(const std::vector<Finding> &found)
{
    std::string out;
    for (const auto &f : found)
        out += f.file + " contains \"" + f.needle + "\"\n";
    return out;
}

std::vector<std::string> namesIn(const std::filesystem::path &folder)
{
    std::vector<std::string> names;
    for (const auto &entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE(
    "no patient data and no SQLite header are readable in the store's files", "[store][at_rest]")
{
    const auto nationalId
        = domain::makeSyntheticFodselsnummer(1947y / March / 12, domain::Sex::Female, 321);
    VARDE_REQUIRE_OK(nationalId);
    REQUIRE(nationalId->size() == 11);
    const std::vector<std::string> needles { givenName, familyName, *nationalId, sqliteHeader };

    StoreInFolder s;
    auto p = patient(*nationalId, givenName, familyName, 1947y / March / 12, domain::Origin::Demo);
    p.address = "Særmerkevegen 7";
    domain::ContactPerson daughter;
    daughter.meta.id = newUuid();
    daughter.name = "Solveig " + familyName;
    daughter.relation = "datter";
    p.contacts.push_back(daughter);
    VARDE_REQUIRE_OK(PatientRepository(*s).insert(p));

    std::vector<domain::Measurement> values;
    const std::int64_t start = 1'774'850'400'000; // 2026-03-30T06:00:00Z
    for (int day = 0; day < 20; ++day) {
        const std::int64_t at = start + day * 86'400'000LL;
        values.push_back(
            measurement(p.meta.id, domain::KindId::OxygenSaturation, 93 + day % 3, at));
        values.push_back(measurement(p.meta.id, domain::KindId::Pulse, 70 + day, at));
    }
    VARDE_REQUIRE_OK(MeasurementRepository(*s).insert(values));

    SECTION("while the store is open")
    {
        const auto wal = s.folder / "varde.db-wal";
        REQUIRE(std::filesystem::exists(wal));
        CHECK(std::filesystem::file_size(wal) > 0);
        CAPTURE(namesIn(s.folder.path()));
        const auto found = search(s.folder.path(), needles);
        INFO(report(found));
        CHECK(found.empty());
    }
    SECTION("after the store is closed")
    {
        s.close();
        CAPTURE(namesIn(s.folder.path()));
        REQUIRE(std::filesystem::exists(s.folder / "varde.db"));
        REQUIRE(std::filesystem::exists(s.folder / "varde.keys"));
        const auto found = search(s.folder.path(), needles);
        INFO(report(found));
        CHECK(found.empty());
        // And the data is really in there: it reads back with the key.
        s.reopen();
        const auto patients = PatientRepository(*s).all();
        VARDE_REQUIRE_OK(patients);
        REQUIRE(patients->size() == 1);
        CHECK(patients->front().familyName == familyName);
    }
}

TEST_CASE("control: the at-rest search finds the same strings in plain files", "[store][at_rest]")
{
    const auto nationalId
        = domain::makeSyntheticFodselsnummer(1947y / March / 12, domain::Sex::Female, 321);
    VARDE_REQUIRE_OK(nationalId);
    const std::vector<std::string> needles { givenName, familyName, *nationalId };
    TempFolder folder("plain");

    SECTION("a text file")
    {
        writeBytes(folder / "plain.txt",
            "Pasient: " + givenName + " " + familyName + ", fnr. " + *nationalId + "\n"
                + sqliteHeader + "\n");
        const auto found
            = search(folder.path(), { givenName, familyName, *nationalId, sqliteHeader });
        CHECK(found.size() == 4);
    }
    SECTION("an unencrypted database written the same way")
    {
        {
            auto db = Connection::open(folder / "plain.db", true);
            VARDE_REQUIRE_OK(db);
            VARDE_REQUIRE_OK(db->exec("PRAGMA journal_mode = WAL"));
            VARDE_REQUIRE_OK(
                db->exec("CREATE TABLE patient(national_id TEXT, given TEXT, family TEXT)"));
            VARDE_REQUIRE_OK(db->exec("INSERT INTO patient VALUES ('" + *nationalId + "', '"
                + givenName + "', '" + familyName + "')"));
            // While open, the row is in the -wal file.
            const auto found = search(folder.path(), needles);
            INFO(report(found));
            CHECK(found.size() == needles.size());
        }
        const auto found
            = search(folder.path(), { givenName, familyName, *nationalId, sqliteHeader });
        INFO(report(found));
        CHECK(found.size() == 4);
    }
}
