#include "core/demo/cohort_writer.h"

#include "core/common/hex.h"
#include "core/store/measurement_repository.h"
#include "core/store/patient_repository.h"
#include "core/time/civil_time.h"

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

} // namespace

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
        auto user = store.addUser(
            { cohort.nurses[n].login, cohort.nurses[n].displayName, domain::Role::Nurse, {} },
            password, kdf);
        if (!user)
            return fail(user.error());
        nurseIds.push_back(user->meta.id);
    }
    for (std::size_t i = 0; i < cohort.patients.size(); ++i) {
        auto patient = cohort.patients[i];
        patient.responsibleNurseId = nurseIds[std::size_t(cohort.nurseOfPatient[i])];
        if (auto ok = patients.insert(patient); !ok)
            return fail(ok.error());
    }
    if (auto ok = patients.insertSchedule(cohort.schedule); !ok)
        return fail(ok.error());
    if (auto ok = measurements.insert(cohort.measurements); !ok)
        return fail(ok.error());
    if (auto ok = measurements.insertAnswers(cohort.answers); !ok)
        return fail(ok.error());
    return WriteSummary { int(cohort.patients.size()), std::int64_t(cohort.measurements.size()),
        std::int64_t(cohort.answers.size()) };
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
