// A patient's message thread with the GP in the store: drafts, queuing with the acknowledgement
// in one transaction, export, the GP's receipt and reply, our AppRec answers, the worklist's
// flags, and received documents that cannot be filed being kept for a person.
#include "core/plo/apprec.h"
#include "core/plo/drafting.h"
#include "core/plo/gp_reply.h"
#include "core/plo/message_store.h"
#include "core/plo/reader.h"
#include "core/plo/validate.h"
#include "tests/core/plo/plo_practice.h"
#include "tests/core/plo/plo_samples.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace varde;
using namespace varde::test;
using plo_test::bundled;
using plo_test::Practice;

namespace
{

std::int64_t rows(store::EncryptedStore &store, const std::string &where)
{
    return count(store, "SELECT count(*) FROM " + where);
}

// A patient with a red SpO2 this morning and the nurse's message drafted for it.
struct RedPatient {
    Practice practice;
    domain::Patient patient = practice.addPatient();
    std::vector<std::string> findings;
    plo::OutgoingMessage draft;

    RedPatient()
    {
        auto &clinic = practice.clinic;
        clinic.addSpo2(patient.meta.id, 95, osloAt(8, 0, -1));
        clinic.addSpo2(patient.meta.id, 86, osloAt(8, 14));
        findings = openFindingIds(rowOf(clinic.build(osloAt(9, 0)), patient.meta.id));
        REQUIRE_FALSE(findings.empty());
        auto drafted = plo::draftForPatient(
            store(), patient.meta.id, plo::OutgoingKind::DialogForesporsel, osloAt(9, 0));
        VARDE_REQUIRE_OK(drafted);
        draft = *drafted;
    }

    store::EncryptedStore &store() { return practice.clinic.store(); }

    plo::QueuedMessage queue(std::int64_t at = millisAt(9, 5))
    {
        auto queued = plo::queueMessage(
            store(), bundled(), patient.meta.id, draft, { "", findings.front(), {}, "" }, at);
        VARDE_REQUIRE_OK(queued);
        return *queued;
    }

    std::vector<plo::ThreadMessage> thread()
    {
        auto t = plo::patientThread(store(), patient.meta.id);
        VARDE_REQUIRE_OK(t);
        return *t;
    }

    plo::ReceiveOutcome receive(const std::string &xml, std::int64_t at = millisAt(11, 0))
    {
        auto outcome = plo::receiveDocument(store(), bundled(), xml, "test.xml", at);
        VARDE_REQUIRE_OK(outcome);
        return *outcome;
    }
};

// What the GP's system answers: its AppRec for our message.
std::string gpReceipt(const std::string &ours, plo::AppRecOutcome outcome, std::string code = "")
{
    auto doc = plo::readDocument(ours);
    VARDE_REQUIRE_OK(doc);
    plo::AppRecAnswer answer;
    answer.outcome = outcome;
    answer.genDate = osloAt(9, 30);
    if (!code.empty())
        answer.errors.push_back({ code, "" });
    auto xml = plo::composeAppRec(*doc, doc->kind.schema, answer);
    VARDE_REQUIRE_OK(xml);
    return *xml;
}

std::string gpReply(const std::string &ours, const std::string &text)
{
    auto xml = plo::composeGpReply(ours, { text, "", osloAt(10, 30) });
    VARDE_REQUIRE_OK(xml);
    return *xml;
}

std::vector<std::string> auditActions(store::EncryptedStore &store)
{
    auto events = store::recentAudit(store.db(), 100);
    VARDE_REQUIRE_OK(events);
    std::vector<std::string> actions;
    for (const auto &e : *events)
        actions.push_back(e.action);
    return actions;
}

bool has(const std::vector<std::string> &all, const std::string &one)
{
    return std::find(all.begin(), all.end(), one) != all.end();
}

} // namespace

TEST_CASE("messages: queuing stores the valid document, its outbox entry, audit and "
          "acknowledgement together",
    "[plo][messages]")
{
    RedPatient red;
    auto &store = red.store();
    const auto outboxBefore = rows(store, "outbox");
    auto queued = plo::queueMessage(store, bundled(), red.patient.meta.id, red.draft,
        { "", red.findings.front(), red.findings, "Spør om kur" }, millisAt(9, 5));
    VARDE_REQUIRE_OK(queued);

    VARDE_REQUIRE_OK(plo::validateDocument(queued->document, bundled()));
    const auto thread = red.thread();
    REQUIRE(thread.size() == 1);
    CHECK(thread[0].state == plo::MessageState::Queued);
    CHECK(thread[0].outgoing);
    CHECK(thread[0].type == "DIALOG_FORESPORSEL");
    CHECK(thread[0].msgId == queued->msgId);
    CHECK(thread[0].summary == red.draft.content.problem);
    CHECK(thread[0].findingId == red.findings.front());
    CHECK(thread[0].createdBy == store.user().meta.id);
    CHECK(rows(store, "outbox WHERE entity = 'plo_message' AND op = 'create'") == 1);
    CHECK(rows(store, "outbox") > outboxBefore);
    // Sending is the acknowledgement: the red finding leaves the queue with "sent_plo".
    CHECK(rows(store, "acknowledgement WHERE action = 'sent_plo'") == long(red.findings.size()));
    CHECK(openFindingIds(rowOf(red.practice.clinic.build(osloAt(9, 10)), red.patient.meta.id))
              .empty());
    CHECK(has(auditActions(store), "plo.queue"));
    CHECK(has(auditActions(store), "finding.acknowledge"));

    auto waiting = plo::queuedMessages(store);
    VARDE_REQUIRE_OK(waiting);
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->front().document == queued->document);
}

TEST_CASE("messages: a message that breaks the standard is not queued and nothing changes",
    "[plo][messages]")
{
    RedPatient red;
    auto &store = red.store();
    red.draft.sender.nursePhone.clear();
    const auto outboxBefore = rows(store, "outbox");
    auto queued = plo::queueMessage(store, bundled(), red.patient.meta.id, red.draft,
        { "", "", red.findings, "" }, millisAt(9, 5));
    REQUIRE_FALSE(queued);
    CHECK(queued.error().code == ErrorCode::InvalidArgument);
    CHECK(queued.error().detail == "sender.nurse_phone: missing");
    CHECK(red.thread().empty());
    CHECK(rows(store, "outbox") == outboxBefore);
    CHECK(rows(store, "acknowledgement") == 0);
}

TEST_CASE("messages: a draft is saved, continued and becomes the queued message", "[plo][messages]")
{
    RedPatient red;
    auto &store = red.store();
    auto id = plo::saveDraft(
        store, red.patient.meta.id, red.draft, red.findings.front(), "", millisAt(9, 1));
    VARDE_REQUIRE_OK(id);
    red.draft.content.question = "Skal hun starte prednisolon?";
    VARDE_REQUIRE_OK(
        plo::saveDraft(store, red.patient.meta.id, red.draft, "", *id, millisAt(9, 2)));

    auto thread = red.thread();
    REQUIRE(thread.size() == 1);
    CHECK(thread[0].state == plo::MessageState::Draft);
    REQUIRE(thread[0].draft);
    CHECK(thread[0].draft->content.question == "Skal hun starte prednisolon?");
    CHECK(thread[0].draft->patient.nationalId == red.patient.nationalId);
    CHECK(thread[0].document.empty());
    // A draft is not yet a record for the server.
    CHECK(rows(store, "outbox WHERE entity = 'plo_message'") == 0);

    auto queued = plo::queueMessage(store, bundled(), red.patient.meta.id, *thread[0].draft,
        { *id, "", {}, "" }, millisAt(9, 5));
    VARDE_REQUIRE_OK(queued);
    CHECK(queued->id == *id);
    thread = red.thread();
    REQUIRE(thread.size() == 1);
    CHECK(thread[0].state == plo::MessageState::Queued);
    CHECK(thread[0].findingId == red.findings.front());
    CHECK(plo::readDocument(thread[0].document)->text().find("Skal hun starte prednisolon?")
        != std::string::npos);
    // Queued is final: it is no longer a draft to edit or discard.
    CHECK(
        plo::saveDraft(store, red.patient.meta.id, red.draft, "", *id, millisAt(9, 6)).error().code
        == ErrorCode::WrongState);
    CHECK(plo::discardDraft(store, *id).error().code == ErrorCode::WrongState);

    auto other = plo::saveDraft(store, red.patient.meta.id, red.draft, "", "", millisAt(9, 7));
    VARDE_REQUIRE_OK(other);
    VARDE_REQUIRE_OK(plo::discardDraft(store, *other));
    CHECK(red.thread().size() == 1);
    CHECK(has(auditActions(store), "plo.draft"));
    CHECK(has(auditActions(store), "plo.discard"));
}

TEST_CASE("messages: export writes the queued document whole and is audited", "[plo][messages]")
{
    RedPatient red;
    auto &store = red.store();
    const auto queued = red.queue();
    const auto path
        = std::filesystem::temp_directory_path() / ("varde-export-" + queued.msgId + ".xml");
    VARDE_REQUIRE_OK(plo::exportMessage(store, queued.id, path));
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    CHECK(bytes.str() == queued.document);
    std::filesystem::remove(path);
    CHECK(has(auditActions(store), "plo.export"));

    auto draft = plo::saveDraft(store, red.patient.meta.id, red.draft, "", "", millisAt(9, 7));
    VARDE_REQUIRE_OK(draft);
    auto refused = plo::exportMessage(store, *draft, path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::WrongState);
    CHECK_FALSE(std::filesystem::exists(path));
    auto unwritable = plo::exportMessage(store, queued.id, "/nonexistent-folder/x.xml");
    REQUIRE_FALSE(unwritable);
    CHECK(unwritable.error().code == ErrorCode::Io);
}

TEST_CASE("messages: the GP's receipt and reply reach the thread, and we answer the reply",
    "[plo][messages]")
{
    RedPatient red;
    auto &store = red.store();
    const auto queued = red.queue();
    VARDE_REQUIRE_OK(plo::markSent(store, queued.id, millisAt(9, 6)));

    auto outcome = red.receive(gpReceipt(queued.document, plo::AppRecOutcome::Ok), millisAt(9, 31));
    CHECK_FALSE(outcome.refused);
    CHECK(outcome.appRecId.empty()); // a receipt is never answered
    auto thread = red.thread();
    REQUIRE(thread.size() == 1);
    CHECK(thread[0].state == plo::MessageState::Sent);
    CHECK(thread[0].receipt == plo::ReceiptStatus::Ok);
    CHECK(thread[0].receiptAtMillis == millisAt(9, 31));

    outcome = red.receive(gpReply(queued.document, "Start prednisolon 30 mg i 5 dager."));
    CHECK_FALSE(outcome.refused);
    CHECK(outcome.patientId == red.patient.meta.id);
    thread = red.thread();
    REQUIRE(thread.size() == 2);
    const auto &reply = thread[1];
    CHECK_FALSE(reply.outgoing);
    CHECK(reply.state == plo::MessageState::Received);
    CHECK(reply.type == "DIALOG_SVAR");
    CHECK(reply.parentMsgId == queued.msgId);
    CHECK(reply.conversationId == queued.msgId);
    CHECK(reply.readAtMillis == 0);
    CHECK(reply.receipt == plo::ReceiptStatus::Ok); // what we answered
    CHECK(plo::readDocument(reply.document)->text().find("Start prednisolon 30 mg")
        != std::string::npos);

    // Our AppRec OK waits for the transport, valid and pointing at the reply.
    auto waiting = plo::queuedMessages(store);
    VARDE_REQUIRE_OK(waiting);
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->front().type == "APPREC");
    CHECK(waiting->front().id == outcome.appRecId);
    auto kind = plo::validateDocument(waiting->front().document, bundled());
    VARDE_REQUIRE_OK(kind);
    CHECK(kind->schema == plo::Schema::AppRec10); // the reply is Dialogmelding 1.0
    auto appRec = plo::readDocument(waiting->front().document);
    VARDE_REQUIRE_OK(appRec);
    REQUIRE(appRec->appRec);
    CHECK(appRec->appRec->status == "1");
    CHECK(appRec->appRec->originalMsgId == reply.msgId);

    auto flags = plo::messageFlags(store, millisAt(11, 5), 24);
    VARDE_REQUIRE_OK(flags);
    REQUIRE(flags->count(red.patient.meta.id));
    CHECK(flags->at(red.patient.meta.id).unreadReplies == 1);
    CHECK(flags->at(red.patient.meta.id).withoutReceipt == 0);
    VARDE_REQUIRE_OK(plo::markRead(store, reply.id, millisAt(11, 6)));
    flags = plo::messageFlags(store, millisAt(11, 7), 24);
    VARDE_REQUIRE_OK(flags);
    CHECK_FALSE(flags->count(red.patient.meta.id));
    const auto actions = auditActions(store);
    CHECK(has(actions, "plo.send"));
    CHECK(has(actions, "plo.receive"));
    CHECK(has(actions, "plo.read"));
}

TEST_CASE("messages: no receipt after the alert hours is flagged; a rejection shows its text",
    "[plo][messages]")
{
    RedPatient red;
    auto &store = red.store();
    const auto queued = red.queue(millisAt(9, 5));
    auto hours = plo::receiptAlertHours(store);
    VARDE_REQUIRE_OK(hours);
    CHECK(*hours == 24);
    auto flags = plo::messageFlags(store, millisAt(9, 0, 1), *hours); // 23 h 55 min
    VARDE_REQUIRE_OK(flags);
    CHECK_FALSE(flags->count(red.patient.meta.id));
    flags = plo::messageFlags(store, millisAt(9, 10, 1), *hours);
    VARDE_REQUIRE_OK(flags);
    REQUIRE(flags->count(red.patient.meta.id));
    CHECK(flags->at(red.patient.meta.id).withoutReceipt == 1);

    red.receive(gpReceipt(queued.document, plo::AppRecOutcome::Rejected, "E35"));
    const auto thread = red.thread();
    REQUIRE(thread.size() == 1);
    CHECK(thread[0].receipt == plo::ReceiptStatus::Rejected);
    CHECK(thread[0].receiptText == "Pasienten finnes ikke i mottakersystemet (E35)");
    flags = plo::messageFlags(store, millisAt(9, 10, 1), *hours);
    VARDE_REQUIRE_OK(flags);
    CHECK_FALSE(flags->count(red.patient.meta.id));
}

TEST_CASE("messages: documents that cannot be filed are kept for a person and answered where "
          "the sender can be read",
    "[plo][messages]")
{
    RedPatient red;
    auto &store = red.store();
    const auto queued = red.queue();
    const auto reply = gpReply(queued.document, "Svar");

    SECTION("truncated: kept, nobody to answer")
    {
        const auto outcome = red.receive(reply.substr(0, reply.size() / 2));
        CHECK(outcome.refused);
        CHECK(outcome.appRecId.empty());
        CHECK(outcome.problem.rfind("Meldingen kan ikke leses: ", 0) == 0);
        auto refused = plo::refusedDocuments(store);
        VARDE_REQUIRE_OK(refused);
        REQUIRE(refused->size() == 1);
        CHECK(refused->front().document == reply.substr(0, reply.size() / 2));
        CHECK(refused->front().source == "test.xml");
        CHECK(refused->front().patientId.empty());
    }
    SECTION("a patient we do not follow: kept and rejected with E35")
    {
        auto other = plo_test::replaced(
            reply, red.patient.nationalId, fodselsnummer(year { 1944 } / March / day { 3 }));
        REQUIRE(other != reply);
        const auto outcome = red.receive(other);
        CHECK(outcome.refused);
        CHECK(outcome.problem == "Pasienten i meldingen finnes ikke blant tjenestens pasienter.");
        auto waiting = plo::queuedMessages(store);
        VARDE_REQUIRE_OK(waiting);
        auto appRec = std::find_if(
            waiting->begin(), waiting->end(), [](const auto &m) { return m.type == "APPREC"; });
        REQUIRE(appRec != waiting->end());
        auto doc = plo::readDocument(appRec->document);
        VARDE_REQUIRE_OK(doc);
        CHECK(doc->appRec->status == "2");
        REQUIRE(doc->appRec->errors.size() == 1);
        CHECK(doc->appRec->errors[0].code == "E35");
        VARDE_REQUIRE_OK(plo::validateDocument(appRec->document, bundled()));
        CHECK(red.thread().size() == 1); // not in the patient's thread
    }
    SECTION("addressed to another service: E21")
    {
        auto other = plo_test::replaced(reply, "99387", "12345");
        REQUIRE(other != reply);
        const auto outcome = red.receive(other);
        CHECK(outcome.refused);
        CHECK_FALSE(outcome.appRecId.empty());
        CHECK(outcome.problem.find("ikke adressert til denne tjenesten") != std::string::npos);
    }
    SECTION("a receipt for a message never sent from here: kept, not answered")
    {
        auto receipt = gpReceipt(queued.document, plo::AppRecOutcome::Ok);
        receipt = plo_test::replaced(receipt, queued.msgId, "0badf00d-0000-4000-8000-000000000000");
        const auto outcome = red.receive(receipt);
        CHECK(outcome.refused);
        CHECK(outcome.appRecId.empty());
        CHECK(red.thread()[0].receipt == plo::ReceiptStatus::None);
    }
    SECTION("the same reply twice: filed once, answered once")
    {
        CHECK_FALSE(red.receive(reply).refused);
        const auto again = red.receive(reply);
        CHECK(again.refused);
        CHECK(again.appRecId.empty());
        CHECK(red.thread().size() == 2);
        CHECK(rows(store, "plo_message WHERE type = 'APPREC' AND direction = 'out'") == 1);
    }
    CHECK(has(auditActions(store), "plo.receive"));
}
