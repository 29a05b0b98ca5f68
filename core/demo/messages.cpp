// Demo stage: message threads with the GPs, written through core/plo as the nurses and the
// GPs' systems would have: a few patients whose red findings of the last days were sent to the
// GP, receipted and answered (the newest answers still unread); one message from yesterday
// still without a receipt; and one document for a patient the service does not follow, kept
// for a person to look at.
#include "core/demo/messages.h"

#include "core/plo/apprec.h"
#include "core/plo/drafting.h"
#include "core/plo/gp_reply.h"
#include "core/plo/message_store.h"
#include "core/plo/reader.h"
#include "core/triage/reason_text.h"
#include "core/worklist/worklist.h"

#include <algorithm>
#include <array>

namespace varde::demo
{
namespace
{

constexpr std::int64_t minute = 60 * 1000;

const std::array<const char *, 4> replies { {
    "Takk for meldingen. Start prednisolon 30 mg x 1 i 5 dager og amoksicillin 500 mg x 3 i 7 "
    "dager. Ny kontroll hos meg på fredag.",
    "Øk furosemid til 40 mg x 2 i tre dager, så tilbake til vanlig dose. Gi beskjed ved "
    "vektøkning over 2 kg til.",
    "Ingen endring nå. Fortsett etter planen, og send ny melding om SpO2 holder seg under 90 %.",
    "Jeg ringer pasienten i dag og vurderer hjemmebesøk.",
} };

// The patients with a red finding in the last days before today, most recent first.
struct RedFinding {
    std::string patientId;
    std::int64_t foundAt = 0;
    std::string problem; // as the nurse read it that day
};

std::vector<RedFinding> recentRed(const worklist::Worklist &list, std::int64_t todayStart)
{
    std::vector<RedFinding> red;
    for (const auto &row : list.rows)
        for (const auto &f : row.result.findings) {
            const auto at = time::toEpochMillis(f.reason.time);
            if (f.level() == triage::Level::Red && at < todayStart
                && at > todayStart - 5 * 24 * 60 * minute) {
                red.push_back(
                    { row.patientId(), at, triage::reasonTextNb(f.reason, f.reason.time) + "." });
                break;
            }
        }
    std::sort(
        red.begin(), red.end(), [](const auto &a, const auto &b) { return a.foundAt > b.foundAt; });
    return red;
}

Result<plo::QueuedMessage> send(store::EncryptedStore &store,
    const plo::SchemaSet &schemas,
    const std::string &patientId,
    plo::OutgoingKind kind,
    std::int64_t at,
    const std::string &nursePhone,
    const std::string &problem)
{
    auto draft = plo::draftForPatient(store, patientId, kind, time::fromEpochMillis(at));
    if (!draft)
        return fail(draft.error());
    // The signed-in user stands in for the first demo nurse, whose phone the store may lack.
    if (draft->sender.nursePhone.empty())
        draft->sender.nursePhone = nursePhone;
    // The store holds the days after the message too; the problem is the finding of that day.
    draft->content.problem = problem;
    auto queued = plo::queueMessage(store, schemas, patientId, *draft, {}, at);
    if (!queued)
        return fail(queued.error());
    if (auto ok = plo::markSent(store, queued->id, at + 2 * minute); !ok)
        return fail(ok.error());
    return queued;
}

Result<> receive(store::EncryptedStore &store,
    const plo::SchemaSet &schemas,
    const std::string &xml,
    std::int64_t at)
{
    auto outcome = plo::receiveDocument(store, schemas, xml, "demo", at);
    if (!outcome)
        return fail(outcome.error());
    return {};
}

Result<std::string> gpReceipt(const std::string &ours, std::int64_t at)
{
    auto doc = plo::readDocument(ours);
    if (!doc)
        return fail(doc.error());
    plo::AppRecAnswer answer;
    answer.genDate = time::fromEpochMillis(at);
    return plo::composeAppRec(*doc, doc->kind.schema, answer);
}

// A reply about someone the service does not follow (a wrong fødselsnummer): refused, kept.
Result<int> writeRefused(store::EncryptedStore &store,
    const plo::SchemaSet &schemas,
    const std::string &patientId,
    time::Instant now)
{
    auto thread = plo::patientThread(store, patientId);
    if (!thread)
        return fail(thread.error());
    if (thread->empty())
        return 0;
    auto reply = plo::composeGpReply(thread->front().document,
        { "Svar på forespørselen om blodtrykk.", "", now - std::chrono::hours { 2 } });
    if (!reply)
        return fail(reply.error());
    auto doc = plo::readDocument(*reply);
    if (!doc)
        return fail(doc.error());
    auto wrong = *reply;
    if (doc->patient)
        if (const auto at = wrong.find(doc->patient->id); at != std::string::npos)
            wrong.replace(at, doc->patient->id.size(), "01017012345");
    if (auto ok = receive(store, schemas, wrong, time::toEpochMillis(now) - 110 * minute); !ok)
        return fail(ok.error());
    return 1;
}

} // namespace

Result<int> writeMessages(store::EncryptedStore &store,
    const Cohort &cohort,
    time::Instant now,
    const plo::SchemaSet &schemas)
{
    auto list = worklist::buildWorklist(store, now);
    if (!list)
        return fail(list.error());
    const auto todayStart = time::toEpochMillis(time::osloStartOfDay(cohort.options.endDate));
    const auto red = recentRed(*list, todayStart);
    int written = 0;
    const std::string phone = cohort.nurses.empty() ? "71111001" : cohort.nurses.front().phone;
    // One patient is kept for the message without a receipt whenever there are two or more.
    const std::size_t answered
        = std::min<std::size_t>(red.size() > 1 ? red.size() - 1 : red.size(), replies.size());
    for (std::size_t i = 0; i < answered; ++i) {
        const auto &[patientId, foundAt, problem] = red[i];
        const auto sentAt = foundAt + 50 * minute;
        const auto kind
            = i % 2 ? plo::OutgoingKind::HelsefagligDialog : plo::OutgoingKind::DialogForesporsel;
        auto queued = send(store, schemas, patientId, kind, sentAt, phone, problem);
        if (!queued)
            return fail(queued.error());
        auto receipt = gpReceipt(queued->document, sentAt + 7 * minute);
        if (!receipt)
            return fail(receipt.error());
        if (auto ok = receive(store, schemas, *receipt, sentAt + 9 * minute); !ok)
            return fail(ok.error());
        const auto repliedAt = sentAt + (90 + 40 * std::int64_t(i)) * minute;
        auto reply = plo::composeGpReply(
            queued->document, { replies[i], "", time::fromEpochMillis(repliedAt) });
        if (!reply)
            return fail(reply.error());
        if (auto ok = receive(store, schemas, *reply, repliedAt + 3 * minute); !ok)
            return fail(ok.error());
        // The older answers were read on their day; the newest two wait for the nurse.
        if (i >= 2) {
            auto thread = plo::patientThread(store, patientId);
            if (!thread)
                return fail(thread.error());
            for (const auto &m : *thread)
                if (!m.outgoing && !m.readAtMillis)
                    if (auto ok = plo::markRead(store, m.id, repliedAt + 30 * minute); !ok)
                        return fail(ok.error());
        }
        written += 2;
    }
    if (red.size() > answered) {
        // Sent yesterday morning; the GP's system has not answered.
        const auto yesterday = todayStart - 24 * 60 * minute + 9 * 60 * minute;
        auto queued = send(store, schemas, red[answered].patientId,
            plo::OutgoingKind::HelseopplysningerLege, yesterday, phone, red[answered].problem);
        if (!queued)
            return fail(queued.error());
        ++written;
    }
    if (!red.empty()) {
        auto refused = writeRefused(store, schemas, red.front().patientId, now);
        if (!refused)
            return fail(refused.error());
        written += *refused;
    }
    // Our AppRec answers went out with the message service on their day.
    auto waiting = plo::queuedMessages(store);
    if (!waiting)
        return fail(waiting.error());
    for (const auto &m : *waiting)
        if (auto ok = plo::markSent(store, m.id, m.queuedAtMillis + 2 * minute); !ok)
            return fail(ok.error());
    return written;
}

} // namespace varde::demo
