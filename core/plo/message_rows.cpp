#include "core/plo/message_rows.h"

#include "core/common/json_text.h"
#include "core/plo/outgoing_json.h"
#include "core/store/outbox.h"
#include "core/store/statement.h"

namespace varde::plo
{
namespace
{

MessageState stateFromKey(const std::string &key)
{
    for (auto s : { MessageState::Draft, MessageState::Queued, MessageState::Sent,
             MessageState::Received, MessageState::Refused })
        if (messageStateKey(s) == key)
            return s;
    return MessageState::Refused; // the CHECK constraint allows no other value
}

ReceiptStatus receiptFromKey(const std::string &key)
{
    for (auto s : { ReceiptStatus::Ok, ReceiptStatus::OkWithErrors, ReceiptStatus::Rejected })
        if (receiptStatusKey(s) == key)
            return s;
    return ReceiptStatus::None;
}

} // namespace

Result<std::vector<ThreadMessage>> selectMessages(
    store::Connection &db, std::string_view clause, const std::vector<std::string> &parameters)
{
    auto select = store::Statement::prepare(db,
        "SELECT id, coalesce(patient_id, ''), direction, type, msg_id, conversation_id, "
        "parent_msg_id, state, finding_id, summary, document, draft_json, created_by, created_at, "
        "coalesce(queued_at, 0), coalesce(sent_at, 0), receipt_status, receipt_text, "
        "coalesce(receipt_at, 0), coalesce(read_at, 0), problem, source FROM plo_message "
            + std::string(clause));
    if (!select)
        return fail(select.error());
    for (std::size_t i = 0; i < parameters.size(); ++i)
        select->bind(int(i + 1), parameters[i]);
    std::vector<ThreadMessage> rows;
    auto ok = store::forEachRow(*select, [&](const store::Statement &r) {
        ThreadMessage m;
        m.id = r.text(0);
        m.patientId = r.text(1);
        m.outgoing = r.text(2) == "out";
        m.type = r.text(3);
        m.msgId = r.text(4);
        m.conversationId = r.text(5);
        m.parentMsgId = r.text(6);
        m.state = stateFromKey(r.text(7));
        m.findingId = r.text(8);
        m.summary = r.text(9);
        m.document = r.text(10);
        if (m.state == MessageState::Draft)
            if (auto draft = outgoingFromJson(r.text(11)))
                m.draft = *draft;
        m.createdBy = r.text(12);
        m.createdAtMillis = r.int64(13);
        m.queuedAtMillis = r.int64(14);
        m.sentAtMillis = r.int64(15);
        m.receipt = receiptFromKey(r.text(16));
        m.receiptText = r.text(17);
        m.receiptAtMillis = r.int64(18);
        m.readAtMillis = r.int64(19);
        m.problem = r.text(20);
        m.source = r.text(21);
        rows.push_back(std::move(m));
    });
    if (!ok)
        return fail(ok.error());
    return rows;
}

Result<> enqueueMessageMutation(store::Connection &db,
    const std::string &id,
    const std::string &patientId,
    std::string_view type,
    const std::string &msgId,
    const std::string &document,
    std::string_view op)
{
    const std::string payload = "{\"id\":" + jsonString(id)
        + ",\"patient_id\":" + jsonString(patientId) + ",\"type\":" + jsonString(type)
        + ",\"msg_id\":" + jsonString(msgId) + ",\"document\":" + jsonString(document) + "}";
    auto queued = store::enqueueMutation(db, "plo_message", id, op, payload);
    if (!queued)
        return fail(queued.error());
    return {};
}

Result<> enqueueStateMutation(store::Connection &db,
    const std::string &id,
    std::string_view change,
    std::int64_t atMillis,
    std::string_view detailJson)
{
    const std::string payload = "{\"id\":" + jsonString(id) + ",\"change\":" + jsonString(change)
        + ",\"at\":" + std::to_string(atMillis) + ",\"detail\":" + std::string(detailJson) + "}";
    auto queued = store::enqueueMutation(db, "plo_message", id, "update", payload);
    if (!queued)
        return fail(queued.error());
    return {};
}

} // namespace varde::plo
