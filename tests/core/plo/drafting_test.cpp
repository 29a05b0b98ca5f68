// Drafting a message to the GP from the store: the parties come from the patient's service, GP
// and the signed-in nurse; the problem, table and plan text from the open findings; the draft
// composes, validates and reads back. What the store lacks is named.
#include "core/plo/compose.h"
#include "core/plo/drafting.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"
#include "tests/core/plo/plo_practice.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace varde;
using namespace varde::test;
using plo_test::bundled;
using plo_test::Practice;

namespace
{

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("drafting: a red SpO2 becomes a valid message to the GP", "[plo][drafting]")
{
    const auto kind
        = GENERATE(plo::OutgoingKind::DialogForesporsel, plo::OutgoingKind::HelsefagligDialog);
    Practice practice;
    auto &clinic = practice.clinic;
    const auto patient = practice.addPatient();
    clinic.addSpo2(patient.meta.id, 97, osloAt(8, 0, -3)); // older than 48 hours
    clinic.addSpo2(patient.meta.id, 95, osloAt(8, 0, -1));
    clinic.addSpo2(patient.meta.id, 86, osloAt(8, 14));
    clinic.addMeasurement(patient.meta.id, domain::KindId::Pulse, 72, osloAt(8, 15));
    const auto now = osloAt(10, 0);

    auto draft = plo::draftForPatient(clinic.store(), patient.meta.id, kind, now);
    VARDE_REQUIRE_OK(draft);
    CHECK(draft->kind == kind);
    CHECK(draft->genDate == now);
    CHECK(draft->sender.organisationName == "Hjemmeoppfølging Molde");
    CHECK(draft->sender.organisationHerId == "99387");
    CHECK(draft->sender.nurseName == kari.displayName);
    CHECK(draft->sender.nursePhone == kari.phone);
    CHECK(draft->receiver.gpName == "Rita Lin");
    CHECK(draft->receiver.gpHerId == "91101");
    CHECK(draft->receiver.practiceName == "Kattskinnet legesenter");
    CHECK(draft->receiver.practiceHerId == "91096");
    CHECK(draft->patient.nationalId == patient.nationalId);
    CHECK(draft->patient.givenName == "Line");
    CHECK(draft->patient.familyName == "Danser");

    const auto &content = draft->content;
    CHECK(content.problem == "SpO2 86 % er under rød grense 88 % (målt 08:14).");
    // Only the kind of the open finding, of the last 48 hours, oldest first.
    CHECK(content.measurements == "29.03 08:00  SpO2  95 %\n30.03 08:14  SpO2  86 %");
    CHECK(contains(content.plan, "Rød sone"));
    CHECK(contains(content.plan, plan::standardContent().actions(plan::Zone::Red).service));
    CHECK(contains(content.plan, "Start prednisolon 30 mg i 5 dager"));
    CHECK(content.actionsTaken.empty());
    CHECK(content.medication.empty());
    CHECK(content.question == plo::draftDefaultQuestion);

    auto xml = plo::composeMessage(*draft);
    VARDE_REQUIRE_OK(xml);
    auto valid = plo::validateDocument(*xml, bundled());
    INFO(*xml);
    VARDE_REQUIRE_OK(valid);
    CHECK(valid->type == plo::outgoingTypeCode(kind));

    auto doc = plo::readDocument(*xml);
    VARDE_REQUIRE_OK(doc);
    REQUIRE(doc->patient);
    CHECK(doc->patient->id == patient.nationalId);
    REQUIRE(doc->receiver.person);
    CHECK(doc->receiver.person->herId == "91101");
    CHECK(doc->receiver.organisation.herId == "91096");
    CHECK(doc->sender.organisation.herId == "99387");
    CHECK(contains(doc->text(), "SpO2 86 % er under rød grense"));
    CHECK(contains(doc->text(), "30.03 08:14"));
    CHECK_FALSE(contains(doc->text(), "97 %"));
}

TEST_CASE("drafting: the worst findings first, acknowledged actions of the last two days",
    "[plo][drafting]")
{
    Practice practice;
    auto &clinic = practice.clinic;
    const auto patient = practice.addPatient();
    clinic.addSpo2(patient.meta.id, 90, osloAt(7, 0, -1)); // yellow yesterday
    const auto yesterday = rowOf(clinic.build(osloAt(9, 0, -1)), patient.meta.id);
    VARDE_REQUIRE_OK(
        worklist::acknowledgeFindings(clinic.store(), patient.meta.id, openFindingIds(yesterday),
            worklist::AckAction::CalledPatient, "Ny måling i morgen", millisAt(9, 30, -1)));
    clinic.addSpo2(patient.meta.id, 91, osloAt(8, 0)); // yellow
    clinic.addMeasurement(patient.meta.id, domain::KindId::Pulse, 125, osloAt(8, 1)); // red
    clinic.addMeasurement(patient.meta.id, domain::KindId::Pulse, 104, osloAt(8, 30)); // yellow

    auto draft = plo::draftForPatient(
        clinic.store(), patient.meta.id, plo::OutgoingKind::DialogForesporsel, osloAt(10, 0));
    VARDE_REQUIRE_OK(draft);
    const auto &content = draft->content;
    CHECK(content.problem
        == "Puls 125 /min er over rød grense 120 /min (målt 08:01); SpO2 91 % er under gul "
           "grense 92 % (målt 08:00); og 1 annet åpent funn.");
    CHECK(contains(content.measurements, "30.03 08:01  Puls  125 /min"));
    CHECK(contains(content.measurements, "29.03 07:00  SpO2  90 %"));
    CHECK(content.actionsTaken
        == "29.03 09:30  Ringte pasienten (Kari Nordmann): Ny måling i morgen");
    CHECK(contains(content.plan, "Rød sone"));
    VARDE_REQUIRE_OK(plo::composeMessage(*draft));
}

TEST_CASE("drafting: no open findings is an update with every kind", "[plo][drafting]")
{
    Practice practice;
    auto &clinic = practice.clinic;
    const auto patient = practice.addPatient();
    clinic.addSpo2(patient.meta.id, 96, osloAt(8, 0));
    clinic.addMeasurement(patient.meta.id, domain::KindId::Pulse, 70, osloAt(8, 1));

    auto draft = plo::draftForPatient(
        clinic.store(), patient.meta.id, plo::OutgoingKind::HelsefagligDialog, osloAt(10, 0));
    VARDE_REQUIRE_OK(draft);
    CHECK(draft->content.problem == plo::draftNoFindingsProblem);
    CHECK(draft->content.measurements == "30.03 08:00  SpO2  96 %\n30.03 08:01  Puls  70 /min");
    CHECK(contains(draft->content.plan, "Grønn sone"));
    auto xml = plo::composeMessage(*draft);
    VARDE_REQUIRE_OK(xml);
    VARDE_REQUIRE_OK(plo::validateDocument(*xml, bundled()));
}

TEST_CASE("drafting: what the store lacks is named", "[plo][drafting]")
{
    Practice practice;
    auto &store = practice.clinic.store();

    const auto withoutGp = practice.addPatient(false);
    auto draft = plo::draftForPatient(
        store, withoutGp.meta.id, plo::OutgoingKind::DialogForesporsel, osloAt(10, 0));
    REQUIRE_FALSE(draft);
    CHECK(draft.error().code == ErrorCode::InvalidArgument);
    CHECK(draft.error().detail == "patient.gp: none registered");

    draft = plo::draftForPatient(
        store, "no-such-patient", plo::OutgoingKind::DialogForesporsel, osloAt(10, 0));
    REQUIRE_FALSE(draft);
    CHECK(draft.error().detail == "patient: not found");

    // The Clinic's own GP has no HER-id: the draft is made, composing names the field.
    const auto other = practice.clinic.addPatient("Per", "Hansen");
    draft = plo::draftForPatient(store, other, plo::OutgoingKind::DialogForesporsel, osloAt(10, 0));
    VARDE_REQUIRE_OK(draft);
    const auto xml = plo::composeMessage(*draft);
    REQUIRE_FALSE(xml);
    CHECK(contains(xml.error().detail, "her_id: missing"));
}
