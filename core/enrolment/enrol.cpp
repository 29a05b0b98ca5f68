#include "core/enrolment/follow_up.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/domain/national_id.h"
#include "core/enrolment/store_rows.h"
#include "core/store/audit_log.h"
#include "core/store/patient_repository.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"

// Enrolment and re-enrolment, earlier periods, link codes.
namespace varde::enrolment
{
using namespace detail;
namespace
{

Result<> insertEnrolment(store::EncryptedStore &store,
    const std::string &id,
    const std::string &patientId,
    const EnrolmentForm &form,
    std::int64_t now)
{
    auto &db = store.db();
    auto insert = store::Statement::prepare(db,
        "INSERT INTO enrolment(id, origin, updated_at, patient_id, referral_source, "
        "referrer_name, referral_date, started_at, trial_weeks, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, id)
        .bind(2, form.demo ? "demo" : "local")
        .bind(3, now)
        .bind(4, patientId)
        .bind(5, referralSourceKey(form.referralSource))
        .bind(6, form.referrerName)
        .bind(7, isoDate(*form.referralDate))
        .bind(8, now)
        .bind(9, form.trialWeeks)
        .bind(10, store.user().meta.id);
    if (auto ok = insert->run(); !ok)
        return ok;
    return queue(db, "enrolment", id, "create",
        "{\"id\":" + jsonString(id) + ",\"patient_id\":" + jsonString(patientId)
            + ",\"trial_weeks\":" + std::to_string(form.trialWeeks) + "}");
}

domain::Patient patientFrom(const EnrolmentForm &form,
    const std::string &serviceId,
    const domain::NationalId &id,
    std::int64_t now)
{
    domain::Patient p;
    p.meta = { newUuid(), 1, false, form.demo ? domain::Origin::Demo : domain::Origin::Local };
    p.nationalId = id.digits;
    p.givenName = form.givenName;
    p.familyName = form.familyName;
    p.birthDate = id.birthDate;
    p.sex = id.sex;
    p.address = form.address;
    p.postalCode = form.postalCode;
    p.city = form.city;
    p.municipality = form.municipality;
    p.phoneMobile = form.phoneMobile;
    p.phoneHome = form.phoneHome;
    p.serviceId = serviceId;
    p.gpId = form.gpId;
    p.responsibleNurseId = form.responsibleNurseId;
    p.status = domain::FollowUpStatus::Trial;
    p.enrolledAtMillis = now;
    for (std::size_t i = 0; i < form.diagnoses.size(); ++i) {
        const auto &d = form.diagnoses[i];
        p.diagnoses.push_back(
            { { newUuid(), 1, false, p.meta.origin }, d.system, d.code, d.text, i == 0 });
    }
    for (const auto &c : form.contacts)
        p.contacts.push_back({ { newUuid(), 1, false, p.meta.origin }, c.name, c.relation, c.phone,
            c.nextOfKin, c.helpsMeasure });
    return p;
}

std::vector<domain::ScheduleEntry> scheduleFrom(
    const EnrolmentForm &form, const std::string &patientId)
{
    std::vector<domain::ScheduleEntry> out;
    for (const auto &item : form.schedule) {
        domain::ScheduleEntry e;
        e.meta = { newUuid(), 1, false, form.demo ? domain::Origin::Demo : domain::Origin::Local };
        e.patientId = patientId;
        e.item = item.item;
        e.daysOfWeek = item.daysOfWeek;
        e.dueByMinute = item.dueByMinute;
        out.push_back(e);
    }
    return out;
}

// An ended patient comes back: new details, contacts, diagnoses and schedule on the same
// patient (so measurements, plans and the earlier period stay linked), status trial again.
Result<> reenrolPatient(store::EncryptedStore &store,
    const std::string &patientId,
    const EnrolmentForm &form,
    const std::string &serviceId,
    std::int64_t now)
{
    auto &db = store.db();
    auto update = store::Statement::prepare(db,
        "UPDATE patient SET given_name = ?, family_name = ?, address = ?, postal_code = ?, "
        "city = ?, municipality = ?, phone_mobile = ?, phone_home = ?, service_id = ?, gp_id = ?, "
        "responsible_nurse_id = ?, status = 'trial', enrolled_at = ?, ended_at = NULL, "
        "end_reason = NULL, version = version + 1, updated_at = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, form.givenName)
        .bind(2, form.familyName)
        .bind(3, form.address)
        .bind(4, form.postalCode)
        .bind(5, form.city)
        .bind(6, form.municipality)
        .bind(7, form.phoneMobile)
        .bind(8, form.phoneHome)
        .bind(9, serviceId)
        .bind(10, form.gpId)
        .bind(11, form.responsibleNurseId)
        .bind(12, now)
        .bind(13, now)
        .bind(14, patientId);
    if (auto ok = update->run(); !ok)
        return ok;
    for (const char *table : { "contact_person", "diagnosis", "measurement_schedule" }) {
        auto retire = store::Statement::prepare(db,
            std::string("UPDATE ") + table
                + " SET deleted = 1, version = version + 1, updated_at = ? WHERE patient_id = ? "
                  "AND deleted = 0");
        if (!retire)
            return fail(retire.error());
        retire->bind(1, now).bind(2, patientId);
        if (auto ok = retire->run(); !ok)
            return ok;
    }
    auto fresh = patientFrom(form, serviceId,
        domain::NationalId { digitsOnly(form.nationalId), domain::NationalIdKind::Fodselsnummer,
            domain::ChecksumRule::Legacy, false, {}, domain::Sex::Unknown },
        now);
    auto diagnosis = store::Statement::prepare(db,
        "INSERT INTO diagnosis(id, origin, updated_at, patient_id, code_system, code, text, "
        "is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto contact = store::Statement::prepare(db,
        "INSERT INTO contact_person(id, origin, updated_at, patient_id, name, relation, phone, "
        "next_of_kin, helps_measure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!diagnosis)
        return fail(diagnosis.error());
    if (!contact)
        return fail(contact.error());
    for (const auto &d : fresh.diagnoses) {
        diagnosis->bind(1, d.meta.id)
            .bind(2, domain::originKey(d.meta.origin))
            .bind(3, now)
            .bind(4, patientId)
            .bind(5, domain::codeSystemKey(d.system))
            .bind(6, d.code)
            .bind(7, d.text)
            .bind(8, d.primary);
        if (auto ok = diagnosis->run(); !ok)
            return ok;
    }
    for (const auto &c : fresh.contacts) {
        contact->bind(1, c.meta.id)
            .bind(2, domain::originKey(c.meta.origin))
            .bind(3, now)
            .bind(4, patientId)
            .bind(5, c.name)
            .bind(6, c.relation)
            .bind(7, c.phone)
            .bind(8, c.nextOfKin)
            .bind(9, c.helpsMeasure);
        if (auto ok = contact->run(); !ok)
            return ok;
    }
    return store::PatientRepository(store).insertScheduleWithin(scheduleFrom(form, patientId));
}

} // namespace

Result<bool> isDemoStore(store::EncryptedStore &store)
{
    auto demo = store.db().queryText(
        "SELECT count(*) FROM patient WHERE origin = 'demo' AND deleted = 0");
    if (!demo)
        return fail(demo.error());
    return *demo != "0";
}

Result<std::optional<domain::Patient>> findByNationalId(
    store::EncryptedStore &store, const std::string &nationalId)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT id, given_name, family_name, status, coalesce(enrolled_at, 0) FROM patient "
        "WHERE national_id = ? AND deleted = 0");
    if (!select)
        return fail(select.error());
    select->bind(1, digitsOnly(nationalId));
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<domain::Patient>();
    domain::Patient p;
    p.meta.id = select->text(0);
    p.nationalId = digitsOnly(nationalId);
    p.givenName = select->text(1);
    p.familyName = select->text(2);
    p.status
        = domain::followUpStatusFromKey(select->text(3)).value_or(domain::FollowUpStatus::Active);
    p.enrolledAtMillis = select->int64(4);
    return std::optional<domain::Patient>(std::move(p));
}

Result<Enrolled> enrol(store::EncryptedStore &store,
    const std::string &serviceId,
    const EnrolmentForm &form,
    std::int64_t now)
{
    const auto today = time::osloDate(time::fromEpochMillis(now));
    if (const auto problems = validateForm(form, today); !problems.empty())
        return fail(
            ErrorCode::InvalidArgument, problems.front().field + ": " + problems.front().message);
    auto options = domain::defaultNationalIdOptions(today);
    options.allowSynthetic = form.demo;
    auto id = domain::parseNationalId(form.nationalId, options);
    if (!id)
        return fail(id.error());
    auto existing = findByNationalId(store, form.nationalId);
    if (!existing)
        return fail(existing.error());
    if (*existing && (*existing)->status != domain::FollowUpStatus::Ended)
        return fail(ErrorCode::Duplicate, "already in follow-up: patient " + (*existing)->meta.id);

    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    Enrolled out;
    out.reenrolled = existing->has_value();
    if (out.reenrolled) {
        out.patientId = (*existing)->meta.id;
        if (auto ok = reenrolPatient(store, out.patientId, form, serviceId, now); !ok)
            return fail(ok.error());
        if (auto ok = queue(db, "patient", out.patientId, "update",
                "{\"id\":" + jsonString(out.patientId) + ",\"status\":\"trial\"}");
            !ok)
            return fail(ok.error());
    } else {
        const auto patient = patientFrom(form, serviceId, *id, now);
        out.patientId = patient.meta.id;
        store::PatientRepository patients(store);
        if (auto ok = patients.insertWithin(patient); !ok)
            return fail(ok.error());
        if (auto ok = patients.insertScheduleWithin(scheduleFrom(form, out.patientId)); !ok)
            return fail(ok.error());
        if (auto ok = queue(db, "patient", out.patientId, "create",
                "{\"id\":" + jsonString(out.patientId) + ",\"status\":\"trial\"}");
            !ok)
            return fail(ok.error());
    }
    out.enrolmentId = newUuid();
    if (auto ok = insertEnrolment(store, out.enrolmentId, out.patientId, form, now); !ok)
        return fail(ok.error());
    auto code = insertLinkCode(store, out.patientId, now);
    if (!code)
        return fail(code.error());
    out.linkCode = *code;
    if (auto ok = store::appendAudit(db, store::actorOf(store),
            out.reenrolled ? store::audit::patientReenrolled : store::audit::patientEnrolled,
            out.patientId, "enrolment", out.enrolmentId,
            std::string(referralSourceKey(form.referralSource)));
        !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return out;
}

Result<> recordPastEnrolments(store::EncryptedStore &store, const std::vector<PastEnrolment> &past)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    for (const auto &p : past) {
        EnrolmentForm form;
        form.referralSource = p.source;
        form.referrerName = p.referrer;
        form.referralDate = p.referralDate;
        form.trialWeeks = p.trialWeeks;
        if (auto ok = insertEnrolment(store, newUuid(), p.patientId, form, p.startedAtMillis); !ok)
            return ok;
    }
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::patientEnrolled, {},
            "enrolment", {}, std::to_string(past.size()) + " earlier enrolments recorded");
        !ok)
        return ok;
    return tx->commit();
}

Result<std::vector<Enrolment>> enrolments(
    store::EncryptedStore &store, const std::string &patientId)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT id, referral_source, referrer_name, referral_date, started_at, trial_weeks, "
        "ended_at, coalesce(end_reason, ''), end_note FROM enrolment WHERE patient_id = ? AND "
        "deleted = 0 ORDER BY started_at");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    return store::collectRows<Enrolment>(*select, [&](const store::Statement &row) {
        Enrolment e;
        e.id = row.text(0);
        e.patientId = patientId;
        e.referralSource = referralSourceFromKey(row.text(1)).value_or(ReferralSource::Other);
        e.referrerName = row.text(2);
        e.referralDate = row.text(3);
        e.startedAtMillis = row.int64(4);
        e.trialWeeks = int(row.int64(5));
        if (!row.isNull(6))
            e.endedAtMillis = row.int64(6);
        e.endReason = endReasonFromKey(row.text(7));
        e.endNote = row.text(8);
        return e;
    });
}

Result<std::optional<LinkCode>> currentLinkCode(
    store::EncryptedStore &store, const std::string &patientId)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT code, created_at, expires_at, used_at IS NOT NULL FROM link_code "
        "WHERE patient_id = ? AND deleted = 0 ORDER BY created_at DESC, rowid DESC LIMIT 1");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<LinkCode>();
    return std::optional<LinkCode>(
        LinkCode { select->text(0), select->int64(1), select->int64(2), select->int64(3) != 0 });
}

Result<LinkCode> renewLinkCode(
    store::EncryptedStore &store, const std::string &patientId, std::int64_t now)
{
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    auto code = insertLinkCode(store, patientId, now);
    if (!code)
        return fail(code.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return code;
}

Result<> recordLinkCodeSlip(
    store::EncryptedStore &store, const std::string &patientId, const std::string &how)
{
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = store::appendAudit(store.db(), store::actorOf(store), store::audit::linkCodeSlip,
            patientId, "link_code", {}, how);
        !ok)
        return ok;
    return tx->commit();
}

} // namespace varde::enrolment
