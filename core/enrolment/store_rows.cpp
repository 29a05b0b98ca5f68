#include "core/enrolment/store_rows.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/enrolment/link_code.h"
#include "core/store/audit_log.h"
#include "core/store/outbox.h"
#include "core/store/statement.h"

#include <cstdio>

namespace varde::enrolment::detail
{

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

} // namespace varde::enrolment::detail
