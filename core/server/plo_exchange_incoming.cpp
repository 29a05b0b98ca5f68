// Filing one received document on the server: an AppRec sets our message's receipt, a reply is
// attached to its patient and answered with an AppRec OK, anything else is refused with the
// reason. The same rules as the workstation's core/plo/receive.cpp, on PostgreSQL.
#include "core/server/plo_exchange_incoming.h"

#include "core/common/uuid.h"
#include "core/domain/national_id.h"
#include "core/plo/apprec.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"
#include "core/server/plo_exchange_files.h"
#include "core/server/plo_message_change.h"
#include "core/server/plo_outbox.h"

#include <fstream>
#include <optional>
#include <sstream>

namespace varde::server
{
namespace
{

namespace fs = std::filesystem;

struct Incoming {
    std::optional<std::string> serviceId;
    std::optional<std::string> patientId;
    std::string type;
    std::string msgId;
    std::string conversationId;
    std::string parentMsgId;
};

// A refusal: the reason (bokmål, no names or identity numbers) and the AppRec error we answer
// with, "" when nobody is answered.
struct Refusal {
    std::string problem;
    std::string_view appRecError;
};

PgParam optional(const std::optional<std::string> &value)
{
    return value ? PgParam { *value } : PgParam {};
}

Result<std::string> insertIncoming(PgConnection &db,
    const Incoming &in,
    std::string_view state,
    const std::string &document,
    const std::string &problem,
    const std::string &fileName,
    const std::string &now)
{
    const auto id = newUuid();
    auto inserted = db.exec(
        "INSERT INTO plo_message(id, service_id, patient_id, direction, type, msg_id, "
        "conversation_id, parent_msg_id, state, document, problem, file_name, received_at) "
        "VALUES ($1, $2, $3, 'in', $4, $5, $6, $7, $8, $9, $10, $11, "
        "to_timestamp($12::bigint / 1000.0))",
        { id, optional(in.serviceId), optional(in.patientId), in.type, in.msgId, in.conversationId,
            in.parentMsgId, std::string(state), document, problem, fileName, now });
    if (!inserted)
        return fail(inserted.error());
    if (auto ok = appendMessageChange(db, id, "create"); !ok)
        return fail(ok.error());
    return id;
}

// Our AppRec answering `doc` (OK, or rejected with `errorCode`), queued like any outgoing
// document; the received row records what we answered. Nothing when `doc` is too incomplete to
// answer (a person looks at it).
Result<> queueAnswer(PgConnection &db,
    const plo::PloDocument &doc,
    const Incoming &in,
    const std::string &receivedId,
    std::string_view errorCode,
    std::int64_t nowMillis)
{
    if (!in.serviceId)
        return {};
    plo::AppRecAnswer answer;
    answer.genDate = time::fromEpochMillis(nowMillis);
    answer.msgId = newUuid();
    if (!errorCode.empty()) {
        answer.outcome = plo::AppRecOutcome::Rejected;
        answer.errors.push_back(
            { std::string(errorCode), std::string(plo::appRecErrorText(errorCode)) });
    }
    auto xml = plo::composeAppRec(doc, doc.kind.schema, answer);
    if (!xml)
        return {};
    if (auto ok = queueOutgoingDocument(db,
            { newUuid(), *in.serviceId, in.patientId.value_or(""), "APPREC", answer.msgId, *xml });
        !ok)
        return fail(ok.error());
    auto marked = db.exec("UPDATE plo_message SET receipt_status = $2, receipt_text = $3, "
                          "receipt_at = now(), version = version + 1 WHERE id = $1",
        { receivedId, errorCode.empty() ? "ok" : "rejected",
            std::string(errorCode.empty() ? "" : plo::appRecErrorText(errorCode)) });
    if (!marked)
        return fail(marked.error());
    return appendMessageChange(db, receivedId, "update");
}

Result<std::optional<std::string>> serviceFor(PgConnection &db, const plo::Addressee &receiver)
{
    auto row = db.exec("SELECT id FROM follow_up_service WHERE her_id <> '' AND her_id IN ($1, "
                       "$2) ORDER BY id LIMIT 1",
        { receiver.organisation.herId, receiver.unit ? receiver.unit->herId : "" });
    if (!row)
        return fail(row.error());
    if (row->rows() == 0)
        return std::optional<std::string> {};
    return std::optional<std::string> { row->text(0, 0) };
}

// The patient of `serviceId` the document is about, or why it cannot be filed.
Result<std::optional<Refusal>> matchPatient(
    PgConnection &db, const plo::PloDocument &doc, Incoming &in)
{
    if (!doc.patient || doc.patient->id.empty())
        return Refusal { "Meldingen mangler pasientens fødselsnummer.",
            plo::apprec_error::missingNationalId };
    domain::NationalIdOptions lenient;
    lenient.allowSynthetic = true;
    lenient.allowRule2032 = true;
    if (!domain::parseNationalId(doc.patient->id, lenient))
        return Refusal { "Pasientens fødselsnummer i meldingen er ugyldig.",
            plo::apprec_error::wrongNationalId };
    auto row = db.exec("SELECT id FROM patient WHERE service_id = $1 AND national_id = $2 AND "
                       "NOT deleted",
        { *in.serviceId, doc.patient->id });
    if (!row)
        return fail(row.error());
    if (row->rows() == 0)
        return Refusal { "Pasienten i meldingen finnes ikke blant tjenestens pasienter.",
            plo::apprec_error::patientNotFound };
    in.patientId = row->text(0, 0);
    return std::optional<Refusal> {};
}

// Sets the receipt of our message answered by the AppRec `doc`; false when it answers nothing
// we sent.
Result<bool> fileReceipt(PgConnection &db,
    const plo::PloDocument &doc,
    Incoming &in,
    const std::string &text,
    const std::string &fileName,
    const std::string &now)
{
    auto ours = db.exec("SELECT id, service_id, patient_id, conversation_id FROM plo_message "
                        "WHERE direction = 'out' AND type <> 'APPREC' AND msg_id = $1",
        { doc.appRec->originalMsgId });
    if (!ours)
        return fail(ours.error());
    if (ours->rows() == 0)
        return false;
    const auto &info = *doc.appRec;
    std::string status = info.status == "1" ? "ok"
        : info.status == "3"                ? "ok_with_errors"
                                            : "rejected";
    std::string errors;
    for (const auto &e : info.errors)
        errors += (errors.empty() ? "" : "; ") + (e.text.empty() ? e.code : e.text)
            + (e.code.empty() || e.text.empty() ? "" : " (" + e.code + ")");
    const auto ourId = ours->text(0, 0);
    auto updated = db.exec("UPDATE plo_message SET receipt_status = $2, receipt_text = $3, "
                           "receipt_at = to_timestamp($4::bigint / 1000.0), version = version + 1 "
                           "WHERE id = $1",
        { ourId, status, errors, now });
    if (!updated)
        return fail(updated.error());
    if (auto ok = appendMessageChange(db, ourId, "update"); !ok)
        return fail(ok.error());
    // The receipt itself is kept too, beside the message it answers.
    in.serviceId = ours->text(0, 1);
    if (!ours->isNull(0, 2))
        in.patientId = ours->text(0, 2);
    in.parentMsgId = info.originalMsgId;
    in.conversationId = ours->text(0, 3);
    if (auto kept = insertIncoming(db, in, "received", text, "", fileName, now); !kept)
        return fail(kept.error());
    return true;
}

Result<std::string> readText(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(ErrorCode::Io, "cannot read " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

Result<> fileIncoming(PgConnection &db,
    const fs::path &file,
    const fs::path &incoming,
    const plo::SchemaSet &schemas,
    std::int64_t nowMillis,
    ExchangeReport &report)
{
    const auto refusedFolder = incoming / "refused";
    const auto doneFolder = incoming / "done";
    const auto fileName = file.filename().string();
    const auto now = std::to_string(nowMillis);
    auto text = readText(file);
    if (!text)
        return fail(text.error());

    auto doc = plo::readDocument(*text);
    if (!doc) {
        // Nobody to answer and no row: the sender is in what could not be read.
        ++report.refused;
        return exchange_files::moveRefused(
            file, refusedFolder, "Meldingen kan ikke leses: " + doc.error().detail);
    }

    // Read before: filed already (a crash before the move, or the transport sending twice).
    auto before = db.exec("SELECT state, problem FROM plo_message WHERE direction = 'in' AND "
                          "msg_id = $1 AND msg_id <> '' ORDER BY received_at LIMIT 1",
        { doc->msgId });
    if (!before)
        return fail(before.error());
    if (before->rows() > 0) {
        ++report.duplicates;
        if (before->text(0, 0) == "refused")
            return exchange_files::moveRefused(file, refusedFolder, before->text(0, 1));
        if (auto moved = exchange_files::moveInto(file, doneFolder); !moved)
            return fail(moved.error());
        return {};
    }

    Incoming in { {}, {}, doc->type, doc->msgId,
        doc->refToConversation.empty() ? doc->msgId : doc->refToConversation, doc->refToParent };
    auto valid = plo::validateDocument(*text, schemas);
    // Our schemas missing or broken says nothing about the document: end the pass, keep it.
    if (!valid
        && (valid.error().code == ErrorCode::Io || valid.error().detail.rfind("schema ", 0) == 0))
        return fail(valid.error());
    auto tx = PgTransaction::begin(db);
    if (!tx)
        return fail(tx.error());
    std::optional<Refusal> refusal;

    if (doc->appRec) {
        // A receipt is never answered, whatever is wrong with it.
        if (!valid) {
            refusal = Refusal { "Kvitteringen følger ikke skjemaet: " + valid.error().detail, {} };
        } else {
            auto filed = fileReceipt(db, *doc, in, *text, fileName, now);
            if (!filed)
                return fail(filed.error());
            if (*filed)
                ++report.receipts;
            else
                refusal = Refusal { "Kvittering for en melding som ikke er sendt herfra.", {} };
        }
        if (refusal) {
            if (auto id = insertIncoming(db, in, "refused", *text, refusal->problem, fileName, now);
                !id)
                return fail(id.error());
        }
    } else {
        auto service = serviceFor(db, doc->receiver);
        if (!service)
            return fail(service.error());
        in.serviceId = *service;
        if (!valid) {
            refusal = Refusal { "Meldingen følger ikke skjemaet: " + valid.error().detail,
                plo::apprec_error::notValid };
        } else if (!in.serviceId) {
            refusal = Refusal { "Meldingen er ikke adressert til denne tjenesten (mottakerens "
                                "HER-id er ikke vår).",
                plo::apprec_error::unknownRecipient };
        } else {
            auto match = matchPatient(db, *doc, in);
            if (!match)
                return fail(match.error());
            refusal = *match;
        }
        auto id = insertIncoming(db, in, refusal ? "refused" : "received", *text,
            refusal ? refusal->problem : "", fileName, now);
        if (!id)
            return fail(id.error());
        if (auto ok = queueAnswer(
                db, *doc, in, *id, refusal ? refusal->appRecError : std::string_view {}, nowMillis);
            !ok)
            return fail(ok.error());
        if (!refusal)
            ++report.received;
    }
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());

    if (refusal) {
        ++report.refused;
        return exchange_files::moveRefused(file, refusedFolder, refusal->problem);
    }
    if (auto moved = exchange_files::moveInto(file, doneFolder); !moved)
        return fail(moved.error());
    return {};
}

} // namespace varde::server
