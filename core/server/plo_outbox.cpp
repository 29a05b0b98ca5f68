// Queueing PLO documents for the exchange, and the change_log row every plo_message write adds.
#include "core/server/plo_outbox.h"

#include "core/common/uuid.h"
#include "core/server/change_log.h"
#include "core/server/entity_rows.h"
#include "core/server/mutation_fields.h"
#include "core/server/plo_message_change.h"

namespace varde::server
{

bool isSafeMsgId(std::string_view msgId)
{
    if (msgId.empty() || msgId.size() > 100 || msgId.front() == '.')
        return false;
    for (const char c : msgId)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                || c == '_' || c == '.'))
            return false;
    return true;
}

namespace
{

// The typed state as JSON (the payload without a complete row), with its service and patient.
Result<PgResult> typedMessage(PgConnection &db, const std::string &messageId)
{
    return db.exec(
        "SELECT service_id, coalesce(patient_id::text, ''), json_build_object('id', id, "
        "'patient_id', patient_id, 'direction', "
        "direction, 'type', type, 'msg_id', msg_id, 'conversation_id', conversation_id, "
        "'parent_msg_id', parent_msg_id, 'state', state, 'document', document, 'problem', "
        "problem, 'receipt_status', receipt_status, 'receipt_text', receipt_text, 'receipt_at', "
        "(extract(epoch FROM receipt_at) * 1000)::bigint, 'queued_at', (extract(epoch FROM "
        "queued_at) * 1000)::bigint, 'sent_at', (extract(epoch FROM sent_at) * 1000)::bigint, "
        "'received_at', (extract(epoch FROM received_at) * 1000)::bigint, 'version', "
        "version)::text FROM plo_message WHERE id = $1",
        { messageId });
}

Poco::JSON::Object::Ptr ownedFields(const std::string &typedJson)
{
    const auto typed = mutation::parseObject(typedJson);
    Poco::JSON::Object::Ptr owned = new Poco::JSON::Object;
    for (const char *key : { "state", "queued_at", "sent_at", "receipt_status", "receipt_text",
             "receipt_at", "problem" })
        owned->set(key, typed->get(key));
    return owned;
}

} // namespace

Result<Poco::JSON::Object::Ptr> messageServerFields(
    PgConnection &db, const std::string &messageId, const std::string &serviceId)
{
    auto row = typedMessage(db, messageId);
    if (!row)
        return fail(row.error());
    if (row->rows() != 1 || row->isNull(0, 0) || row->text(0, 0) != serviceId)
        return Poco::JSON::Object::Ptr();
    return ownedFields(row->text(0, 2));
}

Result<> appendMessageChange(PgConnection &db, const std::string &messageId, std::string_view op)
{
    // The row's current state as the payload (change_log.h): a client keeps the newest version.
    // When a workstation pushed the message's complete row, that row with the exchange's
    // fields laid over it (entity_rows.h).
    auto row = typedMessage(db, messageId);
    if (!row)
        return fail(row.error());
    if (row->rows() != 1)
        return fail(ErrorCode::InvalidArgument, "plo_message " + messageId + " does not exist");
    if (row->isNull(0, 0)) // refused and addressed to no service of ours: nobody's feed
        return {};
    auto fed = writeAndFeed(db,
        { row->text(0, 0), "plo_message", messageId, row->text(0, 1), "", nullptr,
            ownedFields(row->text(0, 2)) },
        op, row->text(0, 2));
    if (!fed)
        return fail(fed.error());
    return {};
}

Result<> queueOutgoingDocument(PgConnection &db, const OutgoingDocument &document)
{
    if (!isUuid(document.id) || !isUuid(document.serviceId)
        || (!document.patientId.empty() && !isUuid(document.patientId)))
        return fail(ErrorCode::InvalidArgument, "plo_message: id, service or patient is no uuid");
    if (!isSafeMsgId(document.msgId))
        return fail(ErrorCode::InvalidArgument, "plo_message: MsgId cannot name a file");
    if (document.type.empty() || document.document.empty())
        return fail(ErrorCode::InvalidArgument, "plo_message: type or document missing");

    auto existing
        = db.exec("SELECT id FROM plo_message WHERE id = $1 OR (direction = 'out' AND msg_id = $2)",
            { document.id, document.msgId });
    if (!existing)
        return fail(existing.error());
    for (int r = 0; r < existing->rows(); ++r)
        if (existing->text(r, 0) != document.id)
            return fail(ErrorCode::InvalidArgument,
                "plo_message: MsgId already names another message (" + existing->text(r, 0) + ")");
    if (existing->rows() > 0)
        return {}; // a retry: stored already, the change written then

    if (!document.patientId.empty()) {
        auto patient = db.exec("SELECT 1 FROM patient WHERE id = $1 AND service_id = $2",
            { document.patientId, document.serviceId });
        if (!patient)
            return fail(patient.error());
        if (patient->rows() == 0)
            return fail(ErrorCode::InvalidArgument, "plo_message: patient not in the service");
    }
    // ON CONFLICT: a concurrent retry of the same id inserts nothing and adds no change.
    auto inserted = db.exec(
        "INSERT INTO plo_message(id, service_id, patient_id, direction, type, msg_id, state, "
        "document, queued_at) VALUES ($1, $2, $3, 'out', $4, $5, 'queued', $6, now()) "
        "ON CONFLICT (id) DO NOTHING",
        { document.id, document.serviceId,
            document.patientId.empty() ? PgParam {} : PgParam { document.patientId }, document.type,
            document.msgId, document.document });
    if (!inserted)
        return fail(inserted.error());
    if (inserted->affected() == 0)
        return {};
    return appendMessageChange(db, document.id, "create");
}

} // namespace varde::server
