// Filing a received document: attach it to its patient's thread and answer OK, set the receipt
// of one of our messages, or keep it as refused with the reason (and a rejecting AppRec when
// its sender can be read). Nothing received is dropped.
#include "core/plo/apprec.h"
#include "core/plo/message_rows.h"
#include "core/plo/message_store.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/domain/national_id.h"
#include "core/store/audit_log.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <variant>

namespace varde::plo
{
namespace
{

// A refusal: the reason for a person (bokmål) and the AppRec error, "" when nobody can be
// answered.
struct Refusal {
    std::string problem;
    std::string_view appRecError;
};

struct Incoming {
    std::string type;
    std::string msgId;
    std::string conversationId;
    std::string parentMsgId;
    std::string summary;
    std::string patientId;
};

// The longest text is the message's content (a Tema or a heading is short); cut for a list.
std::string summaryOf(const PloDocument &doc)
{
    const TextPart *longest = nullptr;
    for (const auto &part : doc.texts)
        if (!longest || part.text.size() > longest->text.size())
            longest = &part;
    if (!longest || longest->text.empty())
        return doc.typeText;
    return longest->text.size() > 300 ? longest->text.substr(0, 300) + "…" : longest->text;
}

Result<std::string> patientByNationalId(store::Connection &db, const std::string &nationalId)
{
    auto select = store::Statement::prepare(
        db, "SELECT id FROM patient WHERE national_id = ? AND deleted = 0");
    if (!select)
        return fail(select.error());
    select->bind(1, nationalId);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    return *row ? select->text(0) : std::string();
}

Result<bool> addressedToUs(store::Connection &db, const Addressee &receiver)
{
    auto select = store::Statement::prepare(db,
        "SELECT count(*) FROM follow_up_service WHERE deleted = 0 AND her_id <> '' "
        "AND her_id IN (?, ?)");
    if (!select)
        return fail(select.error());
    select->bind(1, receiver.organisation.herId).bind(2, receiver.unit ? receiver.unit->herId : "");
    auto row = select->step();
    if (!row)
        return fail(row.error());
    return *row && select->int64(0) > 0;
}

Result<bool> alreadyReceived(store::Connection &db, const std::string &msgId)
{
    auto select = store::Statement::prepare(db,
        "SELECT count(*) FROM plo_message WHERE direction = 'in' AND msg_id = ? AND msg_id <> ''");
    if (!select)
        return fail(select.error());
    select->bind(1, msgId);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    return *row && select->int64(0) > 0;
}

// Which patient a readable MsgHead is about, or why it cannot be filed.
Result<std::variant<std::string, Refusal>> matchPatient(
    store::Connection &db, const PloDocument &doc)
{
    auto ours = addressedToUs(db, doc.receiver);
    if (!ours)
        return fail(ours.error());
    if (!*ours)
        return Refusal { "Meldingen er ikke adressert til denne tjenesten (mottakerens HER-id "
                         "er ikke vår).",
            apprec_error::unknownRecipient };
    if (!doc.patient || doc.patient->id.empty())
        return Refusal { "Meldingen mangler pasientens fødselsnummer.",
            apprec_error::missingNationalId };
    domain::NationalIdOptions lenient;
    lenient.allowSynthetic = true;
    lenient.allowRule2032 = true;
    if (!domain::parseNationalId(doc.patient->id, lenient))
        return Refusal { "Pasientens fødselsnummer i meldingen er ugyldig.",
            apprec_error::wrongNationalId };
    auto patient = patientByNationalId(db, doc.patient->id);
    if (!patient)
        return fail(patient.error());
    if (patient->empty())
        return Refusal { "Pasienten i meldingen finnes ikke blant tjenestens pasienter.",
            apprec_error::patientNotFound };
    return *patient;
}

Result<std::string> insertIncoming(store::EncryptedStore &store,
    const Incoming &in,
    MessageState state,
    const std::string &document,
    const std::string &problem,
    const std::string &source,
    std::int64_t atMillis)
{
    const auto id = newUuid();
    auto insert = store::Statement::prepare(store.db(),
        "INSERT INTO plo_message(id, origin, updated_at, patient_id, direction, type, msg_id, "
        "conversation_id, parent_msg_id, state, summary, document, created_by, created_at, "
        "problem, source) VALUES (?, 'local', ?, ?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, id)
        .bind(2, atMillis)
        .bindOrNull(3, in.patientId)
        .bind(4, in.type)
        .bind(5, in.msgId)
        .bind(6, in.conversationId)
        .bind(7, in.parentMsgId)
        .bind(8, messageStateKey(state))
        .bind(9, in.summary)
        .bind(10, document)
        .bind(11, store.user().meta.id)
        .bind(12, atMillis)
        .bind(13, problem)
        .bind(14, source);
    if (auto ok = insert->run(); !ok)
        return fail(ok.error());
    if (auto ok = enqueueMessageMutation(
            store.db(), id, in.patientId, in.type, in.msgId, document, "create");
        !ok)
        return fail(ok.error());
    return id;
}

// Our AppRec answering `doc`, queued like any outgoing message; records on the received row
// what we answered.
Result<std::string> queueAnswer(store::EncryptedStore &store,
    const PloDocument &doc,
    const Incoming &in,
    const std::string &receivedId,
    std::string_view errorCode,
    std::int64_t atMillis)
{
    AppRecAnswer answer;
    answer.genDate = time::fromEpochMillis(atMillis);
    answer.msgId = newUuid();
    if (!errorCode.empty()) {
        answer.outcome = AppRecOutcome::Rejected;
        answer.errors.push_back(
            { std::string(errorCode), std::string(appRecErrorText(errorCode)) });
    }
    auto xml = composeAppRec(doc, doc.kind.schema, answer);
    if (!xml) // a document too incomplete to answer stays for a person, unanswered
        return std::string();
    const auto id = newUuid();
    auto insert = store::Statement::prepare(store.db(),
        "INSERT INTO plo_message(id, origin, updated_at, patient_id, direction, type, msg_id, "
        "conversation_id, parent_msg_id, state, summary, document, created_by, created_at, "
        "queued_at, receipt_status) VALUES (?, 'local', ?, ?, 'out', 'APPREC', ?, ?, ?, 'queued', "
        "?, ?, ?, ?, ?, '')");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, id)
        .bind(2, atMillis)
        .bindOrNull(3, in.patientId)
        .bind(4, answer.msgId)
        .bind(5, in.conversationId)
        .bind(6, in.msgId)
        .bind(7, errorCode.empty() ? std::string("OK") : "Avvist: " + std::string(errorCode))
        .bind(8, *xml)
        .bind(9, store.user().meta.id)
        .bind(10, atMillis)
        .bind(11, atMillis);
    if (auto ok = insert->run(); !ok)
        return fail(ok.error());
    if (auto ok = enqueueMessageMutation(
            store.db(), id, in.patientId, "APPREC", answer.msgId, *xml, "create");
        !ok)
        return fail(ok.error());
    auto mark = store::Statement::prepare(store.db(),
        "UPDATE plo_message SET receipt_status = ?, receipt_text = ?, receipt_at = ? WHERE id = ?");
    if (!mark)
        return fail(mark.error());
    mark->bind(1, errorCode.empty() ? "ok" : "rejected")
        .bind(2, errorCode.empty() ? std::string() : std::string(appRecErrorText(errorCode)))
        .bind(3, atMillis)
        .bind(4, receivedId);
    if (auto ok = mark->run(); !ok)
        return fail(ok.error());
    return id;
}

ReceiptStatus receiptOf(const AppRecInfo &info)
{
    if (info.status == "1")
        return ReceiptStatus::Ok;
    if (info.status == "3")
        return ReceiptStatus::OkWithErrors;
    return ReceiptStatus::Rejected;
}

std::string errorTexts(const AppRecInfo &info)
{
    std::string text;
    for (const auto &e : info.errors)
        text += (text.empty() ? "" : "; ") + (e.text.empty() ? e.code : e.text)
            + (e.code.empty() || e.text.empty() ? "" : " (" + e.code + ")");
    return text;
}

// Sets the receipt of our message; false when the AppRec answers nothing we sent.
Result<std::string> fileReceipt(store::EncryptedStore &store,
    const PloDocument &doc,
    const std::string &document,
    const std::string &source,
    std::int64_t atMillis)
{
    auto original = selectMessages(store.db(),
        "WHERE direction = 'out' AND type <> 'APPREC' AND msg_id = ? AND msg_id <> ''",
        { doc.appRec->originalMsgId });
    if (!original)
        return fail(original.error());
    if (original->empty())
        return std::string();
    const auto &ours = original->front();
    const auto status = receiptOf(*doc.appRec);
    auto update = store::Statement::prepare(store.db(),
        "UPDATE plo_message SET version = version + 1, updated_at = ?, receipt_status = ?, "
        "receipt_text = ?, receipt_at = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    update->bind(1, atMillis)
        .bind(2, receiptStatusKey(status))
        .bind(3, errorTexts(*doc.appRec))
        .bind(4, atMillis)
        .bind(5, ours.id);
    if (auto ok = update->run(); !ok)
        return fail(ok.error());
    // The receipt itself is kept too (read: it needs no one's attention beyond the marker).
    Incoming in { "APPREC", doc.msgId, ours.conversationId, ours.msgId,
        std::string(doc.appRec->statusText), ours.patientId };
    auto kept = insertIncoming(store, in, MessageState::Received, document, "", source, atMillis);
    if (!kept)
        return fail(kept.error());
    auto read
        = store::Statement::prepare(store.db(), "UPDATE plo_message SET read_at = ? WHERE id = ?");
    if (!read)
        return fail(read.error());
    read->bind(1, atMillis).bind(2, *kept);
    if (auto ok = read->run(); !ok)
        return fail(ok.error());
    if (auto ok = store::appendAudit(store.db(), store::actorOf(store),
            store::audit::messageReceived, ours.patientId, "plo_message", ours.id,
            "APPREC " + std::string(receiptStatusKey(status)));
        !ok)
        return fail(ok.error());
    return ours.patientId.empty() ? std::string("-") : ours.patientId;
}

} // namespace

Result<ReceiveOutcome> receiveDocument(store::EncryptedStore &store,
    const SchemaSet &schemas,
    std::string_view document,
    const std::string &source,
    std::int64_t atMillis)
{
    const std::string text(document);
    auto tx = store::Transaction::begin(store.db());
    if (!tx)
        return fail(tx.error());
    ReceiveOutcome outcome;
    auto refuse = [&](const Incoming &in, const std::string &problem) -> Result<> {
        auto id = insertIncoming(store, in, MessageState::Refused, text, problem, source, atMillis);
        if (!id)
            return fail(id.error());
        outcome.messageId = *id;
        outcome.patientId = in.patientId;
        outcome.refused = true;
        outcome.problem = problem;
        return store::appendAudit(store.db(), store::actorOf(store), store::audit::messageReceived,
            in.patientId, "plo_message", *id, "refused " + in.type);
    };

    auto doc = readDocument(text);
    if (!doc) {
        // Nobody to answer: the sender is in what could not be read. A person looks at it.
        if (auto ok = refuse({}, "Meldingen kan ikke leses: " + doc.error().detail); !ok)
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
        return outcome;
    }
    Incoming in { doc->type, doc->msgId,
        doc->refToConversation.empty() ? doc->msgId : doc->refToConversation, doc->refToParent,
        summaryOf(*doc), {} };
    auto valid = validateDocument(text, schemas);

    if (doc->appRec) {
        // A receipt is never answered, whatever is wrong with it.
        if (!valid) {
            if (auto ok = refuse(in, "Kvitteringen følger ikke skjemaet: " + valid.error().detail);
                !ok)
                return fail(ok.error());
        } else {
            auto filed = fileReceipt(store, *doc, text, source, atMillis);
            if (!filed)
                return fail(filed.error());
            if (filed->empty()) {
                if (auto ok = refuse(in, "Kvittering for en melding som ikke er sendt herfra.");
                    !ok)
                    return fail(ok.error());
            } else {
                outcome.patientId = *filed == "-" ? std::string() : *filed;
            }
        }
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
        return outcome;
    }

    auto duplicate = alreadyReceived(store.db(), doc->msgId);
    if (!duplicate)
        return fail(duplicate.error());
    if (*duplicate) {
        // Sent twice by the transport: the first copy was filed and answered already.
        if (auto ok = refuse(in,
                "Meldingen er mottatt før (samme meldings-id); denne kopien er "
                "ikke lagt til pasienten.");
            !ok)
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
        return outcome;
    }

    std::optional<Refusal> refusal;
    if (!valid) {
        refusal = Refusal { "Meldingen følger ikke skjemaet: " + valid.error().detail,
            apprec_error::notValid };
    } else {
        auto patient = matchPatient(store.db(), *doc);
        if (!patient)
            return fail(patient.error());
        if (auto *r = std::get_if<Refusal>(&*patient))
            refusal = *r;
        else
            in.patientId = std::get<std::string>(*patient);
    }

    std::string receivedId;
    if (refusal) {
        if (auto ok = refuse(in, refusal->problem); !ok)
            return fail(ok.error());
        receivedId = outcome.messageId;
    } else {
        auto id = insertIncoming(store, in, MessageState::Received, text, "", source, atMillis);
        if (!id)
            return fail(id.error());
        receivedId = outcome.messageId = *id;
        outcome.patientId = in.patientId;
        if (auto ok = store::appendAudit(store.db(), store::actorOf(store),
                store::audit::messageReceived, in.patientId, "plo_message", *id, in.type);
            !ok)
            return fail(ok.error());
    }
    auto answer = queueAnswer(store, *doc, in, receivedId,
        refusal ? refusal->appRecError : std::string_view {}, atMillis);
    if (!answer)
        return fail(answer.error());
    outcome.appRecId = *answer;
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return outcome;
}

} // namespace varde::plo
