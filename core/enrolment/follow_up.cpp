#include "core/enrolment/follow_up.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/domain/national_id.h"
#include "core/enrolment/link_code.h"
#include "core/store/audit_log.h"
#include "core/store/outbox.h"
#include "core/store/patient_repository.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"
#include "core/worklist/acknowledgement.h"
#include "core/worklist/worklist.h"

#include <array>
#include <cstdio>

namespace varde::enrolment
{
namespace
{

constexpr std::array<EndReason, 6> allReasons { EndReason::GoalsMet, EndReason::Moved,
    EndReason::Declined, EndReason::LongTermCare, EndReason::Died, EndReason::Other };

std::string digitsOnly(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (c >= '0' && c <= '9')
            out += c;
    return out;
}

std::string isoDate(const std::chrono::year_month_day &d)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
        unsigned(d.day()));
    return buffer;
}

std::string contactsText(const std::vector<ContactEntry> &contacts)
{
    std::string out;
    for (const auto &c : contacts)
        out += (out.empty() ? "" : "; ") + c.name + " (" + c.relation + ") " + c.phone
            + (c.helpsMeasure ? ", hjelper med målinger" : "");
    return out;
}

// A row change, its outbox entry and nothing else: the caller audits and commits.
Result<> queue(store::Connection &db,
    std::string_view entity,
    const std::string &id,
    std::string_view op,
    const std::string &payload)
{
    auto queued = store::enqueueMutation(db, entity, id, op, payload);
    if (!queued)
        return fail(queued.error());
    return {};
}

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

Result<LinkCode> insertLinkCode(
    store::EncryptedStore &store, const std::string &patientId, std::int64_t now)
{
    auto &db = store.db();
    LinkCode code { newLinkCode(), now, now + linkCodeLifetimeMillis, false };
    if (code.code.empty())
        return fail(ErrorCode::Crypto, "link code: no random source");
    // Only the newest code is valid: older unused ones expire now.
    auto expire = store::Statement::prepare(db,
        "UPDATE link_code SET expires_at = ?, version = version + 1, updated_at = ? "
        "WHERE patient_id = ? AND used_at IS NULL AND expires_at > ?");
    if (!expire)
        return fail(expire.error());
    expire->bind(1, now).bind(2, now).bind(3, patientId).bind(4, now);
    if (auto ok = expire->run(); !ok)
        return fail(ok.error());
    const auto id = newUuid();
    auto insert = store::Statement::prepare(db,
        "INSERT INTO link_code(id, origin, updated_at, patient_id, code, created_at, "
        "expires_at, created_by) VALUES (?, 'local', ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, id)
        .bind(2, now)
        .bind(3, patientId)
        .bind(4, code.code)
        .bind(5, now)
        .bind(6, code.expiresAtMillis)
        .bind(7, store.user().meta.id);
    if (auto ok = insert->run(); !ok)
        return fail(ok.error());
    if (auto ok = queue(db, "link_code", id, "create",
            "{\"id\":" + jsonString(id) + ",\"patient_id\":" + jsonString(patientId)
                + ",\"code\":" + jsonString(code.code)
                + ",\"expires_at\":" + std::to_string(code.expiresAtMillis) + "}");
        !ok)
        return fail(ok.error());
    if (auto ok = store::appendAudit(
            db, store::actorOf(store), store::audit::linkCodeCreated, patientId, "link_code", id);
        !ok)
        return fail(ok.error());
    return code;
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

Result<> recordChange(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &field,
    const std::string &oldValue,
    const std::string &newValue,
    std::int64_t now)
{
    if (oldValue == newValue)
        return {};
    auto &db = store.db();
    auto insert = store::Statement::prepare(db,
        "INSERT INTO patient_change(id, origin, updated_at, patient_id, field, old_value, "
        "new_value, changed_by, changed_at) VALUES (?, 'local', ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    const auto id = newUuid();
    insert->bind(1, id)
        .bind(2, now)
        .bind(3, patientId)
        .bind(4, field)
        .bind(5, oldValue)
        .bind(6, newValue)
        .bind(7, store.user().meta.id)
        .bind(8, now);
    if (auto ok = insert->run(); !ok)
        return ok;
    return queue(db, "patient_change", id, "create",
        "{\"id\":" + jsonString(id) + ",\"patient_id\":" + jsonString(patientId)
            + ",\"field\":" + jsonString(field) + "}");
}

Result<std::string> patientText(
    store::Connection &db, const std::string &patientId, const std::string &column)
{
    auto select = store::Statement::prepare(
        db, "SELECT " + column + " FROM patient WHERE id = ? AND deleted = 0");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::InvalidArgument, "no such patient");
    return select->text(0);
}

} // namespace

std::string_view endReasonKey(EndReason reason)
{
    switch (reason) {
    case EndReason::GoalsMet:
        return "goals_met";
    case EndReason::Moved:
        return "moved";
    case EndReason::Declined:
        return "declined";
    case EndReason::LongTermCare:
        return "long_term_care";
    case EndReason::Died:
        return "died";
    case EndReason::Other:
        return "other";
    }
    return "other";
}

std::optional<EndReason> endReasonFromKey(std::string_view key)
{
    for (auto r : allReasons)
        if (endReasonKey(r) == key)
            return r;
    return std::nullopt;
}

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

Result<> updateContactDetails(store::EncryptedStore &store,
    const std::string &patientId,
    const ContactDetails &details,
    std::int64_t now)
{
    // The same checks as the enrolment form, for the fields that can change here.
    EnrolmentForm check;
    check.address = details.address;
    check.postalCode = details.postalCode;
    check.city = details.city;
    check.municipality = details.municipality;
    check.phoneMobile = details.phoneMobile;
    check.phoneHome = details.phoneHome;
    check.contacts = details.contacts;
    for (const auto &problem : validateForm(check, time::osloDate(time::fromEpochMillis(now))))
        if (problem.field.rfind("address", 0) == 0 || problem.field.rfind("postal", 0) == 0
            || problem.field == "city" || problem.field == "municipality"
            || problem.field.rfind("phone", 0) == 0 || problem.field.rfind("contacts", 0) == 0)
            return fail(ErrorCode::InvalidArgument, problem.field + ": " + problem.message);

    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    const std::array<std::pair<const char *, const std::string *>, 6> fields { {
        { "address", &details.address },
        { "postal_code", &details.postalCode },
        { "city", &details.city },
        { "municipality", &details.municipality },
        { "phone_mobile", &details.phoneMobile },
        { "phone_home", &details.phoneHome },
    } };
    for (const auto &[column, value] : fields) {
        auto old = patientText(db, patientId, column);
        if (!old)
            return fail(old.error());
        if (auto ok = recordChange(store, patientId, column, *old, *value, now); !ok)
            return ok;
        auto update = store::Statement::prepare(
            db, std::string("UPDATE patient SET ") + column + " = ?, updated_at = ? WHERE id = ?");
        if (!update)
            return fail(update.error());
        update->bind(1, *value).bind(2, now).bind(3, patientId);
        if (auto ok = update->run(); !ok)
            return ok;
    }
    // Relatives: compared as a whole; the old rows get tombstones, the new are inserted.
    auto current = store::Statement::prepare(db,
        "SELECT name, relation, phone, next_of_kin, helps_measure FROM contact_person "
        "WHERE patient_id = ? AND deleted = 0 ORDER BY rowid");
    if (!current)
        return fail(current.error());
    current->bind(1, patientId);
    auto before = store::collectRows<ContactEntry>(*current, [](const store::Statement &row) {
        return ContactEntry { row.text(0), row.text(1), row.text(2), row.int64(3) != 0,
            row.int64(4) != 0 };
    });
    if (!before)
        return fail(before.error());
    const auto oldText = contactsText(*before);
    const auto newText = contactsText(details.contacts);
    if (oldText != newText) {
        if (auto ok = recordChange(store, patientId, "contacts", oldText, newText, now); !ok)
            return ok;
        auto retire = store::Statement::prepare(db,
            "UPDATE contact_person SET deleted = 1, version = version + 1, updated_at = ? "
            "WHERE patient_id = ? AND deleted = 0");
        if (!retire)
            return fail(retire.error());
        retire->bind(1, now).bind(2, patientId);
        if (auto ok = retire->run(); !ok)
            return ok;
        auto insert = store::Statement::prepare(db,
            "INSERT INTO contact_person(id, origin, updated_at, patient_id, name, relation, "
            "phone, next_of_kin, helps_measure) VALUES (?, 'local', ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        for (const auto &c : details.contacts) {
            insert->bind(1, newUuid())
                .bind(2, now)
                .bind(3, patientId)
                .bind(4, c.name)
                .bind(5, c.relation)
                .bind(6, c.phone)
                .bind(7, c.nextOfKin)
                .bind(8, c.helpsMeasure);
            if (auto ok = insert->run(); !ok)
                return ok;
        }
    }
    if (auto ok = queue(db, "patient", patientId, "update",
            "{\"id\":" + jsonString(patientId) + ",\"contact\":true}");
        !ok)
        return ok;
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::contactChanged,
            patientId, "patient", patientId);
        !ok)
        return ok;
    return tx->commit();
}

Result<std::vector<ContactChange>> contactHistory(
    store::EncryptedStore &store, const std::string &patientId)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT c.field, c.old_value, c.new_value, coalesce(u.display_name, c.changed_by), "
        "c.changed_at FROM patient_change c LEFT JOIN local_user u ON u.id = c.changed_by "
        "WHERE c.patient_id = ? AND c.deleted = 0 ORDER BY c.changed_at DESC, c.rowid DESC");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    return store::collectRows<ContactChange>(*select, [](const store::Statement &row) {
        return ContactChange { row.text(0), row.text(1), row.text(2), row.text(3), row.int64(4) };
    });
}

Result<> reassignNurse(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &nurseUserId,
    std::int64_t now)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto role = store::Statement::prepare(db, "SELECT role FROM local_user WHERE id = ?");
    if (!role)
        return fail(role.error());
    role->bind(1, nurseUserId);
    auto found = role->step();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::UnknownUser, "reassign: no such user");
    if (role->text(0) != "nurse")
        return fail(ErrorCode::InvalidArgument, "reassign: the responsible must be a nurse");
    auto old = patientText(db, patientId, "coalesce(responsible_nurse_id, '')");
    if (!old)
        return fail(old.error());
    if (*old == nurseUserId)
        return {};
    if (auto ok = recordChange(store, patientId, "responsible_nurse", *old, nurseUserId, now); !ok)
        return ok;
    auto update = store::Statement::prepare(db,
        "UPDATE patient SET responsible_nurse_id = ?, version = version + 1, updated_at = ? "
        "WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, nurseUserId).bind(2, now).bind(3, patientId);
    if (auto ok = update->run(); !ok)
        return ok;
    if (auto ok = queue(db, "patient", patientId, "update",
            "{\"id\":" + jsonString(patientId)
                + ",\"responsible_nurse_id\":" + jsonString(nurseUserId) + "}");
        !ok)
        return ok;
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::nurseReassigned,
            patientId, "patient", patientId, nurseUserId);
        !ok)
        return ok;
    return tx->commit();
}

Result<> endFollowUp(store::EncryptedStore &store,
    const std::string &patientId,
    EndReason reason,
    const std::string &note,
    bool closeOpenFindings,
    std::int64_t now)
{
    auto status = patientText(store.db(), patientId, "status");
    if (!status)
        return fail(status.error());
    if (*status == "ended")
        return fail(ErrorCode::WrongState, "end: follow-up has already ended");
    if (reason == EndReason::Other && note.find_first_not_of(" \t\n") == std::string::npos)
        return fail(ErrorCode::InvalidArgument, "end: a note is required when the reason is other");
    auto list = worklist::buildWorklist(store, time::fromEpochMillis(now), patientId);
    if (!list)
        return fail(list.error());
    std::vector<std::string> open;
    for (const auto &row : list->rows)
        for (const auto &f : row.result.findings)
            if (f.open)
                open.push_back(f.id);
    if (!open.empty() && !closeOpenFindings)
        return fail(ErrorCode::WrongState,
            "end: " + std::to_string(open.size()) + " open findings must be acknowledged first");
    if (!open.empty())
        if (auto ok = worklist::acknowledgeFindings(store, patientId, open,
                worklist::AckAction::NoActionNeeded, "Lukket ved avslutning av oppfølgingen", now);
            !ok)
            return ok;

    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto update = store::Statement::prepare(db,
        "UPDATE patient SET status = 'ended', ended_at = ?, end_reason = ?, "
        "version = version + 1, updated_at = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, now).bind(2, endReasonKey(reason)).bind(3, now).bind(4, patientId);
    if (auto ok = update->run(); !ok)
        return ok;
    auto period = store::Statement::prepare(db,
        "UPDATE enrolment SET ended_at = ?, end_reason = ?, end_note = ?, ended_by = ?, "
        "version = version + 1, updated_at = ? WHERE patient_id = ? AND ended_at IS NULL");
    if (!period)
        return fail(period.error());
    period->bind(1, now)
        .bind(2, endReasonKey(reason))
        .bind(3, note)
        .bind(4, store.user().meta.id)
        .bind(5, now)
        .bind(6, patientId);
    if (auto ok = period->run(); !ok)
        return ok;
    if (auto ok = queue(db, "patient", patientId, "update",
            "{\"id\":" + jsonString(patientId) + ",\"status\":\"ended\",\"end_reason\":\""
                + std::string(endReasonKey(reason)) + "\"}");
        !ok)
        return ok;
    if (auto ok = store::appendAudit(db, store::actorOf(store), store::audit::followUpEnded,
            patientId, "patient", patientId, endReasonKey(reason));
        !ok)
        return ok;
    return tx->commit();
}

Result<int> purgeEndedPatients(store::EncryptedStore &store, std::int64_t now)
{
    auto &db = store.db();
    auto due = store::Statement::prepare(db,
        "SELECT p.id FROM patient p LEFT JOIN follow_up_service s ON s.id = p.service_id "
        "WHERE p.deleted = 0 AND p.status = 'ended' AND p.ended_at IS NOT NULL AND "
        "p.ended_at + coalesce(s.retention_days, 180) * 86400000 <= ?");
    if (!due)
        return fail(due.error());
    due->bind(1, now);
    auto ids = store::collectRows<std::string>(
        *due, [](const store::Statement &row) { return row.text(0); });
    if (!ids)
        return fail(ids.error());
    // Children first (foreign keys); the patient row stays as a tombstone without identity.
    static constexpr std::array tables { "acknowledgement", "finding", "measurement_exclusion",
        "follow_up_pause", "plan_version", "measurement", "questionnaire_answer",
        "measurement_schedule", "contact_person", "diagnosis", "link_code", "patient_change",
        "enrolment" };
    for (const auto &id : *ids) {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        for (const char *table : tables) {
            auto remove = store::Statement::prepare(
                db, std::string("DELETE FROM ") + table + " WHERE patient_id = ?");
            if (!remove)
                return fail(remove.error());
            remove->bind(1, id);
            if (auto ok = remove->run(); !ok)
                return fail(ok.error());
        }
        auto tombstone = store::Statement::prepare(db,
            "UPDATE patient SET deleted = 1, national_id = '', given_name = '', family_name = '', "
            "birth_date = '', address = '', postal_code = '', city = '', phone_mobile = '', "
            "phone_home = '', version = version + 1, updated_at = ? WHERE id = ?");
        if (!tombstone)
            return fail(tombstone.error());
        tombstone->bind(1, now).bind(2, id);
        if (auto ok = tombstone->run(); !ok)
            return fail(ok.error());
        if (auto ok = queue(db, "patient", id, "delete", "{\"id\":" + jsonString(id) + "}"); !ok)
            return fail(ok.error());
        if (auto ok = store::appendAudit(
                db, store::actorOf(store), store::audit::patientPurged, id, "patient", id);
            !ok)
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
    }
    return int(ids->size());
}

} // namespace varde::enrolment
