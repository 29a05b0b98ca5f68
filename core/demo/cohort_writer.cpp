#include "core/demo/cohort_writer.h"

#include "core/common/hex.h"
#include "core/demo/messages.h"
#include "core/demo/random.h"
#include "core/enrolment/follow_up.h"
#include "core/plan/plan_repository.h"
#include "core/store/measurement_repository.h"
#include "core/store/patient_repository.h"
#include "core/time/civil_time.h"
#include "core/worklist/acknowledgement.h"
#include "core/worklist/worklist.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <map>

namespace varde::demo
{
namespace
{

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

Result<int> writePlans(store::EncryptedStore &store, const Cohort &cohort)
{
    int personal = 0;
    const auto firstDay = std::chrono::sys_days { cohort.options.endDate }
        - std::chrono::days { cohort.options.days - 1 };
    const auto &nurse = store.user();
    for (const auto &demoPlan : cohort.plans) {
        plan::PlanVersion version;
        version.id = demoPlan.id;
        version.origin = domain::Origin::Demo;
        version.rules = demoPlan.rules;
        version.content = demoPlan.content;
        version.serviceId = cohort.service.meta.id;
        version.createdBy = nurse.meta.id;
        version.createdByName = nurse.displayName;
        const auto decided = time::toEpochMillis(time::fromOslo(
            std::chrono::year_month_day { firstDay + std::chrono::days { demoPlan.approvedDay } },
            std::chrono::hours { 14 }));
        version.createdAtMillis = decided - 3 * 24 * 3600 * 1000LL;
        version.submittedBy = nurse.meta.id;
        version.submittedAtMillis = decided - 2 * 24 * 3600 * 1000LL;
        version.updatedAtMillis = decided;
        std::string approver = "Dr. Kristin Lie (medisinskfaglig ansvarlig)";
        if (demoPlan.patientIndex >= 0) {
            const auto &patient = cohort.patients[std::size_t(demoPlan.patientIndex)];
            version.patientId = patient.meta.id;
            version.baseVersionId = cohort.plans.front().id;
            for (const auto &gp : cohort.gps)
                if (gp.meta.id == patient.gpId)
                    approver = gp.name + " (fastlege)";
        }
        plan::Approval approval;
        approval.byName = approver;
        approval.atMillis = decided;
        approval.recordedAtMillis = decided;
        switch (demoPlan.state) {
        case DemoPlanState::Active:
            version.status = plan::PlanStatus::Active;
            version.approval = approval;
            break;
        case DemoPlanState::ActiveByPhone:
            version.status = plan::PlanStatus::Active;
            approval.method = plan::ApprovalMethod::Phone;
            approval.reference = demoPlan.comment;
            approval.recordedById = nurse.meta.id;
            approval.recordedByName = nurse.displayName;
            version.approval = approval;
            break;
        case DemoPlanState::AwaitingApproval:
            version.status = plan::PlanStatus::AwaitingApproval;
            version.updatedAtMillis = *version.submittedAtMillis;
            break;
        case DemoPlanState::Rejected:
            version.status = plan::PlanStatus::Rejected;
            version.reviewedByName = approver;
            version.reviewedAtMillis = decided;
            version.reviewComment = demoPlan.comment;
            break;
        }
        if (version.status == plan::PlanStatus::Active && demoPlan.patientIndex >= 0)
            ++personal;
        if (auto ok = plan::insertPlanVersion(store, version); !ok)
            return fail(ok.error());
    }
    return personal;
}

// Referrals for everyone, then reassignments and endings as the nurses made them.
Result<> writeHistory(
    store::EncryptedStore &store, const Cohort &cohort, const std::vector<std::string> &nurseIds)
{
    std::vector<enrolment::PastEnrolment> past;
    for (const auto &r : cohort.referrals) {
        const auto &p = cohort.patients[std::size_t(r.patientIndex)];
        past.push_back({ p.meta.id,
            enrolment::referralSourceFromKey(r.source).value_or(enrolment::ReferralSource::Other),
            r.referrer, r.date, p.enrolledAtMillis, enrolment::defaultTrialWeeks });
    }
    if (auto ok = enrolment::recordPastEnrolments(store, past); !ok)
        return ok;
    for (const auto &r : cohort.reassignments)
        if (auto ok
            = enrolment::reassignNurse(store, cohort.patients[std::size_t(r.patientIndex)].meta.id,
                nurseIds[std::size_t(cohort.nurseOfPatient[std::size_t(r.patientIndex)])],
                r.atMillis);
            !ok)
            return ok;
    for (const auto &e : cohort.endings)
        if (auto ok
            = enrolment::endFollowUp(store, cohort.patients[std::size_t(e.patientIndex)].meta.id,
                enrolment::endReasonFromKey(e.reason).value_or(enrolment::EndReason::Other),
                e.note.empty() && e.reason == "other" ? "Avsluttet" : e.note, true, e.atMillis);
            !ok)
            return ok;
    return {};
}

worklist::AckAction actionFor(triage::Level level, Random &r)
{
    switch (level) {
    case triage::Level::Red:
        return r.chance(0.6) ? worklist::AckAction::ContactedGp
                             : worklist::AckAction::CalledPatient;
    case triage::Level::Yellow:
        return r.chance(0.5) ? worklist::AckAction::CalledPatient
                             : worklist::AckAction::AdvisedPerPlan;
    case triage::Level::Suspect:
        return worklist::AckAction::AskedNewMeasurement;
    case triage::Level::Missing:
        return r.chance(0.7) ? worklist::AckAction::CalledPatient
                             : worklist::AckAction::NoActionNeeded;
    case triage::Level::Green:
        break;
    }
    return worklist::AckAction::NoActionNeeded;
}

// Past day shifts: every finding from before the last day was seen and acted on, a few hours
// after it arose.
Result<int> acknowledgeHistory(store::EncryptedStore &store, const Cohort &cohort)
{
    const auto now = demoNow(cohort.options);
    auto list = worklist::buildWorklist(store, now);
    if (!list)
        return fail(list.error());
    const auto todayStart = time::toEpochMillis(time::osloStartOfDay(cohort.options.endDate));
    const Random root(cohort.options.seed);
    int acknowledged = 0;
    for (const auto &row : list->rows) {
        Random r = root.fork("acknowledgements/" + row.patientId());
        // One acknowledgement per finding, grouped by level and day as a nurse would work.
        std::map<std::pair<int, std::int64_t>, std::vector<const triage::Finding *>> groups;
        for (const auto &f : row.result.findings) {
            const auto at = time::toEpochMillis(f.reason.time);
            if (!f.open || at >= todayStart)
                continue;
            const auto day
                = time::toEpochMillis(time::osloStartOfDay(time::osloDate(f.reason.time)));
            groups[{ static_cast<int>(f.level()), day }].push_back(&f);
        }
        for (const auto &[key, findings] : groups) {
            std::vector<std::string> ids;
            std::int64_t latest = 0;
            for (const auto *f : findings) {
                ids.push_back(f->id);
                latest = std::max(latest, time::toEpochMillis(f->reason.time));
            }
            const auto level = static_cast<triage::Level>(key.first);
            const auto at
                = std::min(latest + r.integer(45, 240) * 60 * 1000LL, todayStart - 60 * 1000LL);
            static const char *notes[] = { "", "Avtalt ny måling i morgen.",
                "Pasienten har det bedre.", "Følger plan for gul sone.", "Fastlege orientert." };
            if (auto ok = worklist::acknowledgeFindings(
                    store, row.patientId(), ids, actionFor(level, r), notes[r.integer(0, 4)], at);
                !ok)
                return fail(ok.error());
            acknowledged += int(ids.size());
        }
    }
    return acknowledged;
}

} // namespace

time::Instant demoNow(const CohortOptions &options)
{
    return time::fromOslo(options.endDate, std::chrono::minutes { 10 * 60 + 30 });
}

Result<WriteSummary> writeCohort(store::EncryptedStore &store,
    const Cohort &cohort,
    std::string_view password,
    crypto::KdfParams kdf)
{
    store::PatientRepository patients(store);
    store::MeasurementRepository measurements(store);
    if (auto ok = patients.insertService(cohort.service); !ok)
        return fail(ok.error());
    for (const auto &gp : cohort.gps)
        if (auto ok = patients.insertGp(gp); !ok)
            return fail(ok.error());

    std::vector<std::string> nurseIds { store.user().meta.id };
    for (std::size_t n = 1; n < cohort.nurses.size(); ++n) {
        auto user = store.addUser({ cohort.nurses[n].login, cohort.nurses[n].displayName,
                                      domain::Role::Nurse, cohort.nurses[n].phone },
            password, kdf);
        if (!user)
            return fail(user.error());
        nurseIds.push_back(user->meta.id);
    }
    // Two doctors who can sign in on the demo PC: the first GP (approves plans of their own and
    // other patients) and the service's medical lead (approves the default rule set).
    auto gpUser = store.addUser(
        { "lege", cohort.gps.front().name, domain::Role::Gp, cohort.gps.front().phone }, password,
        kdf);
    if (!gpUser)
        return fail(gpUser.error());
    auto lead
        = store.addUser({ "kristin", "Dr. Kristin Lie", domain::Role::Gp, {} }, password, kdf);
    if (!lead)
        return fail(lead.error());
    if (auto ok = plan::setMedicalLead(store, cohort.service.meta.id, lead->meta.id); !ok)
        return fail(ok.error());
    std::map<int, int> formerNurse; // patients reassigned later start with their former nurse
    for (const auto &r : cohort.reassignments)
        formerNurse[r.patientIndex] = r.fromNurse;
    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        auto patient = cohort.patients[i];
        const auto former = formerNurse.find(int(i));
        patient.responsibleNurseId = nurseIds[std::size_t(
            former != formerNurse.end() ? former->second : cohort.nurseOfPatient[i])];
        if (auto ok = patients.insert(patient); !ok)
            return fail(ok.error());
    }
    if (auto ok = patients.insertSchedule(cohort.schedule); !ok)
        return fail(ok.error());
    if (auto ok = measurements.insert(cohort.measurements); !ok)
        return fail(ok.error());
    if (auto ok = measurements.insertAnswers(cohort.answers); !ok)
        return fail(ok.error());
    auto personal = writePlans(store, cohort);
    if (!personal)
        return fail(personal.error());
    if (auto ok = writeHistory(store, cohort, nurseIds); !ok)
        return fail(ok.error());
    auto acknowledged = acknowledgeHistory(store, cohort);
    if (!acknowledged)
        return fail(acknowledged.error());
    const plo::SchemaSet schemas(plo::defaultSchemaDirectory());
    auto messages = writeMessages(store, cohort, demoNow(cohort.options), schemas);
    if (!messages)
        return fail(messages.error());
    return WriteSummary { int(cohort.patients.size()), std::int64_t(cohort.measurements.size()),
        std::int64_t(cohort.answers.size()), *personal, *acknowledged, *messages };
}

Result<std::string> logicalContent(store::EncryptedStore &store)
{
    store::PatientRepository patientRepository(store);
    store::MeasurementRepository measurementRepository(store);
    auto patients = patientRepository.all();
    if (!patients)
        return fail(patients.error());
    auto gps = patientRepository.gps();
    if (!gps)
        return fail(gps.error());
    auto schedules = patientRepository.schedules();
    if (!schedules)
        return fail(schedules.error());
    std::map<std::string, std::string> gpNames;
    for (const auto &gp : *gps)
        gpNames[gp.meta.id] = gp.name + " " + gp.herId + " " + gp.practiceName;

    std::sort(patients->begin(), patients->end(),
        [](const auto &a, const auto &b) { return a.nationalId < b.nationalId; });
    std::string out;
    for (const auto &p : *patients) {
        out += "patient " + p.meta.id + " " + p.nationalId + " " + p.givenName + " " + p.familyName
            + " " + time::formatIsoDate(p.birthDate) + " " + std::string(domain::sexKey(p.sex))
            + " " + p.address + ", " + p.postalCode + " " + p.city + " (" + p.municipality + ") "
            + p.phoneMobile + "/" + p.phoneHome + " gp=" + gpNames[p.gpId]
            + " status=" + std::string(domain::followUpStatusKey(p.status))
            + " enrolled=" + std::to_string(p.enrolledAtMillis) + "\n";
        for (const auto &d : p.diagnoses)
            out += "  diagnosis " + d.code + " " + d.text + (d.primary ? " primary" : "") + "\n";
        for (const auto &c : p.contacts)
            out += "  contact " + c.name + " " + c.relation + " " + c.phone
                + (c.helpsMeasure ? " helps" : "") + "\n";
        for (const auto &s : *schedules)
            if (s.patientId == p.meta.id)
                out += "  schedule " + s.item + " " + std::to_string(s.daysOfWeek) + " "
                    + std::to_string(s.dueByMinute.value_or(-1)) + "\n";
        auto values = measurementRepository.forPatient(p.meta.id);
        if (!values)
            return fail(values.error());
        for (const auto &m : *values)
            out += "  m " + m.meta.id + " " + std::to_string(m.measuredAtMillis) + " "
                + std::string(domain::kindInfo(m.kind).key) + " " + m.code + " " + number(m.value)
                + " " + m.unit + " " + number(m.canonicalValue) + " " + m.panelId + " "
                + std::string(domain::sourceKey(m.source)) + "\n";
        auto answers = measurementRepository.answersForPatient(p.meta.id);
        if (!answers)
            return fail(answers.error());
        for (const auto &a : *answers)
            out += "  a " + a.meta.id + " " + std::to_string(a.answeredAtMillis) + " "
                + a.questionId + " " + a.answer + "\n";
    }
    return out;
}

std::string digest(std::string_view text)
{
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    return toHex(hash, sizeof hash);
}

} // namespace varde::demo
