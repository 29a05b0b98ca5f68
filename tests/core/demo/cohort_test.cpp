// The demo cohort on a small scale (40 patients × 30 days), fast enough for every build.
#include "core/demo/cohort.h"
#include "core/demo/cohort_writer.h"
#include "core/store/measurement_repository.h"
#include "core/store/patient_repository.h"
#include "tests/core/demo/cohort_checks.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace varde;
using namespace varde::test;

namespace
{

const demo::CohortOptions small = cohortOptions(40, 30);

const demo::Cohort &smallCohort()
{
    static const demo::Cohort cohort = demo::generateCohort(small);
    return cohort;
}

const store::NewUser demoUser { "demo", "Kari Demo", domain::Role::Nurse, {} };
constexpr std::string_view demoPassword = "demo-passord-1";

} // namespace

TEST_CASE("the same options give the same cohort", "[demo][determinism]")
{
    const auto again = demo::generateCohort(small);
    CHECK(visibleContent(again) == visibleContent(smallCohort()));
    REQUIRE(again.patients.size() == smallCohort().patients.size());
    for (std::size_t i = 0; i < again.patients.size(); ++i)
        CHECK(again.patients[i].meta.id == smallCohort().patients[i].meta.id);
    REQUIRE(again.measurements.size() == smallCohort().measurements.size());
    for (std::size_t i = 0; i < again.measurements.size(); ++i)
        CHECK(again.measurements[i].meta.id == smallCohort().measurements[i].meta.id);
}

TEST_CASE("the same cohort written to two stores has the same logical content",
    "[demo][determinism][store]")
{
    TempFolder first("demo-a");
    TempFolder second("demo-b");
    std::string contentA, contentB;
    for (auto [folder, content] :
        { std::pair { &first, &contentA }, std::pair { &second, &contentB } }) {
        auto store = createStore(folder->path(), demoUser, demoPassword);
        const auto written
            = demo::writeCohort(store, demo::generateCohort(small), demoPassword, testKdf);
        VARDE_REQUIRE_OK(written);
        CHECK(written->patients == small.patients);
        CHECK(written->measurements == std::int64_t(smallCohort().measurements.size()));
        CHECK(written->answers == std::int64_t(smallCohort().answers.size()));
        auto text = demo::logicalContent(store);
        VARDE_REQUIRE_OK(text);
        *content = *text;
    }
    CHECK(contentA.size() > 10'000);
    CHECK(contentA == contentB);
    CHECK(demo::digest(contentA) == demo::digest(contentB));

    // Everything the cohort holds is in the store.
    std::size_t patientLines = 0, measurementLines = 0, answerLines = 0;
    for (std::size_t pos = 0; pos < contentA.size();) {
        const auto end = contentA.find('\n', pos);
        const auto line = contentA.substr(pos, end - pos);
        patientLines += line.rfind("patient ", 0) == 0;
        measurementLines += line.rfind("  m ", 0) == 0;
        answerLines += line.rfind("  a ", 0) == 0;
        pos = end == std::string::npos ? contentA.size() : end + 1;
    }
    CHECK(patientLines == smallCohort().patients.size());
    CHECK(measurementLines == smallCohort().measurements.size());
    CHECK(answerLines == smallCohort().answers.size());

    // The files differ byte for byte: other data key, salts and IVs.
    CHECK(readBytes(first / "varde.db") != readBytes(second / "varde.db"));
    CHECK(readBytes(first / "varde.keys") != readBytes(second / "varde.keys"));
}

TEST_CASE("the demo nurses can sign in to a written demo store", "[demo][store]")
{
    TempFolder folder("demo");
    {
        auto store = createStore(folder.path(), demoUser, demoPassword);
        VARDE_REQUIRE_OK(demo::writeCohort(store, smallCohort(), demoPassword, testKdf));
    }
    for (std::size_t n = 1; n < smallCohort().nurses.size(); ++n) {
        const auto &nurse = smallCohort().nurses[n];
        CAPTURE(nurse.login);
        auto store = openStore(folder.path(), nurse.login, demoPassword);
        CHECK(store.user().displayName == nurse.displayName);
    }
    // Every patient has a responsible nurse who is a user of the store.
    auto store = openStore(folder.path(), demoUser.login, demoPassword);
    const auto patients = store::PatientRepository(store).all();
    VARDE_REQUIRE_OK(patients);
    const auto users = store.db().queryText("SELECT group_concat(id, ' ') FROM local_user");
    VARDE_REQUIRE_OK(users);
    for (const auto &p : *patients) {
        REQUIRE_FALSE(p.responsibleNurseId.empty());
        CHECK(contains(*users, p.responsibleNurseId));
    }
}

TEST_CASE("a different seed gives a different cohort", "[demo][determinism]")
{
    const auto other = demo::generateCohort(cohortOptions(40, 30, 2));
    CHECK(visibleContent(other) != visibleContent(smallCohort()));
    // Different people, not just different ids.
    std::set<std::string> idsA, idsB;
    for (const auto &p : smallCohort().patients)
        idsA.insert(p.nationalId);
    for (const auto &p : other.patients)
        idsB.insert(p.nationalId);
    CHECK(idsA != idsB);
}

TEST_CASE("a small cohort has the requested size", "[demo]")
{
    const auto &cohort = smallCohort();
    CHECK(cohort.patients.size() == 40);
    CHECK(cohort.nurseOfPatient.size() == 40);
    CHECK_FALSE(cohort.gps.size() == 0);
    CHECK(cohort.nurses.size() >= 2);
    CHECK(cohort.nurses[0].login == demo::demoLogin);
    CHECK_FALSE(cohort.measurements.empty());
    CHECK_FALSE(cohort.answers.empty());
    CHECK_FALSE(cohort.schedule.empty());
    for (int nurse : cohort.nurseOfPatient)
        CHECK((nurse >= 0 && nurse < int(cohort.nurses.size())));
}

TEST_CASE("demo national ids are valid synthetic numbers, all different", "[demo][national_id]")
{
    checkNationalIds(smallCohort());
}

TEST_CASE("the demo has COPD, heart-failure, diabetes and cancer patients", "[demo]")
{
    checkProgrammesAndDiagnoses(smallCohort());
}

TEST_CASE("demo measurements are coded, plausible and inside the period", "[demo]")
{
    checkMeasurements(smallCohort());
    checkAnswers(smallCohort());
}

TEST_CASE("nothing has arrived on the last day at or after 10:00 Oslo time", "[demo]")
{
    // Short periods of many patients, over several seeds: many last mornings, some of them with
    // measurements close to 10:00.
    const auto seed = GENERATE(range<std::uint64_t>(1, 13));
    CAPTURE(seed);
    checkLastMorning(demo::generateCohort(cohortOptions(200, 3, seed)));
}

TEST_CASE("no demo value is from before the patient's enrolment", "[demo]")
{
    checkNotBeforeEnrolment(smallCohort());
}

TEST_CASE("some demo patients miss days", "[demo]") { checkMissedDays(smallCohort()); }

TEST_CASE("a COPD exacerbation lowers SpO2 below the patient's usual value", "[demo]")
{
    checkCopdExacerbations(smallCohort());
}

TEST_CASE("a 200-patient cohort has episodes of every kind", "[demo]")
{
    const auto cohort = demo::generateCohort(cohortOptions(200, 30));
    std::map<demo::EpisodeKind, int> kinds;
    for (const auto &e : cohort.episodes) {
        ++kinds[e.kind];
        CAPTURE(e.patientIndex, int(e.kind), e.startDay, e.length);
        CHECK(e.startDay >= 0);
        CHECK(e.length >= 1);
        CHECK(e.startDay < cohort.options.days);
    }
    for (auto kind : { demo::EpisodeKind::CopdExacerbation, demo::EpisodeKind::WeightGain,
             demo::EpisodeKind::Hyperglycaemia, demo::EpisodeKind::Fever,
             demo::EpisodeKind::DeviceError }) {
        CAPTURE(int(kind));
        CHECK(kinds[kind] > 0);
    }
}
