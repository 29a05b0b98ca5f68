#include "core/enrolment/follow_up.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/enrolment/store_rows.h"
#include "core/store/audit_log.h"
#include "core/store/local_users.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"

#include <array>

// Contact details with their history, and the responsible nurse.
namespace varde::enrolment
{
using namespace detail;
namespace
{

std::string contactsText(const std::vector<ContactEntry> &contacts)
{
    std::string out;
    for (const auto &c : contacts)
        out += (out.empty() ? "" : "; ") + c.name + " (" + c.relation + ") " + c.phone
            + (c.helpsMeasure ? ", hjelper med målinger" : "");
    return out;
}

} // namespace

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
    auto role = store::roleOf(db, nurseUserId);
    if (!role)
        return fail(role.error().code, "reassign: " + role.error().detail);
    if (*role != domain::Role::Nurse)
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

} // namespace varde::enrolment
