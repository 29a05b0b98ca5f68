// The worklist on a demo cohort (60 patients × 30 days, ending on the Monday after the spring
// daylight-saving change): a believable morning, with yesterday's findings acknowledged by
// the day shifts the demo writer plays back.
#include "core/demo/cohort.h"
#include "core/demo/cohort_writer.h"
#include "tests/core/worklist/worklist_fixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace varde;
using namespace varde::test;
using triage::Level;

namespace
{

demo::CohortOptions demoOptions()
{
    demo::CohortOptions options;
    options.patients = 60;
    options.days = 30;
    options.seed = 3;
    options.endDate = 2026y / March / 30;
    return options;
}

const store::NewUser demoUser { "demo", "Kari Demo", domain::Role::Nurse, {} };
constexpr std::string_view demoPassword = "demo-passord-1";

} // namespace

TEST_CASE("the demo cohort's worklist shows a believable morning", "[worklist][demo]")
{
    const auto options = demoOptions();
    const auto cohort = demo::generateCohort(options);
    TempFolder folder("worklist-demo");
    auto store = createStore(folder.path(), demoUser, demoPassword);
    const auto written = demo::writeCohort(store, cohort, demoPassword, testKdf);
    VARDE_REQUIRE_OK(written);
    REQUIRE(written->patients == 60);
    CHECK(written->personalPlans > 0);
    CHECK(written->acknowledgedFindings > 0);

    const auto now = demo::demoNow(options);
    CHECK(time::osloDate(now) == options.endDate);
    const auto list = worklist::buildWorklist(store, now);
    VARDE_REQUIRE_OK(list);
    // Patients whose follow-up has ended are not in the worklist.
    const auto inFollowUp = 60 - cohort.endings.size();
    REQUIRE(list->rows.size() == inFollowUp);
    const auto byLevel = [&](Level level) { return list->countByLevel[std::size_t(level)]; };
    INFO("red " << byLevel(Level::Red) << ", yellow " << byLevel(Level::Yellow) << ", suspect "
                << byLevel(Level::Suspect) << ", missing " << byLevel(Level::Missing) << ", green "
                << byLevel(Level::Green));
    CHECK(byLevel(Level::Red) >= 1);
    CHECK(byLevel(Level::Yellow) >= 1);
    CHECK(byLevel(Level::Green) > 30);
    int total = 0;
    for (int n : list->countByLevel)
        total += n;
    CHECK(total == int(inFollowUp));

    // Nothing from before today is open: the day shifts saw it.
    const auto todayStart = time::osloStartOfDay(options.endDate);
    std::set<std::string> plans;
    int personal = 0;
    for (std::size_t i = 0; i < list->rows.size(); ++i) {
        const auto &row = list->rows[i];
        CAPTURE(row.patientId());
        if (i + 1 < list->rows.size())
            CHECK_FALSE(worklist::comesBefore(list->rows[i + 1], row));
        // Every patient is judged by some rule set.
        CHECK_FALSE(row.planVersionId.empty());
        plans.insert(row.planVersionId);
        personal += row.personalPlan ? 1 : 0;
        for (const auto &f : row.result.findings) {
            if (!f.open)
                continue;
            CAPTURE(
                f.id, std::string(triage::levelKey(f.level())), time::formatIsoOslo(f.reason.time));
            CHECK(f.reason.time <= now);
            if (f.reason.type == triage::RuleType::Missing)
                CHECK(time::osloDate(f.reason.time) == options.endDate); // judged today
            else
                CHECK(f.reason.time >= todayStart);
        }
        if (row.oldestOpenMillis)
            CHECK(*row.oldestOpenMillis >= time::toEpochMillis(todayStart));
    }
    CHECK(personal == written->personalPlans);
    CHECK(plans.size() == std::size_t(written->personalPlans) + 1);

    // Building it again changes nothing and stores nothing new.
    const auto findings = countRows(store, "finding");
    const auto again = worklist::buildWorklist(store, now);
    VARDE_REQUIRE_OK(again);
    CHECK(again->countByLevel == list->countByLevel);
    REQUIRE(again->rows.size() == list->rows.size());
    for (std::size_t i = 0; i < again->rows.size(); ++i)
        CHECK(again->rows[i].patientId() == list->rows[i].patientId());
    CHECK(countRows(store, "finding") == findings);
}

TEST_CASE("the demo has plans waiting for approval that never judge the worklist",
    "[worklist][demo][plan]")
{
    const auto options = demoOptions();
    const auto cohort = demo::generateCohort(options);
    TempFolder folder("worklist-demo-plans");
    auto store = createStore(folder.path(), demoUser, demoPassword);
    VARDE_REQUIRE_OK(demo::writeCohort(store, cohort, demoPassword, testKdf));

    const auto pending = plan::pendingApprovals(store);
    VARDE_REQUIRE_OK(pending);
    REQUIRE(pending->size() >= 1);
    std::set<std::string> waiting;
    for (const auto &p : *pending) {
        CHECK_FALSE(p.patientName.empty());
        CHECK_FALSE(p.version.content.goals.empty());
        waiting.insert(p.version.id);
    }
    CHECK(count(store,
              "SELECT count(*) FROM plan_version WHERE status = 'rejected' AND "
              "review_comment <> ''")
        == 1);
    CHECK(count(store, "SELECT count(*) FROM plan_version WHERE approval_method = 'phone'") == 1);
    const auto list = worklist::buildWorklist(store, demo::demoNow(options));
    VARDE_REQUIRE_OK(list);
    for (const auto &row : list->rows)
        CHECK(waiting.count(row.planVersionId) == 0);

    // The GP signs in and sees the same list; the medical lead is a doctor too.
    store = openStore(folder.path(), "lege", demoPassword);
    auto gp = plan::currentActor(store);
    VARDE_REQUIRE_OK(gp);
    CHECK(gp->role == domain::Role::Gp);
    CHECK_FALSE(gp->medicalLead);
    store = openStore(folder.path(), "kristin", demoPassword);
    auto lead = plan::currentActor(store);
    VARDE_REQUIRE_OK(lead);
    CHECK(lead->medicalLead);
}

TEST_CASE("the demo's patients were referred, some moved nurse and some ended follow-up",
    "[worklist][demo][enrolment]")
{
    demo::CohortOptions options = demoOptions();
    options.patients = 200;
    options.days = 60;
    const auto cohort = demo::generateCohort(options);
    REQUIRE(cohort.referrals.size() == 200);
    REQUIRE_FALSE(cohort.endings.empty());
    REQUIRE_FALSE(cohort.reassignments.empty());
    TempFolder folder("worklist-demo-history");
    auto store = createStore(folder.path(), demoUser, demoPassword);
    VARDE_REQUIRE_OK(demo::writeCohort(store, cohort, demoPassword, testKdf));

    CHECK(count(store, "SELECT count(DISTINCT patient_id) FROM enrolment") == 200);
    CHECK(count(store, "SELECT count(DISTINCT referral_source) FROM enrolment") == 3);
    CHECK(count(store, "SELECT count(*) FROM patient WHERE status = 'ended'")
        == std::int64_t(cohort.endings.size()));
    CHECK(count(store, "SELECT count(*) FROM enrolment WHERE end_reason IS NOT NULL")
        == std::int64_t(cohort.endings.size()));
    CHECK(count(store, "SELECT count(*) FROM patient_change WHERE field = 'responsible_nurse'")
        == std::int64_t(cohort.reassignments.size()));
    CHECK(count(store, "SELECT count(*) FROM patient WHERE status = 'trial'") > 0);
    // Nothing measured after follow-up ended.
    CHECK(count(store,
              "SELECT count(*) FROM measurement m JOIN patient p ON p.id = m.patient_id "
              "WHERE p.status = 'ended' AND m.measured_at >= p.ended_at")
        == 0);
    const auto list = worklist::buildWorklist(store, demo::demoNow(options));
    VARDE_REQUIRE_OK(list);
    CHECK(list->rows.size() == 200 - cohort.endings.size());
    int trial = 0;
    for (const auto &row : list->rows)
        trial += row.trial.has_value();
    CHECK(trial > 0);
}
