// Enrolment, contact, reassignment and ending over a real encrypted store: what a nurse does to
// bring a patient into follow-up and out of it again, each step in one transaction, audited.
#include "core/enrolment/caseload.h"
#include "core/enrolment/follow_up.h"
#include "core/enrolment/link_code.h"
#include "core/plan/trial.h"
#include "tests/core/worklist/worklist_fixture.h"

#include <catch2/catch.hpp>

using namespace varde;
using namespace varde::test;
using namespace varde::enrolment;

namespace
{

const auto enrolDay = 2026y / March / 9; // a Monday, three weeks before the judged day

std::int64_t enrolMillis()
{
    return time::toEpochMillis(time::fromOslo(enrolDay, std::chrono::hours { 10 }));
}

struct Ward {
    Clinic clinic;
    std::string gpId;
    std::string nurseId;

    Ward()
    {
        auto gps = store::PatientRepository(clinic.store()).gps();
        VARDE_REQUIRE_OK(gps);
        gpId = gps->front().meta.id;
        nurseId = clinic.store().user().meta.id;
    }

    EnrolmentForm form(const std::string &nationalId) const
    {
        EnrolmentForm f;
        f.nationalId = nationalId;
        f.givenName = "Solveig";
        f.familyName = "Ås";
        f.address = "Fjordgata 3";
        f.postalCode = "6413";
        f.city = "Molde";
        f.municipality = "Molde";
        f.phoneMobile = "+47 912 34 567";
        f.contacts = { { "Per Ås", "sønn", "913 45 678", true, true } };
        f.gpId = gpId;
        f.diagnoses = { { domain::CodeSystem::Icd10, "J44.1",
            "Kronisk obstruktiv lungesykdom med akutt forverring" } };
        f.referralSource = ReferralSource::Hospital;
        f.referrerName = "Lungeavdelingen, Molde sjukehus";
        f.referralDate = 2026y / March / 2;
        f.responsibleNurseId = nurseId;
        f.schedule
            = { { "spo2", domain::everyDay, 11 * 60 }, { "pulse", domain::everyDay, 11 * 60 } };
        return f;
    }

    store::EncryptedStore &store() { return clinic.store(); }
};

const std::string solveig = fodselsnummer(1944y / June / 12);

std::vector<std::string> fieldsOf(const std::vector<FieldError> &errors)
{
    std::vector<std::string> out;
    for (const auto &e : errors)
        out.push_back(e.field);
    return out;
}

} // namespace

TEST_CASE("each field of the enrolment form says what is wrong", "[enrolment][form]")
{
    Ward ward;
    const auto today = 2026y / March / 9;
    CHECK(validateForm(ward.form(solveig), today).empty());

    auto f = ward.form("12064412345");
    f.givenName = " ";
    f.postalCode = "641";
    f.phoneMobile = "91234";
    f.contacts[0].phone = "";
    f.diagnoses[0].code = "J441";
    f.referralDate = 2026y / March / 20;
    f.trialWeeks = 6;
    f.schedule.clear();
    f.gpId.clear();
    const auto errors = validateForm(f, today);
    CAPTURE(fieldsOf(errors));
    CHECK(fieldsOf(errors)
        == std::vector<std::string> { "national_id", "given_name", "postal_code", "phone_mobile",
            "contacts[0].phone", "gp", "diagnoses[0].code", "referral_date", "schedule",
            "trial_weeks" });
    CHECK(errors[0].message
        == "Fødselsnummeret har feil kontrollsiffer; sjekk at det er skrevet riktig");
    CHECK(errors[3].message == "Mobilnummeret må ha 8 sifre");
    CHECK(errors[6].message == "Diagnosekoden må være en ICD-10-kode som J44.1");
    CHECK(errors[7].problem == FieldProblem::InFuture);

    f = ward.form(solveig);
    f.phoneMobile.clear();
    CHECK(fieldsOf(validateForm(f, today)) == std::vector<std::string> { "phone_mobile" });
    f.phoneHome = "71 21 22 23";
    CHECK(validateForm(f, today).empty());

    CHECK(isDiagnosisCode(domain::CodeSystem::Icpc2, "R95"));
    CHECK_FALSE(isDiagnosisCode(domain::CodeSystem::Icpc2, "R95.1"));
    CHECK(isDiagnosisCode(domain::CodeSystem::Icd10, "I50"));
    CHECK(isPhoneNumber("0047 91234567"));
    CHECK_FALSE(isPhoneNumber("9123456a"));
}

TEST_CASE("enrolment writes everything at once and starts the trial period", "[enrolment]")
{
    Ward ward;
    const auto before = count(ward.store(), "SELECT count(*) FROM patient");
    auto bad = ward.form(solveig);
    bad.diagnoses[0].code = "lunger";
    const auto refused = enrol(ward.store(), ward.clinic.serviceId(), bad, enrolMillis());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().detail.rfind("diagnoses[0].code", 0) == 0);
    CHECK(count(ward.store(), "SELECT count(*) FROM patient") == before);

    const auto done
        = enrol(ward.store(), ward.clinic.serviceId(), ward.form(solveig), enrolMillis());
    VARDE_REQUIRE_OK(done);
    CHECK_FALSE(done->reenrolled);
    CHECK(isLinkCode(done->linkCode.code));
    CHECK(done->linkCode.expiresAtMillis == enrolMillis() + linkCodeLifetimeMillis);
    const auto found
        = findByNationalId(ward.store(), solveig.substr(0, 6) + " " + solveig.substr(6));
    VARDE_REQUIRE_OK(found);
    REQUIRE(*found);
    CHECK((*found)->meta.id == done->patientId);
    CHECK((*found)->status == domain::FollowUpStatus::Trial);
    CHECK(count(ward.store(),
              "SELECT count(*) FROM measurement_schedule WHERE patient_id = '" + done->patientId
                  + "'")
        == 2);
    CHECK(count(ward.store(),
              "SELECT count(*) FROM contact_person WHERE helps_measure = 1 AND patient_id = '"
                  + done->patientId + "'")
        == 1);
    CHECK(auditCount(ward.store(), store::audit::patientEnrolled, done->patientId) == 1);
    CHECK(auditCount(ward.store(), store::audit::linkCodeCreated, done->patientId) == 1);

    // In the worklist: judged by the default set, in the trial period with days left.
    ward.clinic.addDefaultSet();
    const auto list = ward.clinic.build(osloAt(12, 0, -14)); // 16 March: day 8 of 21
    const auto &row = rowOf(list, done->patientId);
    CHECK_FALSE(row.personalPlan);
    REQUIRE(row.trial);
    CHECK(row.trial->running);
    CHECK(row.trial->daysLeft == 13);
    CHECK_FALSE(row.trial->planReminder);
    const auto late = rowOf(ward.clinic.build(osloAt(12, 0, -3)), done->patientId); // 27 March
    REQUIRE(late.trial);
    CHECK(late.trial->daysLeft == 2);
    CHECK(late.trial->planReminder);
}

TEST_CASE("a patient already in follow-up is found, not enrolled twice", "[enrolment]")
{
    Ward ward;
    const auto first
        = enrol(ward.store(), ward.clinic.serviceId(), ward.form(solveig), enrolMillis());
    VARDE_REQUIRE_OK(first);
    auto again = ward.form(solveig);
    again.givenName = "Solveig Marie";
    const auto twice = enrol(ward.store(), ward.clinic.serviceId(), again, enrolMillis() + 1000);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Duplicate);
    CHECK(twice.error().detail.find(first->patientId) != std::string::npos);
    CHECK(
        count(ward.store(), "SELECT count(*) FROM patient WHERE given_name LIKE 'Solveig%'") == 1);
}

TEST_CASE("the trial period's state and reminder follow the calendar", "[enrolment][trial]")
{
    const auto start = enrolMillis();
    const auto day = [&](int n) { return start + n * 24 * 3600 * 1000LL; };
    CHECK(plan::trialState(start, 3, start, false).daysLeft == 20);
    CHECK(plan::trialState(start, 3, day(16), false).planReminder == false);
    CHECK(plan::trialState(start, 3, day(17), false).planReminder == true); // 3 days left
    CHECK(plan::trialState(start, 3, day(18), true).planReminder == false); // plan sent
    CHECK(plan::trialState(start, 3, day(20), false).running);
    CHECK_FALSE(plan::trialState(start, 3, day(21), false).running);
    CHECK(plan::trialState(start, 2, day(13), false).daysLeft == 0);
}

TEST_CASE("contact details change with their history, and the nurse can be changed",
    "[enrolment][contact]")
{
    Ward ward;
    const auto done
        = enrol(ward.store(), ward.clinic.serviceId(), ward.form(solveig), enrolMillis());
    VARDE_REQUIRE_OK(done);
    ContactDetails details { "Storgata 1", "6413", "Molde", "Molde", "912 34 999", "", {} };
    details.contacts = { { "Per Ås", "sønn", "913 45 678", true, false },
        { "Hjemmesykepleien Molde", "hjemmetjenesten", "71 11 12 13", false, true } };
    const auto refusedDetails = [&] {
        auto wrong = details;
        wrong.phoneMobile = "12";
        return updateContactDetails(ward.store(), done->patientId, wrong, enrolMillis() + 500);
    }();
    REQUIRE_FALSE(refusedDetails);
    CHECK(refusedDetails.error().code == ErrorCode::InvalidArgument);
    CHECK(contactHistory(ward.store(), done->patientId)->empty());

    VARDE_REQUIRE_OK(
        updateContactDetails(ward.store(), done->patientId, details, enrolMillis() + 1000));
    const auto history = contactHistory(ward.store(), done->patientId);
    VARDE_REQUIRE_OK(history);
    REQUIRE(history->size() == 3); // address, mobile, relatives
    const auto phone = std::find_if(history->begin(), history->end(),
        [](const ContactChange &c) { return c.field == "phone_mobile"; });
    REQUIRE(phone != history->end());
    CHECK(phone->oldValue == "+47 912 34 567");
    CHECK(phone->newValue == "912 34 999");
    CHECK(phone->changedByName == "Kari Nordmann");
    CHECK(count(ward.store(),
              "SELECT count(*) FROM contact_person WHERE deleted = 0 AND patient_id = '"
                  + done->patientId + "'")
        == 2);

    auto ingrid = ward.store().addUser(
        { "ingrid", "Ingrid Sætre", domain::Role::Nurse, "" }, "ingrid-passord", testKdf);
    VARDE_REQUIRE_OK(ingrid);
    VARDE_REQUIRE_OK(
        reassignNurse(ward.store(), done->patientId, ingrid->meta.id, enrolMillis() + 2000));
    CHECK(scalar(ward.store(),
              "SELECT responsible_nurse_id FROM patient WHERE id = '" + done->patientId + "'")
        == ingrid->meta.id);
    CHECK(auditCount(ward.store(), store::audit::nurseReassigned, done->patientId) == 1);
    const auto gp = ward.store().addUser(
        { "turid", "Turid Moe", domain::Role::Gp, "" }, "turid-passord", testKdf);
    VARDE_REQUIRE_OK(gp);
    const auto notNurse = reassignNurse(ward.store(), done->patientId, gp->meta.id, enrolMillis());
    REQUIRE_FALSE(notNurse);

    // The caseload counts her under Ingrid now.
    ward.clinic.addDefaultSet();
    const auto nurses = nursesOf(ward.store());
    VARDE_REQUIRE_OK(nurses);
    const auto rows = caseload(ward.clinic.build(osloAt(12, 0, -14)), *nurses);
    const auto of = [&](const std::string &name) {
        return std::find_if(
            rows.begin(), rows.end(), [&](const CaseloadRow &r) { return r.nurseName == name; });
    };
    REQUIRE(of("Ingrid Sætre") != rows.end());
    CHECK(of("Ingrid Sætre")->patients == 1);
    CHECK(of("Ingrid Sætre")->inTrial == 1);
    CHECK(of("Kari Nordmann")->patients == 0);
}

TEST_CASE("ending needs open findings handled, then the patient leaves the worklist and is "
          "removed after the retention period",
    "[enrolment][end]")
{
    Ward ward;
    ward.clinic.addDefaultSet();
    const auto done
        = enrol(ward.store(), ward.clinic.serviceId(), ward.form(solveig), enrolMillis());
    VARDE_REQUIRE_OK(done);
    ward.clinic.addSpo2(done->patientId, 86, osloAt(8, 0));
    const auto now = millisAt(12);
    CHECK(statusOf(ward.clinic.build(osloAt(12)), done->patientId) == triage::Level::Red);

    const auto refused
        = endFollowUp(ward.store(), done->patientId, EndReason::GoalsMet, "", false, now);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::WrongState);
    CHECK(refused.error().detail.find("2 open findings") != std::string::npos);
    CHECK(scalar(ward.store(), "SELECT status FROM patient WHERE id = '" + done->patientId + "'")
        == "trial");
    const auto noNote
        = endFollowUp(ward.store(), done->patientId, EndReason::Other, " ", true, now);
    REQUIRE_FALSE(noNote);
    CHECK(noNote.error().code == ErrorCode::InvalidArgument);

    VARDE_REQUIRE_OK(endFollowUp(ward.store(), done->patientId, EndReason::LongTermCare,
        "Flyttet til Bergmo sykehjem", true, now));
    CHECK(count(ward.store(),
              "SELECT count(*) FROM acknowledgement WHERE patient_id = '" + done->patientId
                  + "' AND action = 'no_action_needed'")
        == 2); // the red SpO2 and the pulse missing since 11:00
    const auto list = ward.clinic.build(osloAt(13));
    CHECK(std::none_of(list.rows.begin(), list.rows.end(),
        [&](const worklist::WorklistRow &r) { return r.patientId() == done->patientId; }));
    const auto periods = enrolments(ward.store(), done->patientId);
    VARDE_REQUIRE_OK(periods);
    REQUIRE(periods->size() == 1);
    CHECK(periods->front().endReason == EndReason::LongTermCare);
    CHECK(periods->front().endNote == "Flyttet til Bergmo sykehjem");
    CHECK(auditCount(ward.store(), store::audit::followUpEnded, done->patientId) == 1);
    CHECK(endFollowUp(ward.store(), done->patientId, EndReason::Moved, "", true, now).error().code
        == ErrorCode::WrongState);

    // Still readable within the retention period (180 days by default) …
    const auto day = 24 * 3600 * 1000LL;
    VARDE_REQUIRE_OK(purgeEndedPatients(ward.store(), now + 179 * day));
    CHECK(count(ward.store(),
              "SELECT count(*) FROM measurement WHERE patient_id = '" + done->patientId + "'")
        == 1);
    // … and removed after it, leaving a tombstone without identity.
    const auto purged = purgeEndedPatients(ward.store(), now + 181 * day);
    VARDE_REQUIRE_OK(purged);
    CHECK(*purged == 1);
    CHECK(count(ward.store(),
              "SELECT count(*) FROM measurement WHERE patient_id = '" + done->patientId + "'")
        == 0);
    CHECK(scalar(ward.store(),
              "SELECT deleted || ':' || national_id || given_name FROM patient WHERE id = '"
                  + done->patientId + "'")
        == "1:");
    CHECK(count(ward.store(),
              "SELECT count(*) FROM outbox WHERE entity = 'patient' AND op = 'delete'")
        == 1);
    CHECK(auditCount(ward.store(), store::audit::patientPurged, done->patientId) == 1);
}

TEST_CASE("an ended patient enrolled again keeps the old history linked", "[enrolment]")
{
    Ward ward;
    ward.clinic.addDefaultSet();
    const auto first
        = enrol(ward.store(), ward.clinic.serviceId(), ward.form(solveig), enrolMillis());
    VARDE_REQUIRE_OK(first);
    ward.clinic.addSpo2(first->patientId, 95, osloAt(8, 0, -10));
    VARDE_REQUIRE_OK(endFollowUp(
        ward.store(), first->patientId, EndReason::Moved, "", true, millisAt(9, 0, -5)));

    auto back = ward.form(solveig);
    back.address = "Nygata 8";
    back.referralSource = ReferralSource::Gp;
    back.referrerName = "Turid Moe";
    const auto second = enrol(ward.store(), ward.clinic.serviceId(), back, millisAt(9));
    VARDE_REQUIRE_OK(second);
    CHECK(second->reenrolled);
    CHECK(second->patientId == first->patientId);
    CHECK(second->enrolmentId != first->enrolmentId);
    const auto periods = enrolments(ward.store(), first->patientId);
    VARDE_REQUIRE_OK(periods);
    REQUIRE(periods->size() == 2);
    CHECK(periods->at(0).endReason == EndReason::Moved);
    CHECK_FALSE(periods->at(1).endedAtMillis);
    CHECK(count(ward.store(),
              "SELECT count(*) FROM measurement WHERE patient_id = '" + first->patientId + "'")
        == 1);
    CHECK(scalar(ward.store(),
              "SELECT status || ' ' || address FROM patient WHERE id = '" + first->patientId + "'")
        == "trial Nygata 8");
    CHECK(count(ward.store(),
              "SELECT count(*) FROM measurement_schedule WHERE deleted = 0 AND patient_id = '"
                  + first->patientId + "'")
        == 2);
    CHECK(auditCount(ward.store(), store::audit::patientReenrolled, first->patientId) == 1);
    // The old link code no longer works; the new one does.
    const auto code = currentLinkCode(ward.store(), first->patientId);
    VARDE_REQUIRE_OK(code);
    REQUIRE(*code);
    CHECK((*code)->code == second->linkCode.code);
    CHECK(count(ward.store(),
              "SELECT count(*) FROM link_code WHERE expires_at > " + std::to_string(millisAt(9)))
        == 1);
}
