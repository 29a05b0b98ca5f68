// The worklist over a real encrypted store: which rules judge each patient (the active personal
// plan, else the service's default set; never a draft), the findings stored once under
// deterministic ids, pauses, and the order of the rows.
#include "core/triage/builtin_rules.h"
#include "core/triage/triage_engine.h"
#include "tests/core/worklist/worklist_fixture.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::test;
using plan::PlanStatus;
using triage::Level;

TEST_CASE(
    "the service's default rule set judges red, yellow and green by its limits", "[worklist][plan]")
{
    Clinic clinic;
    const auto defaultId = clinic.addDefaultSet();
    const auto red = clinic.addPatient("Astrid", "Rød");
    const auto atRedLimit = clinic.addPatient("Berit", "Grense");
    const auto yellow = clinic.addPatient("Cecilie", "Gul");
    const auto green = clinic.addPatient("Dagny", "Grønn");
    const auto pulse = clinic.addPatient("Eva", "Puls");
    const auto nothing = clinic.addPatient("Frida", "Uten");
    clinic.addSpo2(red, 87, osloAt(8, 14));
    clinic.addSpo2(atRedLimit, 88, osloAt(8, 20)); // strict: 88 is not under 88
    clinic.addSpo2(yellow, 91, osloAt(8, 30));
    clinic.addSpo2(green, 92, osloAt(8, 40)); // 92 is not under 92
    clinic.addMeasurement(pulse, domain::KindId::Pulse, 121, osloAt(8, 50));

    const auto list = clinic.build(osloAt(12));
    REQUIRE(list.rows.size() == 6);
    CHECK(statusOf(list, red) == Level::Red);
    CHECK(statusOf(list, atRedLimit) == Level::Yellow);
    CHECK(statusOf(list, yellow) == Level::Yellow);
    CHECK(statusOf(list, green) == Level::Green);
    CHECK(statusOf(list, pulse) == Level::Red);
    CHECK(statusOf(list, nothing) == Level::Green);
    CHECK(list.countByLevel[std::size_t(Level::Red)] == 2);
    CHECK(list.countByLevel[std::size_t(Level::Yellow)] == 2);
    CHECK(list.countByLevel[std::size_t(Level::Green)] == 2);
    for (const auto &row : list.rows) {
        CAPTURE(row.overview.patient.familyName);
        CHECK_FALSE(row.personalPlan);
        CHECK(row.planVersionId == defaultId);
        CHECK(row.planApprovedBy == "Dr. Kristin Lie (medisinskfaglig ansvarlig)");
        for (const auto &f : row.result.findings)
            CHECK(f.ruleSetVersion == defaultId);
    }
    const auto &redRow = rowOf(list, red);
    REQUIRE(redRow.result.findings.size() == 1);
    CHECK(redRow.result.findings[0].reason.limit == 88);
    CHECK(redRow.result.findings[0].reason.time == osloAt(8, 14));
    CHECK(redRow.oldestOpenMillis == millisAt(8, 14));
}

TEST_CASE("an active personal plan takes precedence over the default set", "[worklist][plan]")
{
    Clinic clinic;
    const auto defaultId = clinic.addDefaultSet();
    const auto withPlan = clinic.addPatient("Gunn", "Plan");
    const auto withoutPlan = clinic.addPatient("Hilde", "Standard");
    const auto planId = clinic.addPlan(withPlan, PlanStatus::Active, personalRules());
    // The same value: red under the default set (under 88), yellow under the plan (under 90).
    clinic.addSpo2(withPlan, 87, osloAt(8));
    clinic.addSpo2(withoutPlan, 87, osloAt(8));

    const auto list = clinic.build(osloAt(12));
    const auto &planned = rowOf(list, withPlan);
    CHECK(planned.result.status == Level::Yellow);
    CHECK(planned.personalPlan);
    CHECK(planned.planVersionId == planId);
    CHECK(planned.planApprovedBy == "Dr. Turid Moe (fastlege)");
    REQUIRE(planned.result.findings.size() == 1);
    CHECK(planned.result.findings[0].ruleSetVersion == planId);
    CHECK(planned.result.findings[0].reason.limit == 90);

    const auto &standard = rowOf(list, withoutPlan);
    CHECK(standard.result.status == Level::Red);
    CHECK_FALSE(standard.personalPlan);
    CHECK(standard.planVersionId == defaultId);
}

TEST_CASE("a plan version that is not active never changes triage", "[worklist][plan]")
{
    const auto status = GENERATE(PlanStatus::Draft, PlanStatus::AwaitingApproval,
        PlanStatus::Rejected, PlanStatus::Superseded);
    CAPTURE(plan::planStatusKey(status));
    Clinic clinic;
    const auto defaultId = clinic.addDefaultSet();
    const auto onDefault = clinic.addPatient("Ingrid", "Standard");
    const auto onPlan = clinic.addPatient("Jorunn", "Plan");
    const auto planId = clinic.addPlan(onPlan, PlanStatus::Active, personalRules());
    for (const auto &id : { onDefault, onPlan }) {
        clinic.addSpo2(id, 95, osloAt(7));
        clinic.addSpo2(id, 91, osloAt(8));
        clinic.addMeasurement(id, domain::KindId::Pulse, 80, osloAt(8));
    }
    const auto before = clinic.build(osloAt(12));
    CHECK(statusOf(before, onDefault) == Level::Yellow);
    CHECK(statusOf(before, onPlan) == Level::Green);
    const auto findingsBefore = countRows(clinic.store(), "finding");

    // Under these limits both patients would be red.
    clinic.addPlan(onDefault, status, strictRules());
    clinic.addPlan(onPlan, status, strictRules());
    clinic.addPlan({}, status, strictRules());
    CHECK(countRows(clinic.store(), "plan_version") == 5);

    const auto after = clinic.build(osloAt(12));
    for (const auto &id : { onDefault, onPlan }) {
        const auto &a = rowOf(before, id);
        const auto &b = rowOf(after, id);
        CHECK(b.result.status == a.result.status);
        CHECK(b.planVersionId == a.planVersionId);
        CHECK(b.personalPlan == a.personalPlan);
        CHECK(b.result.findings.size() == a.result.findings.size());
    }
    CHECK(rowOf(after, onDefault).planVersionId == defaultId);
    CHECK(rowOf(after, onPlan).planVersionId == planId);
    CHECK(countRows(clinic.store(), "finding") == findingsBefore);
}

TEST_CASE("the store refuses a second active plan for a patient or a service", "[worklist][plan]")
{
    Clinic clinic;
    const auto defaultId = clinic.addDefaultSet();
    const auto id = clinic.addPatient("Kari", "Plan");
    const auto first = clinic.addPlan(id, PlanStatus::Active, personalRules());
    // Drafts beside the active version are fine.
    clinic.addPlan(id, PlanStatus::Draft, strictRules());
    const auto plans = countRows(clinic.store(), "plan_version");
    const auto audit = countRows(clinic.store(), "audit_event");

    SECTION("a patient's second active plan")
    {
        const auto second = clinic.planVersion(id, PlanStatus::Active, strictRules());
        CHECK_FALSE(plan::insertPlanVersion(clinic.store(), second));
    }
    SECTION("the service's second active default set")
    {
        const auto second = clinic.planVersion({}, PlanStatus::Active, strictRules());
        CHECK_FALSE(plan::insertPlanVersion(clinic.store(), second));
    }
    // Nothing of the refused version was written, not even its audit event.
    CHECK(countRows(clinic.store(), "plan_version") == plans);
    CHECK(countRows(clinic.store(), "audit_event") == audit);
    clinic.addSpo2(id, 87, osloAt(8));
    const auto list = clinic.build(osloAt(12));
    CHECK(rowOf(list, id).planVersionId == first);
    CHECK(statusOf(list, id) == Level::Yellow);
    auto rules = worklist::loadRulesInForce(clinic.store());
    VARDE_REQUIRE_OK(rules);
    REQUIRE(rules->serviceDefaults.size() == 1);
    CHECK(rules->serviceDefaults.begin()->second.versionId == defaultId);
}

TEST_CASE("each follow-up service's default set judges that service's patients", "[worklist][plan]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto ours = clinic.addPatient("Liv", "Romsdal");
    // A second service on the same workstation, with its own (stricter) default set.
    domain::FollowUpService other;
    other.meta.id = newUuid();
    other.name = "Digital hjemmeoppfølging Nordmøre";
    VARDE_REQUIRE_OK(store::PatientRepository(clinic.store()).insertService(other));
    const auto otherDefault
        = clinic.planVersion({}, PlanStatus::Active, strictRules(), other.meta.id);
    VARDE_REQUIRE_OK(plan::insertPlanVersion(clinic.store(), otherDefault));
    clinic.addSpo2(ours, 96, osloAt(8));

    const auto list = clinic.build(osloAt(12));
    // 96 % is green under Romsdal's default set and red under Nordmøre's.
    CHECK(rowOf(list, ours).planVersionId != otherDefault.id);
    CHECK(statusOf(list, ours) == Level::Green);
}

TEST_CASE("findings are stored once, under deterministic ids", "[worklist][finding]")
{
    Clinic clinic;
    const auto defaultId = clinic.addDefaultSet();
    const auto red = clinic.addPatient("Marit", "Rød");
    const auto suspect = clinic.addPatient("Nina", "Feilmåling");
    const auto green = clinic.addPatient("Oda", "Grønn");
    const auto redValue = clinic.addSpo2(red, 86, osloAt(8, 14));
    const auto yellowValue = clinic.addMeasurement(red, domain::KindId::Pulse, 105, osloAt(8, 15));
    const auto implausible = clinic.addSpo2(suspect, 45, osloAt(9));
    clinic.addSpo2(green, 97, osloAt(9));
    CHECK(countRows(clinic.store(), "finding") == 0);

    const auto first = clinic.build(osloAt(12));
    const auto stored = countRows(clinic.store(), "finding");
    CHECK(stored == 3);
    const auto again = clinic.build(osloAt(12, 30));
    CHECK(countRows(clinic.store(), "finding") == stored);
    clinic.storeInFolder().reopen();
    const auto reopened = clinic.build(osloAt(13));
    CHECK(countRows(clinic.store(), "finding") == stored);

    // The ids are those of triage::findingId for patient, plan version, rule and trigger, the
    // same in every run.
    const auto redId = triage::findingId(red, defaultId, 0, redValue);
    const auto yellowId = triage::findingId(red, defaultId, 1, yellowValue);
    const auto suspectId = triage::findingId(suspect, defaultId, -1, "suspect/" + implausible);
    for (const auto *list : { &first, &again, &reopened }) {
        const auto &redRow = rowOf(*list, red);
        REQUIRE(redRow.result.findings.size() == 2);
        CHECK(redRow.result.findings[0].id == redId);
        CHECK(redRow.result.findings[1].id == yellowId);
        const auto &suspectRow = rowOf(*list, suspect);
        REQUIRE(suspectRow.result.findings.size() == 1);
        CHECK(suspectRow.result.findings[0].id == suspectId);
        CHECK(suspectRow.result.status == Level::Suspect);
    }
    CHECK(scalar(clinic.store(),
              "SELECT patient_id || ' ' || plan_version_id || ' ' || rule_index || ' ' || "
              "rule_type || ' ' || level || ' ' || trigger_id || ' ' || found_at FROM finding "
              "WHERE id = '"
                  + redId + "'")
        == red + " " + defaultId + " 0 band red " + redValue + " "
            + std::to_string(millisAt(8, 14)));
    CHECK(scalar(clinic.store(), "SELECT level FROM finding WHERE id = '" + yellowId + "'")
        == "yellow");
    CHECK(scalar(clinic.store(),
              "SELECT rule_type || ' ' || level FROM finding WHERE id = '" + suspectId + "'")
        == "suspect suspect");
    CHECK(count(clinic.store(), "SELECT count(*) FROM finding WHERE patient_id = '" + green + "'")
        == 0);
}

TEST_CASE("a pause stops schedule-derived missing findings, and only those", "[worklist][pause]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto id = clinic.addPatient("Pia", "Pause");
    clinic.addDailySpo2Schedule(id); // due by 11:00
    clinic.addSpo2(id, 95, osloAt(9, 0, -1)); // yesterday only

    SECTION("before the due time nothing is missing")
    {
        CHECK(statusOf(clinic.build(osloAt(10, 59)), id) == Level::Green);
    }
    SECTION("without a pause the patient is missing from the due time on")
    {
        const auto list = clinic.build(osloAt(12));
        const auto &row = rowOf(list, id);
        CHECK(row.result.status == Level::Missing);
        CHECK_FALSE(row.pause);
        REQUIRE(row.result.findings.size() == 1);
        CHECK(row.result.findings[0].reason.type == triage::RuleType::Missing);
        CHECK(row.result.findings[0].reason.time == osloAt(11));
        CHECK(row.result.findings[0].reason.dueByMinute == 11 * 60);
    }
    SECTION("a pause covering now stops the missing finding")
    {
        VARDE_REQUIRE_OK(worklist::pauseFollowUp(clinic.store(), id, "hospital", millisAt(8, 0, -1),
            millisAt(8, 0, 5), "Innlagt Molde sjukehus"));
        CHECK(auditCount(clinic.store(), store::audit::followUpPaused, id) == 1);
        const auto list = clinic.build(osloAt(12));
        const auto &row = rowOf(list, id);
        CHECK(row.result.status == Level::Green);
        CHECK(row.result.openCount == 0);
        REQUIRE(row.pause);
        CHECK(row.pause->reason == "hospital");
        CHECK(row.pause->untilMillis == millisAt(8, 0, 5));
        CHECK(row.pause->note == "Innlagt Molde sjukehus");
    }
    SECTION("a pause that is over, or not yet begun, stops nothing")
    {
        VARDE_REQUIRE_OK(worklist::pauseFollowUp(
            clinic.store(), id, "holiday", millisAt(8, 0, -10), millisAt(8, 0, -3), {}));
        VARDE_REQUIRE_OK(worklist::pauseFollowUp(
            clinic.store(), id, "holiday", millisAt(8, 0, 2), millisAt(8, 0, 9), {}));
        const auto list = clinic.build(osloAt(12));
        CHECK(statusOf(list, id) == Level::Missing);
        CHECK_FALSE(rowOf(list, id).pause);
    }
    SECTION("a pause does not hide a red value")
    {
        VARDE_REQUIRE_OK(worklist::pauseFollowUp(
            clinic.store(), id, "holiday", millisAt(8, 0, -1), millisAt(8, 0, 5), {}));
        clinic.addSpo2(id, 86, osloAt(11, 30));
        CHECK(statusOf(clinic.build(osloAt(12)), id) == Level::Red);
    }
    SECTION("a pause that ends before it starts, or when it starts, is refused")
    {
        const auto pauses = countRows(clinic.store(), "follow_up_pause");
        const auto outbox = pendingMutations(clinic.store());
        CHECK(errorCode(worklist::pauseFollowUp(
                  clinic.store(), id, "hospital", millisAt(8, 0, 5), millisAt(8, 0, -1), {}))
            == ErrorCode::InvalidArgument);
        CHECK(errorCode(worklist::pauseFollowUp(
                  clinic.store(), id, "hospital", millisAt(8), millisAt(8), {}))
            == ErrorCode::InvalidArgument);
        CHECK(countRows(clinic.store(), "follow_up_pause") == pauses);
        CHECK(pendingMutations(clinic.store()) == outbox);
        CHECK(auditCount(clinic.store(), store::audit::followUpPaused, id) == 0);
        CHECK(statusOf(clinic.build(osloAt(12)), id) == Level::Missing);
    }
}

TEST_CASE("rows come red, yellow, suspect, missing, green, oldest open finding first",
    "[worklist][order]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    // Inserted in an order that is none of the expected ones.
    const auto green = clinic.addPatient("Aase", "Grønn");
    const auto missing = clinic.addPatient("Bodil", "Mangler");
    const auto suspect = clinic.addPatient("Cato", "Feilmåling");
    const auto yellowLate = clinic.addPatient("Dina", "Gul");
    const auto red = clinic.addPatient("Elin", "Rød");
    const auto yellowEarly = clinic.addPatient("Frode", "Gul");
    const auto redOld = clinic.addPatient("Geir", "Rød");
    clinic.addSpo2(green, 96, osloAt(8));
    clinic.addDailySpo2Schedule(missing);
    clinic.addSpo2(suspect, 40, osloAt(7));
    clinic.addSpo2(yellowLate, 90, osloAt(9));
    clinic.addSpo2(yellowEarly, 91, osloAt(7, 30));
    clinic.addSpo2(red, 86, osloAt(8));
    // Red now, and a yellow value from yesterday that nobody has acknowledged yet.
    clinic.addSpo2(redOld, 91, osloAt(18, 0, -1));
    clinic.addSpo2(redOld, 87, osloAt(9, 30));

    const auto list = clinic.build(osloAt(12));
    std::vector<std::string> order;
    for (const auto &row : list.rows)
        order.push_back(row.patientId());
    CHECK(order
        == std::vector<std::string> {
            redOld, red, yellowEarly, yellowLate, suspect, missing, green });
    CHECK(rowOf(list, redOld).oldestOpenMillis == millisAt(18, 0, -1));
    CHECK(rowOf(list, missing).oldestOpenMillis == millisAt(11));
    CHECK_FALSE(rowOf(list, green).oldestOpenMillis);
    for (std::size_t i = 0; i + 1 < list.rows.size(); ++i) {
        CHECK(worklist::comesBefore(list.rows[i], list.rows[i + 1]));
        CHECK_FALSE(worklist::comesBefore(list.rows[i + 1], list.rows[i]));
    }
    CHECK(list.countByLevel == std::array<int, 5> { 1, 1, 1, 2, 2 });
}

TEST_CASE("comesBefore is a strict order: status, then oldest open finding", "[worklist][order]")
{
    const auto row = [](Level status, std::optional<std::int64_t> oldest, std::string family) {
        worklist::WorklistRow r;
        r.result.status = status;
        r.oldestOpenMillis = oldest;
        r.overview.patient.familyName = std::move(family);
        r.overview.patient.givenName = "Anne";
        return r;
    };
    const auto red = row(Level::Red, 5000, "A");
    const auto yellowOld = row(Level::Yellow, 1000, "Z");
    const auto yellowNew = row(Level::Yellow, 2000, "A");
    const auto suspect = row(Level::Suspect, 10, "A");
    const auto missing = row(Level::Missing, 1, "A");
    const auto green = row(Level::Green, std::nullopt, "A");
    const std::vector<const worklist::WorklistRow *> expected { &red, &yellowOld, &yellowNew,
        &suspect, &missing, &green };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK_FALSE(worklist::comesBefore(*expected[i], *expected[i]));
        for (std::size_t k = i + 1; k < expected.size(); ++k) {
            CAPTURE(k);
            CHECK(worklist::comesBefore(*expected[i], *expected[k]));
            CHECK_FALSE(worklist::comesBefore(*expected[k], *expected[i]));
        }
    }
    // Same status and time: by name, so the order is stable from run to run.
    const auto a = row(Level::Yellow, 1000, "Aasen");
    const auto b = row(Level::Yellow, 1000, "Berg");
    CHECK(worklist::comesBefore(a, b));
    CHECK_FALSE(worklist::comesBefore(b, a));
}

TEST_CASE("with no approved rules at all, Varde's built-in default set still judges every value",
    "[worklist][plan]")
{
    Clinic clinic; // no plan versions: neither personal nor the service's default set
    const auto id = clinic.addPatient("Ingrid", "Utenplan");
    clinic.addSpo2(id, 85, osloAt(8));
    const auto list = clinic.build(osloAt(12));
    const auto &row = rowOf(list, id);
    CHECK(row.result.status == Level::Red);
    CHECK(row.builtinRules);
    CHECK_FALSE(row.personalPlan);
    CHECK(row.planVersionId == std::string(triage::builtinRuleSetVersion));
}
