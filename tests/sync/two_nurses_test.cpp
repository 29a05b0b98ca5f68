// Two nurses on two workstations acknowledge the same red finding while neither has heard of
// the other's (issue 10): both acknowledgements are kept, on the server and on both
// workstations, the finding counts as handled once, and each workstation shows the first
// acknowledgement and lists the second with who, when, what and the note.
#include "sync_fixture.h"

#include "core/worklist/acknowledgement.h"
#include "core/worklist/patient_record.h"
#include "tests/core/worklist/worklist_fixture.h"

#include <algorithm>

using namespace sync_test;
using namespace varde;

namespace
{

const worklist::WorklistRow &rowFor(const worklist::Worklist &list, const std::string &patientId)
{
    return test::rowOf(list, patientId);
}

worklist::Worklist worklistOf(Workstation &ws)
{
    auto list = worklist::buildWorklist(*ws.store, time::now());
    VARDE_REQUIRE_OK(list);
    return *list;
}

} // namespace

TEST_CASE("two nurses acknowledging the same finding end in one record that shows both",
    "[sync][acknowledgement]")
{
    ServerSide server;
    server.addUser("ola", "{nurse}", "Ola Brekke");
    Workstation a;
    server.follow(a.patient);
    Workstation b(a.patient);
    auto engineA = a.engine(server.address());
    auto engineB = b.engine(server.address());
    VARDE_REQUIRE_OK(engineA.signIn("kari", serverPassword));
    VARDE_REQUIRE_OK(engineB.signIn("ola", serverPassword));
    VARDE_REQUIRE_OK(engineA.push());
    VARDE_REQUIRE_OK(engineB.push());

    REQUIRE(server.postSpo2(a.patient, 84, 20, "spo2-red-two-nurses").status == 201);
    VARDE_REQUIRE_OK(engineA.pull(0));
    VARDE_REQUIRE_OK(engineB.pull(0));
    const auto openOnA = test::openFindingIds(rowFor(worklistOf(a), a.patient.meta.id));
    const auto openOnB = test::openFindingIds(rowFor(worklistOf(b), b.patient.meta.id));
    REQUIRE(openOnA.size() == 1);
    REQUIRE(openOnA == openOnB); // the same finding, by its deterministic id
    const auto finding = openOnA.front();

    // Both act before either hears of the other.
    const auto at = sync::currentMillis();
    VARDE_REQUIRE_OK(worklist::acknowledgeFindings(*a.store, a.patient.meta.id, { finding },
        worklist::AckAction::CalledPatient, "Ringte, rolig nå", at - 60'000));
    VARDE_REQUIRE_OK(worklist::acknowledgeFindings(*b.store, b.patient.meta.id, { finding },
        worklist::AckAction::AdvisedPerPlan, "Veiledet etter planen", at));
    auto pushedA = engineA.push();
    auto pushedB = engineB.push();
    VARDE_REQUIRE_OK(pushedA);
    VARDE_REQUIRE_OK(pushedB);
    CHECK(pushedA->refused + pushedA->conflicts + pushedB->refused + pushedB->conflicts == 0);
    VARDE_REQUIRE_OK(engineA.pull(0));
    VARDE_REQUIRE_OK(engineB.pull(0));

    CHECK(server.count("SELECT count(*) FROM acknowledgement WHERE finding_id = $1", { finding })
        == 2);
    for (auto *ws : { &a, &b }) {
        INFO((ws == &a ? "workstation A" : "workstation B"));
        // Handled once: nothing open, and the finding is not counted twice.
        const auto list = worklistOf(*ws);
        const auto &row = rowFor(list, ws->patient.meta.id);
        CHECK(test::openFindingIds(row).empty());
        CHECK(std::count_if(row.result.findings.begin(), row.result.findings.end(),
                  [&](const auto &f) { return f.id == finding; })
            == 1);
        // The record shows the first and lists the second, each with its nurse's name.
        auto record = worklist::loadPatientRecord(*ws->store, ws->patient.meta.id, time::now());
        VARDE_REQUIRE_OK(record);
        const auto &acks = record->acknowledgements[finding];
        REQUIRE(acks.size() == 2);
        CHECK(acks[0].action == "called_patient");
        CHECK(acks[0].note == "Ringte, rolig nå");
        CHECK(acks[0].atMillis == at - 60'000);
        CHECK(acks[1].action == "advised_per_plan");
        CHECK(acks[1].note == "Veiledet etter planen");
        CHECK(acks[1].atMillis == at);
        CHECK_FALSE(acks[0].byName.empty());
        CHECK_FALSE(acks[1].byName.empty());
        CHECK(acks[0].byName != acks[1].byName);
    }
    // The other workstation names Ola as the server knows him.
    auto onA = worklist::loadPatientRecord(*a.store, a.patient.meta.id, time::now());
    VARDE_REQUIRE_OK(onA);
    CHECK(onA->acknowledgements[finding][1].byName == "Ola Brekke");
}
