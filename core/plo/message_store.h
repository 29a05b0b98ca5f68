#pragma once
// Each patient's message thread with the GP, kept in the encrypted store: drafts, messages
// queued for sending, sent, the receipt (AppRec) each got, and replies received. Queuing
// validates against the bundled schemas and writes the message, its outbox entry and the audit
// event in one transaction (the sync issue delivers the outbox; until then a queued message can
// be exported to a file). Received documents are attached to their patient and answered with
// an AppRec; a document that cannot be read or matched is kept for a person to look at, never
// dropped.

#include "core/common/result.h"
#include "core/plo/compose.h"
#include "core/plo/schemas.h"
#include "core/store/encrypted_store.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace varde::plo
{

enum class MessageState {
    Draft, // outgoing, being written (draft_json, no document yet)
    Queued, // outgoing, valid document waiting for the transport
    Sent, // outgoing, handed to the message service
    Received, // incoming, read and attached to its patient
    Refused, // incoming, could not be read or matched: kept for a person (problem says why)
};
std::string_view messageStateKey(MessageState state); // "draft", "queued", ...

// For outgoing messages: the AppRec the receiver answered. For incoming ones: what we answered.
enum class ReceiptStatus { None, Ok, OkWithErrors, Rejected };
std::string_view receiptStatusKey(ReceiptStatus status); // "", "ok", "ok_with_errors", ...

struct ThreadMessage {
    std::string id; // row id
    std::string patientId; // "" for a refused document that matched no patient
    bool outgoing = true;
    std::string type; // MsgInfo/Type/@V ("DIALOG_SVAR"), "APPREC"; "" if unreadable
    std::string msgId; // MsgInfo/MsgId or AppRec Id
    std::string conversationId; // RefToConversation, or the first message's own MsgId
    std::string parentMsgId; // RefToParent (a reply: the message it answers)
    MessageState state = MessageState::Draft;
    std::string findingId; // the finding it was written about, "" if none
    std::string summary; // the problem sentence, or the first text of a received message
    std::string document; // the XML as queued or received ("" for a draft)
    std::optional<OutgoingMessage> draft; // drafts only
    std::string createdBy; // user id of who wrote or received it
    std::int64_t createdAtMillis = 0;
    std::int64_t queuedAtMillis = 0; // 0 = not queued
    std::int64_t sentAtMillis = 0; // 0 = not sent
    ReceiptStatus receipt = ReceiptStatus::None;
    std::string receiptText; // error texts of the AppRec, "; "-separated
    std::int64_t receiptAtMillis = 0;
    std::int64_t readAtMillis = 0; // incoming: 0 = unread
    std::string problem; // refused: the reason in bokmål
    std::string source; // incoming: file name or channel it came from
};

// Drafts. saveDraft creates a draft (draftId empty) or replaces one; returns its id.
Result<std::string> saveDraft(store::EncryptedStore &store,
    const std::string &patientId,
    const OutgoingMessage &message,
    const std::string &findingId,
    const std::string &draftId,
    std::int64_t atMillis);
Result<> discardDraft(store::EncryptedStore &store, const std::string &draftId);

struct QueueOptions {
    std::string draftId; // the draft this message came from: it becomes the queued row
    std::string findingId; // what it was written about
    // Findings to acknowledge with the action "sent_plo" in the same transaction.
    std::vector<std::string> acknowledgeFindingIds;
    std::string acknowledgeNote;
};

struct QueuedMessage {
    std::string id;
    std::string msgId;
    std::string document;
};

// Checks, composes and validates the message against `schemas`, then stores it as queued with
// its outbox entry, audit event plo.queue (and the acknowledgements) in one transaction.
// InvalidArgument with the field or the schema's errors when it is not valid; nothing is
// stored then.
Result<QueuedMessage> queueMessage(store::EncryptedStore &store,
    const SchemaSet &schemas,
    const std::string &patientId,
    const OutgoingMessage &message,
    const QueueOptions &options,
    std::int64_t atMillis);

// Writes a queued or sent document to `path` (whole or not at all) and audits plo.export.
Result<> exportMessage(
    store::EncryptedStore &store, const std::string &messageId, const std::filesystem::path &path);

// The transport handed a queued message (or one of our AppRecs) to the message service.
Result<> markSent(
    store::EncryptedStore &store, const std::string &messageId, std::int64_t atMillis);

// Outgoing documents waiting for the transport, oldest first (AppRecs we answered included).
Result<std::vector<ThreadMessage>> queuedMessages(store::EncryptedStore &store);

struct ReceiveOutcome {
    std::string messageId; // the stored row (received or refused), "" for an AppRec we matched
    std::string patientId; // "" when no patient matched
    bool refused = false;
    std::string problem; // bokmål, when refused
    std::string appRecId; // row of the AppRec we queued in answer, "" when none (an AppRec
                          // is never answered; an unreadable document has nobody to answer)
};

// Reads, validates and files one received document:
// - an AppRec for one of our messages sets that message's receipt (an unknown one is refused);
// - a MsgHead for our service and a known patient is attached to the thread (unread) and
//   answered with an AppRec OK;
// - otherwise it is kept as refused with the reason, answered with a rejecting AppRec (T01,
//   T02, T10, E21, E30, E35) when its sender can be read.
// Audits plo.receive. Only a store failure is an error: bad documents are outcomes.
Result<ReceiveOutcome> receiveDocument(store::EncryptedStore &store,
    const SchemaSet &schemas,
    std::string_view document,
    const std::string &source,
    std::int64_t atMillis);

// The patient's messages, oldest first; AppRecs are folded into the rows they answer.
// Audits nothing (the patient view's opening is the access).
Result<std::vector<ThreadMessage>> patientThread(
    store::EncryptedStore &store, const std::string &patientId);

// Refused documents waiting for a person, newest first.
Result<std::vector<ThreadMessage>> refusedDocuments(store::EncryptedStore &store);

// The nurse has read a received message; audits plo.read.
Result<> markRead(
    store::EncryptedStore &store, const std::string &messageId, std::int64_t atMillis);

// Default for messages without a receipt: worth a look after this many hours.
inline constexpr int defaultReceiptAlertHours = 24;

// The service's setting (follow_up_service.plo_receipt_alert_hours), the default without one.
Result<int> receiptAlertHours(store::EncryptedStore &store);

struct MessageFlags {
    int unreadReplies = 0;
    int withoutReceipt = 0; // queued or sent more than the alert hours ago, no AppRec yet
};
// Per patient id; patients without either flag are absent.
Result<std::map<std::string, MessageFlags>> messageFlags(
    store::EncryptedStore &store, std::int64_t nowMillis, int receiptAlertHours);

} // namespace varde::plo
