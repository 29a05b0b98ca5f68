// Drafts, queuing, export and the thread of PLO messages in the store (receive.cpp files
// incoming documents).
#include "core/plo/message_store.h"

#include "core/common/file_write.h"
#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/plo/message_rows.h"
#include "core/plo/outgoing_json.h"
#include "core/plo/validate.h"
#include "core/store/audit_log.h"
#include "core/store/outbox.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/worklist/acknowledgement.h"

#include <algorithm>
#include <chrono>

namespace varde::plo
{
namespace
{

Result<ThreadMessage> loadRow(store::Connection &db, const std::string &id)
{
    auto rows = selectMessages(db, "WHERE id = ?", { id });
    if (!rows)
        return fail(rows.error());
    if (rows->empty())
        return fail(ErrorCode::InvalidArgument, "message " + id + ": not found");
    return rows->front();
}

Result<> audit(store::EncryptedStore &store,
    std::string_view action,
    const std::string &patientId,
    const std::string &messageId,
    const std::string &detail)
{
    return store::appendAudit(
        store.db(), store::actorOf(store), action, patientId, "plo_message", messageId, detail);
}

} // namespace

std::string_view messageStateKey(MessageState state)
{
    switch (state) {
    case MessageState::Draft:
        return "draft";
    case MessageState::Queued:
        return "queued";
    case MessageState::Sent:
        return "sent";
    case MessageState::Received:
        return "received";
    case MessageState::Refused:
        return "refused";
    }
    return "draft";
}

std::string_view receiptStatusKey(ReceiptStatus status)
{
    switch (status) {
    case ReceiptStatus::None:
        return "";
    case ReceiptStatus::Ok:
        return "ok";
    case ReceiptStatus::OkWithErrors:
        return "ok_with_errors";
    case ReceiptStatus::Rejected:
        return "rejected";
    }
    return "";
}

Result<std::string> saveDraft(store::EncryptedStore &store,
    const std::string &patientId,
    const OutgoingMessage &message,
    const std::string &findingId,
    const std::string &draftId,
    std::int64_t atMillis)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    const auto json = outgoingToJson(message);
    std::string id = draftId;
    if (id.empty()) {
        id = newUuid();
        auto insert = store::Statement::prepare(db,
            "INSERT INTO plo_message(id, origin, updated_at, patient_id, direction, type, state, "
            "finding_id, summary, draft_json, created_by, created_at) "
            "VALUES (?, 'local', ?, ?, 'out', ?, 'draft', ?, ?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        insert->bind(1, id)
            .bind(2, atMillis)
            .bind(3, patientId)
            .bind(4, outgoingTypeCode(message.kind))
            .bind(5, findingId)
            .bind(6, message.content.problem)
            .bind(7, json)
            .bind(8, store.user().meta.id)
            .bind(9, atMillis);
        if (auto ok = insert->run(); !ok)
            return fail(ok.error());
    } else {
        auto existing = loadRow(db, id);
        if (!existing)
            return fail(existing.error());
        if (existing->state != MessageState::Draft || existing->patientId != patientId)
            return fail(ErrorCode::WrongState, "message " + id + ": not a draft of this patient");
        auto update = store::Statement::prepare(db,
            "UPDATE plo_message SET version = version + 1, updated_at = ?, type = ?, summary = ?, "
            "draft_json = ? WHERE id = ?");
        if (!update)
            return fail(update.error());
        update->bind(1, atMillis)
            .bind(2, outgoingTypeCode(message.kind))
            .bind(3, message.content.problem)
            .bind(4, json)
            .bind(5, id);
        if (auto ok = update->run(); !ok)
            return fail(ok.error());
    }
    // Drafts stay on this workstation: they are personal work in progress, not yet a record
    // for the server. The audit says who wrote what, when.
    if (auto ok = audit(store, store::audit::messageDrafted, patientId, id,
            std::string(outgoingTypeCode(message.kind)));
        !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return id;
}

Result<> discardDraft(store::EncryptedStore &store, const std::string &draftId)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto existing = loadRow(db, draftId);
    if (!existing)
        return fail(existing.error());
    if (existing->state != MessageState::Draft)
        return fail(ErrorCode::WrongState, "message " + draftId + ": not a draft");
    auto remove = store::Statement::prepare(db, "DELETE FROM plo_message WHERE id = ?");
    if (!remove)
        return fail(remove.error());
    remove->bind(1, draftId);
    if (auto ok = remove->run(); !ok)
        return ok;
    if (auto ok = audit(store, store::audit::messageDiscarded, existing->patientId, draftId, "");
        !ok)
        return ok;
    return tx->commit();
}

Result<QueuedMessage> queueMessage(store::EncryptedStore &store,
    const SchemaSet &schemas,
    const std::string &patientId,
    const OutgoingMessage &message,
    const QueueOptions &options,
    std::int64_t atMillis)
{
    OutgoingMessage m = message;
    if (m.msgId.empty())
        m.msgId = newUuid();
    if (m.genDate == time::Instant {})
        m.genDate = time::fromEpochMillis(atMillis);
    auto xml = composeMessage(m);
    if (!xml)
        return fail(xml.error());
    // The rule of the standard: nothing leaves that would not validate at the receiver.
    if (auto valid = validateDocument(*xml, schemas); !valid)
        return fail(valid.error());

    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    std::string id = options.draftId;
    if (!id.empty()) {
        auto draft = loadRow(db, id);
        if (!draft)
            return fail(draft.error());
        if (draft->state != MessageState::Draft || draft->patientId != patientId)
            return fail(ErrorCode::WrongState, "message " + id + ": not a draft of this patient");
        auto update = store::Statement::prepare(db,
            "UPDATE plo_message SET version = version + 1, updated_at = ?, type = ?, msg_id = ?, "
            "conversation_id = ?, state = 'queued', finding_id = ?, summary = ?, draft_json = '', "
            "document = ?, queued_at = ? WHERE id = ?");
        if (!update)
            return fail(update.error());
        update->bind(1, atMillis)
            .bind(2, outgoingTypeCode(m.kind))
            .bind(3, m.msgId)
            .bind(4, m.msgId)
            .bind(5, options.findingId.empty() ? draft->findingId : options.findingId)
            .bind(6, m.content.problem)
            .bind(7, *xml)
            .bind(8, atMillis)
            .bind(9, id);
        if (auto ok = update->run(); !ok)
            return fail(ok.error());
    } else {
        id = newUuid();
        auto insert = store::Statement::prepare(db,
            "INSERT INTO plo_message(id, origin, updated_at, patient_id, direction, type, msg_id, "
            "conversation_id, state, finding_id, summary, document, created_by, created_at, "
            "queued_at) VALUES (?, 'local', ?, ?, 'out', ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        insert->bind(1, id)
            .bind(2, atMillis)
            .bind(3, patientId)
            .bind(4, outgoingTypeCode(m.kind))
            .bind(5, m.msgId)
            .bind(6, m.msgId)
            .bind(7, options.findingId)
            .bind(8, m.content.problem)
            .bind(9, *xml)
            .bind(10, store.user().meta.id)
            .bind(11, atMillis)
            .bind(12, atMillis);
        if (auto ok = insert->run(); !ok)
            return fail(ok.error());
    }
    if (auto ok = enqueueMessageMutation(
            db, id, patientId, outgoingTypeCode(m.kind), m.msgId, *xml, "create");
        !ok)
        return fail(ok.error());
    if (!options.acknowledgeFindingIds.empty()) {
        if (auto ok
            = worklist::acknowledgeFindingsWithin(store, patientId, options.acknowledgeFindingIds,
                worklist::AckAction::SentPlo, options.acknowledgeNote, atMillis);
            !ok)
            return fail(ok.error());
    }
    if (auto ok = audit(store, store::audit::messageQueued, patientId, id,
            std::string(outgoingTypeCode(m.kind)) + " " + m.msgId);
        !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return QueuedMessage { id, m.msgId, *xml };
}

Result<> exportMessage(
    store::EncryptedStore &store, const std::string &messageId, const std::filesystem::path &path)
{
    auto row = loadRow(store.db(), messageId);
    if (!row)
        return fail(row.error());
    if (row->state != MessageState::Queued && row->state != MessageState::Sent)
        return fail(ErrorCode::WrongState, "message " + messageId + ": not queued or sent");
    // Audit first, in its own transaction: a file with patient data never exists unrecorded.
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    if (auto ok = audit(store, store::audit::messageExported, row->patientId, messageId,
            row->type + " " + row->msgId);
        !ok)
        return ok;
    if (auto written = writeFileAtomically(path, row->document); !written)
        return written;
    return tx->commit();
}

Result<> markSent(store::EncryptedStore &store, const std::string &messageId, std::int64_t atMillis)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto row = loadRow(db, messageId);
    if (!row)
        return fail(row.error());
    if (row->state != MessageState::Queued)
        return fail(ErrorCode::WrongState, "message " + messageId + ": not queued");
    auto update = store::Statement::prepare(db,
        "UPDATE plo_message SET version = version + 1, updated_at = ?, state = 'sent', "
        "sent_at = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, atMillis).bind(2, atMillis).bind(3, messageId);
    if (auto ok = update->run(); !ok)
        return ok;
    if (auto ok = enqueueStateMutation(db, messageId, "sent", atMillis); !ok)
        return ok;
    if (auto ok = audit(store, store::audit::messageSent, row->patientId, messageId,
            row->type + " " + row->msgId);
        !ok)
        return ok;
    return tx->commit();
}

Result<std::vector<ThreadMessage>> queuedMessages(store::EncryptedStore &store)
{
    return selectMessages(store.db(),
        "WHERE direction = 'out' AND state = 'queued' ORDER BY queued_at, created_at", {});
}

Result<std::vector<ThreadMessage>> patientThread(
    store::EncryptedStore &store, const std::string &patientId)
{
    // Receipts, theirs and ours, show on the message they answer, not as rows of their own.
    return selectMessages(store.db(),
        "WHERE patient_id = ? AND type <> 'APPREC' ORDER BY created_at, rowid", { patientId });
}

Result<std::vector<ThreadMessage>> refusedDocuments(store::EncryptedStore &store)
{
    return selectMessages(
        store.db(), "WHERE state = 'refused' ORDER BY created_at DESC, rowid DESC", {});
}

Result<> markRead(store::EncryptedStore &store, const std::string &messageId, std::int64_t atMillis)
{
    auto &db = store.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto row = loadRow(db, messageId);
    if (!row)
        return fail(row.error());
    if (row->outgoing)
        return fail(ErrorCode::WrongState, "message " + messageId + ": not a received message");
    if (row->readAtMillis != 0)
        return {};
    auto update = store::Statement::prepare(db,
        "UPDATE plo_message SET version = version + 1, updated_at = ?, read_at = ?, read_by = ? "
        "WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, atMillis).bind(2, atMillis).bind(3, store.user().meta.id).bind(4, messageId);
    if (auto ok = update->run(); !ok)
        return ok;
    if (auto ok = enqueueStateMutation(db, messageId, "read", atMillis); !ok)
        return ok;
    if (auto ok = audit(store, store::audit::messageRead, row->patientId, messageId, row->type);
        !ok)
        return ok;
    return tx->commit();
}

Result<int> receiptAlertHours(store::EncryptedStore &store)
{
    auto select = store::Statement::prepare(store.db(),
        "SELECT coalesce(min(plo_receipt_alert_hours), ?) FROM follow_up_service "
        "WHERE deleted = 0");
    if (!select)
        return fail(select.error());
    select->bind(1, defaultReceiptAlertHours);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    return *row ? int(select->int64(0)) : defaultReceiptAlertHours;
}

Result<std::map<std::string, MessageFlags>> messageFlags(
    store::EncryptedStore &store, std::int64_t nowMillis, int receiptAlertHours)
{
    const std::int64_t before = nowMillis - std::int64_t(receiptAlertHours) * 3'600'000;
    auto select = store::Statement::prepare(store.db(),
        "SELECT patient_id, "
        "sum(direction = 'in' AND state = 'received' AND read_at IS NULL), "
        "sum(direction = 'out' AND type <> 'APPREC' AND state IN ('queued', 'sent') "
        "    AND receipt_status = '' AND queued_at < ?) "
        "FROM plo_message WHERE patient_id IS NOT NULL AND deleted = 0 GROUP BY patient_id");
    if (!select)
        return fail(select.error());
    select->bind(1, before);
    std::map<std::string, MessageFlags> flags;
    auto ok = store::forEachRow(*select, [&](const store::Statement &row) {
        MessageFlags f { int(row.int64(1)), int(row.int64(2)) };
        if (f.unreadReplies > 0 || f.withoutReceipt > 0)
            flags[row.text(0)] = f;
    });
    if (!ok)
        return fail(ok.error());
    return flags;
}

} // namespace varde::plo
