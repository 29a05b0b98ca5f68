#include "core/store/patient_repository.h"

#include "core/store/audit_log.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <map>

namespace varde::store
{
namespace
{

std::int64_t nowMillis() { return time::toEpochMillis(time::now()); }

// Binds the four contract columns id, origin, updated_at at 1..3 (version and deleted default).
void bindMeta(Statement &s, const domain::EntityMeta &meta)
{
    s.bind(1, meta.id).bind(2, domain::originKey(meta.origin)).bind(3, nowMillis());
}

domain::EntityMeta readMeta(const Statement &s, int first)
{
    domain::EntityMeta meta;
    meta.id = s.text(first);
    meta.version = s.int64(first + 1);
    meta.deleted = s.int64(first + 2) != 0;
    meta.origin = domain::originFromKey(s.text(first + 3));
    return meta;
}

} // namespace

Result<> PatientRepository::insert(const domain::Patient &patient)
{
    auto tx = Transaction::begin(m_store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = insertWithin(patient); !ok)
        return ok;
    return tx->commit();
}

Result<> PatientRepository::insertWithin(const domain::Patient &patient)
{
    // The 2032 check-digit rule is accepted from 2032 on; synthetic numbers only in demo data.
    auto options = domain::defaultNationalIdOptions(time::osloDate(time::now()));
    options.allowSynthetic = patient.meta.origin == domain::Origin::Demo;
    if (auto id = domain::parseNationalId(patient.nationalId, options); !id)
        return fail(id.error());
    auto &db = m_store.db();
    auto insert = Statement::prepare(db,
        "INSERT INTO patient(id, origin, updated_at, national_id, given_name, family_name, "
        "birth_date, sex, address, postal_code, city, municipality, phone_mobile, phone_home, "
        "service_id, gp_id, responsible_nurse_id, status, enrolled_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    bindMeta(*insert, patient.meta);
    insert->bind(4, patient.nationalId)
        .bind(5, patient.givenName)
        .bind(6, patient.familyName)
        .bind(7, time::formatIsoDate(patient.birthDate))
        .bind(8, domain::sexKey(patient.sex))
        .bind(9, patient.address)
        .bind(10, patient.postalCode)
        .bind(11, patient.city)
        .bind(12, patient.municipality)
        .bind(13, patient.phoneMobile)
        .bind(14, patient.phoneHome)
        .bindOrNull(15, patient.serviceId)
        .bindOrNull(16, patient.gpId)
        .bindOrNull(17, patient.responsibleNurseId)
        .bind(18, domain::followUpStatusKey(patient.status))
        .bind(19, patient.enrolledAtMillis);
    if (auto ok = insert->run(); !ok) {
        if (ok.error().detail.find("UNIQUE") != std::string::npos)
            return fail(ErrorCode::InvalidArgument, "a patient with this national id exists");
        return ok;
    }
    auto diagnosis = Statement::prepare(db,
        "INSERT INTO diagnosis(id, origin, updated_at, patient_id, code_system, code, text, "
        "is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!diagnosis)
        return fail(diagnosis.error());
    for (const auto &d : patient.diagnoses) {
        bindMeta(*diagnosis, d.meta);
        diagnosis->bind(4, patient.meta.id)
            .bind(5, domain::codeSystemKey(d.system))
            .bind(6, d.code)
            .bind(7, d.text)
            .bind(8, d.primary);
        if (auto ok = diagnosis->run(); !ok)
            return ok;
    }
    auto contact = Statement::prepare(db,
        "INSERT INTO contact_person(id, origin, updated_at, patient_id, name, relation, phone, "
        "next_of_kin, helps_measure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!contact)
        return fail(contact.error());
    for (const auto &c : patient.contacts) {
        bindMeta(*contact, c.meta);
        contact->bind(4, patient.meta.id)
            .bind(5, c.name)
            .bind(6, c.relation)
            .bind(7, c.phone)
            .bind(8, c.nextOfKin)
            .bind(9, c.helpsMeasure);
        if (auto ok = contact->run(); !ok)
            return ok;
    }
    return appendAudit(
        db, actorOf(m_store), audit::patientCreated, patient.meta.id, "patient", patient.meta.id);
}

Result<> PatientRepository::insertService(const domain::FollowUpService &service)
{
    auto &db = m_store.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = Statement::prepare(db,
        "INSERT INTO follow_up_service(id, origin, updated_at, name, her_id, municipality) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    bindMeta(*insert, service.meta);
    insert->bind(4, service.name).bind(5, service.herId).bind(6, service.municipality);
    if (auto ok = insert->run(); !ok)
        return ok;
    if (auto ok = appendAudit(db, actorOf(m_store), audit::directoryChanged, {},
            "follow_up_service", service.meta.id);
        !ok)
        return ok;
    return tx->commit();
}

Result<> PatientRepository::insertGp(const domain::GeneralPractitioner &gp)
{
    auto &db = m_store.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = Statement::prepare(db,
        "INSERT INTO general_practitioner(id, origin, updated_at, name, her_id, practice_name, "
        "practice_her_id, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    bindMeta(*insert, gp.meta);
    insert->bind(4, gp.name)
        .bind(5, gp.herId)
        .bind(6, gp.practiceName)
        .bind(7, gp.practiceHerId)
        .bind(8, gp.phone);
    if (auto ok = insert->run(); !ok)
        return ok;
    if (auto ok = appendAudit(
            db, actorOf(m_store), audit::directoryChanged, {}, "general_practitioner", gp.meta.id);
        !ok)
        return ok;
    return tx->commit();
}

Result<> PatientRepository::insertSchedule(const std::vector<domain::ScheduleEntry> &entries)
{
    auto tx = Transaction::begin(m_store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = insertScheduleWithin(entries); !ok)
        return ok;
    return tx->commit();
}

Result<> PatientRepository::insertScheduleWithin(const std::vector<domain::ScheduleEntry> &entries)
{
    auto &db = m_store.db();
    auto insert = Statement::prepare(db,
        "INSERT INTO measurement_schedule(id, origin, updated_at, patient_id, item, "
        "days_of_week, due_by_minute) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    for (const auto &e : entries) {
        bindMeta(*insert, e.meta);
        insert->bind(4, e.patientId).bind(5, e.item).bind(6, e.daysOfWeek);
        if (e.dueByMinute)
            insert->bind(7, *e.dueByMinute);
        else
            insert->bindNull(7);
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    const std::string patientId = entries.empty() ? "" : entries.front().patientId;
    const bool onePatient = std::all_of(entries.begin(), entries.end(),
        [&](const domain::ScheduleEntry &e) { return e.patientId == patientId; });
    return appendAudit(db, actorOf(m_store), audit::scheduleChanged, onePatient ? patientId : "",
        "measurement_schedule", {}, std::to_string(entries.size()) + " entries");
}

Result<std::vector<domain::Patient>> PatientRepository::all()
{
    auto &db = m_store.db();
    auto select = Statement::prepare(db,
        "SELECT id, version, deleted, origin, national_id, given_name, family_name, birth_date, "
        "sex, address, postal_code, city, municipality, phone_mobile, phone_home, "
        "coalesce(service_id, ''), coalesce(gp_id, ''), coalesce(responsible_nurse_id, ''), "
        "status, coalesce(enrolled_at, 0) FROM patient WHERE deleted = 0");
    if (!select)
        return fail(select.error());
    auto patients = collectRows<domain::Patient>(*select, [](const Statement &s) {
        domain::Patient p;
        p.meta = readMeta(s, 0);
        p.nationalId = s.text(4);
        p.givenName = s.text(5);
        p.familyName = s.text(6);
        p.birthDate = time::parseIsoDate(s.text(7)).value_or(std::chrono::year_month_day {});
        p.sex = domain::sexFromKey(s.text(8));
        p.address = s.text(9);
        p.postalCode = s.text(10);
        p.city = s.text(11);
        p.municipality = s.text(12);
        p.phoneMobile = s.text(13);
        p.phoneHome = s.text(14);
        p.serviceId = s.text(15);
        p.gpId = s.text(16);
        p.responsibleNurseId = s.text(17);
        p.status
            = domain::followUpStatusFromKey(s.text(18)).value_or(domain::FollowUpStatus::Active);
        p.enrolledAtMillis = s.int64(19);
        return p;
    });
    if (!patients)
        return patients;
    std::map<std::string, domain::Patient *> byId;
    for (auto &p : *patients)
        byId[p.meta.id] = &p;

    auto diagnoses = Statement::prepare(db,
        "SELECT id, version, deleted, origin, patient_id, code_system, code, text, is_primary "
        "FROM diagnosis WHERE deleted = 0 ORDER BY is_primary DESC, code");
    if (!diagnoses)
        return fail(diagnoses.error());
    auto readDiagnoses = forEachRow(*diagnoses, [&](const Statement &row) {
        auto it = byId.find(row.text(4));
        if (it == byId.end())
            return;
        domain::Diagnosis d;
        d.meta = readMeta(row, 0);
        d.system = row.text(5) == "ICPC-2" ? domain::CodeSystem::Icpc2 : domain::CodeSystem::Icd10;
        d.code = row.text(6);
        d.text = row.text(7);
        d.primary = row.int64(8) != 0;
        it->second->diagnoses.push_back(std::move(d));
    });
    if (!readDiagnoses)
        return fail(readDiagnoses.error());
    auto contacts = Statement::prepare(db,
        "SELECT id, version, deleted, origin, patient_id, name, relation, phone, next_of_kin, "
        "helps_measure FROM contact_person WHERE deleted = 0 ORDER BY rowid");
    if (!contacts)
        return fail(contacts.error());
    auto readContacts = forEachRow(*contacts, [&](const Statement &row) {
        auto it = byId.find(row.text(4));
        if (it == byId.end())
            return;
        domain::ContactPerson c;
        c.meta = readMeta(row, 0);
        c.name = row.text(5);
        c.relation = row.text(6);
        c.phone = row.text(7);
        c.nextOfKin = row.int64(8) != 0;
        c.helpsMeasure = row.int64(9) != 0;
        it->second->contacts.push_back(std::move(c));
    });
    if (!readContacts)
        return fail(readContacts.error());
    return patients;
}

Result<std::vector<domain::GeneralPractitioner>> PatientRepository::gps()
{
    auto select = Statement::prepare(m_store.db(),
        "SELECT id, version, deleted, origin, name, her_id, practice_name, "
        "practice_her_id, phone FROM general_practitioner WHERE deleted = 0");
    if (!select)
        return fail(select.error());
    return collectRows<domain::GeneralPractitioner>(*select, [](const Statement &s) {
        return domain::GeneralPractitioner { readMeta(s, 0), s.text(4), s.text(5), s.text(6),
            s.text(7), s.text(8) };
    });
}

Result<std::vector<domain::FollowUpService>> PatientRepository::services()
{
    auto select = Statement::prepare(m_store.db(),
        "SELECT id, version, deleted, origin, name, her_id, municipality "
        "FROM follow_up_service WHERE deleted = 0");
    if (!select)
        return fail(select.error());
    return collectRows<domain::FollowUpService>(*select, [](const Statement &s) {
        return domain::FollowUpService { readMeta(s, 0), s.text(4), s.text(5), s.text(6) };
    });
}

Result<std::vector<domain::ScheduleEntry>> PatientRepository::schedules()
{
    auto select = Statement::prepare(m_store.db(),
        "SELECT id, version, deleted, origin, patient_id, item, days_of_week, "
        "due_by_minute FROM measurement_schedule WHERE deleted = 0 ORDER BY rowid");
    if (!select)
        return fail(select.error());
    return collectRows<domain::ScheduleEntry>(*select, [](const Statement &s) {
        domain::ScheduleEntry e;
        e.meta = readMeta(s, 0);
        e.patientId = s.text(4);
        e.item = s.text(5);
        e.daysOfWeek = int(s.int64(6));
        if (!s.isNull(7))
            e.dueByMinute = int(s.int64(7));
        return e;
    });
}

} // namespace varde::store
