// What a nurse does from the worklist: acknowledging findings (the patient moves down, a new
// worse value brings them back), marking a measurement as an error and restoring it, and
// opening a patient. Every action is audited and queued for the server.
#include "tests/core/worklist/worklist_fixture.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::test;
using triage::Level;
using worklist::AckAction;

TEST_CASE("acknowledging moves a red patient down, a new worse value brings them back",
    "[worklist][acknowledgement]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto red = clinic.addPatient("Astrid", "Rød");
    const auto yellow = clinic.addPatient("Berit", "Gul");
    const auto green = clinic.addPatient("Cecilie", "Grønn");
    clinic.addSpo2(red, 91, osloAt(7, 50)); // yellow
    const auto redValue = clinic.addSpo2(red, 86, osloAt(8, 14)); // red
    clinic.addSpo2(yellow, 90, osloAt(9));
    clinic.addSpo2(green, 96, osloAt(9));

    const auto before = clinic.build(osloAt(10));
    REQUIRE(statusOf(before, red) == Level::Red);
    CHECK(positionOf(before, red) == 0);
    CHECK(positionOf(before, yellow) == 1);
    const auto ids = openFindingIds(rowOf(before, red));
    REQUIRE(ids.size() == 2);

    SECTION("every open finding acknowledged: green, and below the yellow patient")
    {
        VARDE_REQUIRE_OK(worklist::acknowledgeFindings(clinic.store(), red, ids,
            AckAction::CalledPatient, "Ringte, føler seg bedre.", millisAt(10, 5)));
        const auto after = clinic.build(osloAt(10, 10));
        const auto &row = rowOf(after, red);
        CHECK(row.result.status == Level::Green);
        CHECK(row.result.openCount == 0);
        CHECK_FALSE(row.oldestOpenMillis);
        CHECK(row.result.findings.size() == 2); // still there, closed
        CHECK(positionOf(after, yellow) == 0);
        CHECK(positionOf(after, red) > positionOf(after, yellow));
        CHECK(statusOf(after, yellow) == Level::Yellow);

        // A new, worse value afterwards is a new finding, open until acknowledged in turn.
        const auto worse = clinic.addSpo2(red, 84, osloAt(11, 40));
        const auto again = clinic.build(osloAt(12));
        const auto &back = rowOf(again, red);
        CHECK(back.result.status == Level::Red);
        CHECK(positionOf(again, red) == 0);
        REQUIRE(back.result.openCount == 1);
        CHECK(back.result.findings[0].observationId == worse);
        CHECK(back.oldestOpenMillis == millisAt(11, 40));
        for (const auto &f : back.result.findings)
            if (f.observationId == redValue)
                CHECK_FALSE(f.open);
    }
    SECTION("only the red finding acknowledged: the older yellow one stays open")
    {
        const auto &redFinding = rowOf(before, red).result.findings.front();
        REQUIRE(redFinding.level() == Level::Red);
        VARDE_REQUIRE_OK(worklist::acknowledgeFindings(
            clinic.store(), red, { redFinding.id }, AckAction::ContactedGp, {}, millisAt(10, 5)));
        const auto after = clinic.build(osloAt(10, 10));
        CHECK(statusOf(after, red) == Level::Yellow);
        CHECK(rowOf(after, red).oldestOpenMillis == millisAt(7, 50));
        // Both yellow now; the red patient's yellow value is the older one.
        CHECK(positionOf(after, red) == 0);
        CHECK(positionOf(after, yellow) == 1);
    }
}

TEST_CASE("two acknowledgements of one finding are both kept", "[worklist][acknowledgement]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto id = clinic.addPatient("Dagny", "Rød");
    clinic.addSpo2(id, 86, osloAt(8));
    const auto list = clinic.build(osloAt(9));
    const auto ids = openFindingIds(rowOf(list, id));
    REQUIRE(ids.size() == 1);

    VARDE_REQUIRE_OK(worklist::acknowledgeFindings(
        clinic.store(), id, ids, AckAction::CalledPatient, "Ringte pasienten.", millisAt(9, 5)));
    VARDE_REQUIRE_OK(worklist::acknowledgeFindings(
        clinic.store(), id, ids, AckAction::ContactedGp, "Fastlege orientert.", millisAt(9, 20)));
    CHECK(count(clinic.store(),
              "SELECT count(*) FROM acknowledgement WHERE finding_id = '" + ids[0] + "'")
        == 2);
    CHECK(scalar(clinic.store(),
              "SELECT group_concat(action, ',') FROM (SELECT action FROM acknowledgement WHERE "
              "finding_id = '"
                  + ids[0] + "' ORDER BY acknowledged_at)")
        == "called_patient,contacted_gp");
    CHECK(scalar(clinic.store(),
              "SELECT group_concat(DISTINCT acknowledged_by) FROM acknowledgement WHERE "
              "finding_id = '"
                  + ids[0] + "'")
        == clinic.store().user().meta.id);
    CHECK(statusOf(clinic.build(osloAt(9, 30)), id) == Level::Green);
}

TEST_CASE("every acknowledgement is audited and queued for the server",
    "[worklist][acknowledgement][audit]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto id = clinic.addPatient("Eva", "Rød");
    const auto other = clinic.addPatient("Frida", "Gul");
    clinic.addSpo2(id, 86, osloAt(8));
    clinic.addMeasurement(id, domain::KindId::Pulse, 110, osloAt(8));
    clinic.addSpo2(other, 90, osloAt(8));
    const auto list = clinic.build(osloAt(9));
    const auto ids = openFindingIds(rowOf(list, id));
    REQUIRE(ids.size() == 2);

    const auto pending = pendingMutations(clinic.store());
    VARDE_REQUIRE_OK(worklist::acknowledgeFindings(
        clinic.store(), id, ids, AckAction::AdvisedPerPlan, "Veiledet.", millisAt(9, 5)));
    CHECK(auditCount(clinic.store(), store::audit::findingAcknowledged, id) == 1);
    CHECK(auditCount(clinic.store(), store::audit::findingAcknowledged, other) == 0);
    // One outbox row per acknowledgement and one for the audit event.
    CHECK(pendingMutations(clinic.store()) == pending + 3);
    CHECK(
        count(clinic.store(), "SELECT count(*) FROM outbox WHERE entity = 'acknowledgement'") == 2);

    VARDE_REQUIRE_OK(worklist::acknowledgeFindings(
        clinic.store(), id, { ids[0] }, AckAction::NoActionNeeded, {}, millisAt(9, 30)));
    CHECK(auditCount(clinic.store(), store::audit::findingAcknowledged, id) == 2);
    CHECK(pendingMutations(clinic.store()) == pending + 5);
    CHECK(countRows(clinic.store(), "acknowledgement") == 3);
}

TEST_CASE("an acknowledgement of nothing, or of a finding never stored, writes nothing",
    "[worklist][acknowledgement]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto id = clinic.addPatient("Gunn", "Rød");
    clinic.addSpo2(id, 86, osloAt(8));
    const auto list = clinic.build(osloAt(9));
    const auto ids = openFindingIds(rowOf(list, id));
    REQUIRE(ids.size() == 1);
    const auto pending = pendingMutations(clinic.store());
    const auto audit = countRows(clinic.store(), "audit_event");

    CHECK(errorCode(worklist::acknowledgeFindings(
              clinic.store(), id, {}, AckAction::CalledPatient, {}, millisAt(9, 5)))
        == ErrorCode::InvalidArgument);
    // The second id was never found by triage: the whole acknowledgement is refused.
    CHECK_FALSE(worklist::acknowledgeFindings(
        clinic.store(), id, { ids[0], newUuid() }, AckAction::CalledPatient, {}, millisAt(9, 5)));
    CHECK(countRows(clinic.store(), "acknowledgement") == 0);
    CHECK(pendingMutations(clinic.store()) == pending);
    CHECK(countRows(clinic.store(), "audit_event") == audit);
    CHECK(statusOf(clinic.build(osloAt(9, 30)), id) == Level::Red);
}

TEST_CASE("the acknowledgement actions have stable keys", "[worklist][acknowledgement]")
{
    const auto all = worklist::allAckActions();
    REQUIRE(all.size() == 6);
    std::vector<std::string> keys;
    for (auto action : all) {
        const auto key = std::string(worklist::ackActionKey(action));
        CHECK(worklist::ackActionFromKey(key) == action);
        keys.push_back(key);
    }
    CHECK(keys
        == std::vector<std::string> { "called_patient", "advised_per_plan", "contacted_gp",
            "sent_plo", "asked_new_measurement", "no_action_needed" });
    CHECK_FALSE(worklist::ackActionFromKey("ringte"));
}

TEST_CASE("a measurement marked as an error leaves triage, stays stored and can be restored",
    "[worklist][exclusion]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto id = clinic.addPatient("Hilde", "Feil");
    clinic.addSpo2(id, 95, osloAt(7));
    const auto wrong = clinic.addSpo2(id, 85, osloAt(8)); // cold fingers
    REQUIRE(statusOf(clinic.build(osloAt(9)), id) == Level::Red);

    const auto pending = pendingMutations(clinic.store());
    VARDE_REQUIRE_OK(worklist::excludeMeasurement(clinic.store(), id, wrong, "kalde fingre"));
    CHECK(auditCount(clinic.store(), store::audit::measurementExcluded, id) == 1);
    CHECK(pendingMutations(clinic.store()) > pending);
    {
        const auto list = clinic.build(osloAt(9, 30));
        CHECK(statusOf(list, id) == Level::Green);
        CHECK(rowOf(list, id).result.findings.empty());
        // Still stored and shown, as excluded.
        auto stored = store::MeasurementRepository(clinic.store()).forPatient(id);
        VARDE_REQUIRE_OK(stored);
        CHECK(stored->size() == 2);
        CHECK(std::any_of(stored->begin(), stored->end(),
            [&](const domain::Measurement &m) { return m.meta.id == wrong; }));
        CHECK(count(clinic.store(),
                  "SELECT count(*) FROM measurement_exclusion WHERE deleted = 0 AND "
                  "measurement_id = '"
                      + wrong + "' AND reason = 'kalde fingre'")
            == 1);
        // The worklist lists it as marked, with the nurse's reason, for restoring.
        const auto excluded = worklist::excludedMeasurements(clinic.store(), id);
        VARDE_REQUIRE_OK(excluded);
        REQUIRE(excluded->size() == 1);
        CHECK(excluded->front().measurement.meta.id == wrong);
        CHECK(excluded->front().reason == "kalde fingre");
    }

    const auto beforeRestore = pendingMutations(clinic.store());
    VARDE_REQUIRE_OK(worklist::restoreMeasurement(clinic.store(), id, wrong));
    CHECK(auditCount(clinic.store(), store::audit::measurementRestored, id) == 1);
    CHECK(pendingMutations(clinic.store()) > beforeRestore);
    CHECK(statusOf(clinic.build(osloAt(10)), id) == Level::Red);
    const auto afterRestore = worklist::excludedMeasurements(clinic.store(), id);
    VARDE_REQUIRE_OK(afterRestore);
    CHECK(afterRestore->empty());
    // Restoring tombstones the exclusion, never the measurement.
    CHECK(count(clinic.store(),
              "SELECT count(*) FROM measurement_exclusion WHERE deleted = 1 AND "
              "measurement_id = '"
                  + wrong + "'")
        == 1);
    CHECK(count(clinic.store(),
              "SELECT count(*) FROM measurement WHERE deleted = 0 AND id = '" + wrong + "'")
        == 1);
}

TEST_CASE("a measurement error needs a reason", "[worklist][exclusion]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto id = clinic.addPatient("Ingrid", "Feil");
    const auto value = clinic.addSpo2(id, 85, osloAt(8));
    const auto pending = pendingMutations(clinic.store());

    CHECK(errorCode(worklist::excludeMeasurement(clinic.store(), id, value, ""))
        == ErrorCode::InvalidArgument);
    CHECK(countRows(clinic.store(), "measurement_exclusion") == 0);
    CHECK(auditCount(clinic.store(), store::audit::measurementExcluded, id) == 0);
    CHECK(pendingMutations(clinic.store()) == pending);
    CHECK(statusOf(clinic.build(osloAt(9)), id) == Level::Red);
}

TEST_CASE("opening a patient is audited with the patient's id", "[worklist][audit]")
{
    Clinic clinic;
    const auto id = clinic.addPatient("Jorunn", "Åpnet");
    const auto other = clinic.addPatient("Kari", "Lukket");
    const auto pending = pendingMutations(clinic.store());
    VARDE_REQUIRE_OK(worklist::recordPatientOpened(clinic.store(), id));
    CHECK(auditCount(clinic.store(), store::audit::patientOpened, id) == 1);
    CHECK(auditCount(clinic.store(), store::audit::patientOpened, other) == 0);
    CHECK(pendingMutations(clinic.store()) == pending + 1);
    const auto events = store::recentAudit(clinic.store().db(), 1);
    VARDE_REQUIRE_OK(events);
    REQUIRE(events->size() == 1);
    CHECK(events->front().action == "patient.open");
    CHECK(events->front().patientId == id);
    CHECK(events->front().actorUserId == clinic.store().user().meta.id);
}

TEST_CASE("restoring a measurement queues the tombstone of the exclusion itself",
    "[worklist][exclusion][sync]")
{
    Clinic clinic;
    clinic.addDefaultSet();
    const auto id = clinic.addPatient("Liv", "Feil");
    const auto value = clinic.addSpo2(id, 85, osloAt(8));
    VARDE_REQUIRE_OK(worklist::excludeMeasurement(clinic.store(), id, value, "kalde fingre"));
    const auto exclusion = scalar(clinic.store(),
        "SELECT id FROM measurement_exclusion WHERE measurement_id = '" + value + "'");
    REQUIRE_FALSE(exclusion.empty());
    CHECK(scalar(clinic.store(),
              "SELECT entity_id FROM outbox WHERE entity = 'measurement_exclusion' AND op = "
              "'create'")
        == exclusion);

    VARDE_REQUIRE_OK(worklist::restoreMeasurement(clinic.store(), id, value));
    // The server learns which exclusion was tombstoned by the exclusion's own id, as for every
    // other entity in the data contract (the measurement id names another entity).
    CHECK(scalar(clinic.store(),
              "SELECT entity_id FROM outbox WHERE entity = 'measurement_exclusion' AND op <> "
              "'create'")
        == exclusion);
}
