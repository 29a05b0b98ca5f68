// The full demo (200 patients × 90 days), as vardectl writes it. Label "long": not in the
// quick suite, but in the sanitizer suite.
#include "core/demo/cohort.h"
#include "core/demo/cohort_writer.h"
#include "tests/core/demo/cohort_checks.h"
#include "tests/core/store/store_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace varde;
using namespace varde::test;

TEST_CASE("the full demo cohort has every property of a small one", "[demo][long]")
{
    const auto options = cohortOptions(200, 90);
    const auto cohort = demo::generateCohort(options);
    CHECK(cohort.patients.size() == 200);
    CHECK(visibleContent(demo::generateCohort(options)) == visibleContent(cohort));

    checkNationalIds(cohort);
    checkProgrammesAndDiagnoses(cohort);
    checkMeasurements(cohort);
    checkAnswers(cohort);
    checkLastMorning(cohort);
    checkNotBeforeEnrolment(cohort);
    checkMissedDays(cohort);
    checkCopdExacerbations(cohort);

    std::set<demo::EpisodeKind> kinds;
    for (const auto &e : cohort.episodes)
        kinds.insert(e.kind);
    CHECK(kinds.size() == 5);
    // Some measurement shows a device error a nurse has to recognise.
    CHECK(std::any_of(cohort.measurements.begin(), cohort.measurements.end(),
        [](const auto &m) { return !domain::isPlausible(m.kind, m.canonicalValue); }));
}

TEST_CASE("the full demo cohort writes to a store and reads back whole", "[demo][long][store]")
{
    const auto cohort = demo::generateCohort(cohortOptions(200, 90));
    TempFolder folder("demo-long");
    auto store = createStore(
        folder.path(), { "demo", "Kari Demo", domain::Role::Nurse, {} }, "demo-passord-1");
    const auto written = demo::writeCohort(store, cohort, "demo-passord-1", testKdf);
    VARDE_REQUIRE_OK(written);
    CHECK(written->patients == 200);
    const auto content = demo::logicalContent(store);
    VARDE_REQUIRE_OK(content);
    std::size_t measurementLines = 0;
    for (std::size_t pos = content->find("\n  m "); pos != std::string::npos;
         pos = content->find("\n  m ", pos + 1))
        ++measurementLines;
    CHECK(measurementLines == cohort.measurements.size());
}
