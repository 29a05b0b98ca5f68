#include "core/plo/drafting.h"

#include "core/domain/measurement_kind.h"
#include "core/plan/plan_repository.h"
#include "core/store/patient_repository.h"
#include "core/triage/reason_text.h"
#include "core/worklist/acknowledgement.h"
#include "core/worklist/patient_record.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_set>

namespace varde::plo
{
namespace
{

// "30.03 08:14": the table covers two days, so the year adds nothing.
std::string dayAndTime(time::Instant at)
{
    return time::formatOsloDate(at).substr(0, 5) + " " + time::formatOsloTime(at);
}

// The two worst open findings (they come worst first) in bokmål, and how many more there are.
std::string problemSentence(const std::vector<triage::Finding> &open, time::Instant now)
{
    if (open.empty())
        return draftNoFindingsProblem;
    std::string text;
    for (std::size_t i = 0; i < open.size() && i < 2; ++i)
        text += (i ? "; " : "") + triage::reasonTextNb(open[i].reason, now);
    if (open.size() == 3)
        text += "; og 1 annet åpent funn";
    else if (open.size() > 3)
        text += "; og " + std::to_string(open.size() - 2) + " andre åpne funn";
    return text + ".";
}

std::string measurementTable(const std::vector<domain::Measurement> &measurements,
    const std::set<domain::KindId> &kinds,
    const std::unordered_set<std::string> &excluded,
    time::Instant now)
{
    const auto from = time::toEpochMillis(now - std::chrono::hours { draftMeasurementHours });
    const auto until = time::toEpochMillis(now);
    std::vector<const domain::Measurement *> rows;
    for (const auto &m : measurements) {
        // Values the nurse marked as errors are not sent as if they were true.
        if (m.meta.deleted || excluded.count(m.meta.id) || m.measuredAtMillis < from
            || m.measuredAtMillis > until || (!kinds.empty() && !kinds.count(m.kind)))
            continue;
        rows.push_back(&m);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const auto *a, const auto *b) { return a->measuredAtMillis < b->measuredAtMillis; });
    if (rows.size() > draftMaxMeasurementLines)
        rows.erase(rows.begin(), rows.end() - std::ptrdiff_t(draftMaxMeasurementLines));
    std::string table;
    for (const auto *m : rows) {
        const auto &info = domain::kindInfo(m->kind);
        table += (table.empty() ? "" : "\n")
            + dayAndTime(time::fromEpochMillis(m->measuredAtMillis)) + "  "
            + std::string(info.shortNameNb) + "  " + triage::numberNb(m->canonicalValue) + " "
            + std::string(info.displayUnit);
    }
    return table;
}

plan::Zone zoneOf(triage::Level level)
{
    if (level == triage::Level::Red)
        return plan::Zone::Red;
    if (level == triage::Level::Yellow)
        return plan::Zone::Yellow;
    return plan::Zone::Green; // missing and suspect values have no zone of their own
}

std::string zoneLabel(plan::Zone zone)
{
    switch (zone) {
    case plan::Zone::Red:
        return "Rød sone";
    case plan::Zone::Yellow:
        return "Gul sone";
    case plan::Zone::Green:
        return "Grønn sone";
    }
    return "Grønn sone";
}

std::string planText(const plan::PlanContent &content, plan::Zone zone)
{
    const auto &actions = content.actions(zone);
    std::string medicines;
    for (const auto &m : content.medicines)
        if (m.zone == zone && !m.text.empty())
            medicines += (medicines.empty() ? "" : "; ") + m.text;
    if (actions.patient.empty() && actions.service.empty() && medicines.empty())
        return "";
    std::string text = zoneLabel(zone) + " i planen:";
    if (!actions.patient.empty())
        text += "\nPasienten: " + actions.patient;
    if (!actions.service.empty())
        text += "\nHjemmeoppfølgingen: " + actions.service;
    if (!medicines.empty())
        text += "\nLegemiddeltiltak: " + medicines;
    return text;
}

std::string ackActionNb(const std::string &key)
{
    const auto action = worklist::ackActionFromKey(key);
    if (!action)
        return key;
    switch (*action) {
    case worklist::AckAction::CalledPatient:
        return "Ringte pasienten";
    case worklist::AckAction::AdvisedPerPlan:
        return "Veiledet etter planen";
    case worklist::AckAction::ContactedGp:
        return "Kontaktet fastlegen";
    case worklist::AckAction::SentPlo:
        return "Sendt PLO-melding";
    case worklist::AckAction::AskedNewMeasurement:
        return "Ba om ny måling";
    case worklist::AckAction::NoActionNeeded:
        return "Ingen tiltak nødvendig";
    }
    return key;
}

// Acknowledgements of the findings in the message; an open finding has none, so also what was
// done for the patient in the same 48 hours (the earlier findings that led up to this one).
std::string actionsTaken(const worklist::PatientRecord &record,
    const std::vector<triage::Finding> &open,
    time::Instant now)
{
    const auto from = time::toEpochMillis(now - std::chrono::hours { draftMeasurementHours });
    const auto until = time::toEpochMillis(now);
    std::unordered_set<std::string> involved;
    for (const auto &f : open)
        involved.insert(f.id);
    std::vector<const worklist::AcknowledgementRecord *> acks;
    for (const auto &[findingId, list] : record.acknowledgements)
        for (const auto &a : list)
            if (involved.count(findingId) || (a.atMillis >= from && a.atMillis <= until))
                acks.push_back(&a);
    std::sort(acks.begin(), acks.end(),
        [](const auto *a, const auto *b) { return a->atMillis < b->atMillis; });
    std::string text;
    std::int64_t lastAt = -1;
    std::string lastLine;
    for (const auto *a : acks) {
        std::string line = dayAndTime(time::fromEpochMillis(a->atMillis)) + "  "
            + ackActionNb(a->action) + (a->byName.empty() ? "" : " (" + a->byName + ")")
            + (a->note.empty() ? "" : ": " + a->note);
        // One acknowledgement of several findings is one action: write it once.
        if (a->atMillis == lastAt && line == lastLine)
            continue;
        text += (text.empty() ? "" : "\n") + line;
        lastAt = a->atMillis;
        lastLine = std::move(line);
    }
    return text;
}

// The standard's name fields carry no titles: "Dr. Turid Moe" is written "Turid Moe".
std::string withoutTitle(const std::string &name)
{
    return name.rfind("Dr. ", 0) == 0 ? name.substr(4) : name;
}

} // namespace

Result<OutgoingMessage> draftForPatient(store::EncryptedStore &store,
    const std::string &patientId,
    OutgoingKind kind,
    time::Instant now)
{
    store::PatientRepository repository(store);
    auto patients = repository.all();
    if (!patients)
        return fail(patients.error());
    const auto patient = std::find_if(patients->begin(), patients->end(),
        [&](const domain::Patient &p) { return p.meta.id == patientId; });
    if (patient == patients->end())
        return fail(ErrorCode::InvalidArgument, "patient: not found");
    if (patient->status == domain::FollowUpStatus::Ended)
        return fail(ErrorCode::InvalidArgument, "patient.status: follow-up has ended");
    if (patient->gpId.empty())
        return fail(ErrorCode::InvalidArgument, "patient.gp: none registered");

    auto gps = repository.gps();
    if (!gps)
        return fail(gps.error());
    const auto gp = std::find_if(gps->begin(), gps->end(),
        [&](const domain::GeneralPractitioner &g) { return g.meta.id == patient->gpId; });
    if (gp == gps->end())
        return fail(ErrorCode::InvalidArgument, "patient.gp: not found");
    auto services = repository.services();
    if (!services)
        return fail(services.error());
    const auto service = std::find_if(services->begin(), services->end(),
        [&](const domain::FollowUpService &s) { return s.meta.id == patient->serviceId; });
    if (service == services->end())
        return fail(ErrorCode::InvalidArgument, "patient.service: not found");

    auto record = worklist::loadPatientRecord(store, patientId, now);
    if (!record)
        return fail(record.error());
    auto excludedList = worklist::excludedMeasurements(store, patientId);
    if (!excludedList)
        return fail(excludedList.error());
    std::unordered_set<std::string> excluded;
    for (const auto &e : *excludedList)
        excluded.insert(e.measurement.meta.id);
    auto inForce = plan::loadPlanInForce(store, patientId);
    if (!inForce)
        return fail(inForce.error());

    std::vector<triage::Finding> open;
    for (const auto &f : record->row.result.findings)
        if (f.open)
            open.push_back(f);
    std::set<domain::KindId> kinds; // empty: every kind
    for (const auto &f : open)
        if (f.reason.kind)
            kinds.insert(*f.reason.kind);
    // Open findings without a measured kind (answers) leave the table with every kind.
    if (std::any_of(open.begin(), open.end(), [](const auto &f) { return !f.reason.kind; }))
        kinds.clear();

    OutgoingMessage m;
    m.kind = kind;
    m.genDate = now;
    // The service is the sending enterprise: the store knows no HER-id of the municipality.
    m.sender.organisationName = service->name;
    m.sender.organisationHerId = service->herId;
    m.sender.nurseName = store.user().displayName;
    m.sender.nursePhone = store.user().phone;
    m.receiver.practiceName = gp->practiceName;
    m.receiver.practiceHerId = gp->practiceHerId;
    m.receiver.gpName = withoutTitle(gp->name);
    m.receiver.gpHerId = gp->herId;
    m.patient.givenName = patient->givenName;
    m.patient.familyName = patient->familyName;
    m.patient.nationalId = patient->nationalId;
    m.content.problem = problemSentence(open, now);
    m.content.measurements = measurementTable(record->measurements, kinds, excluded, now);
    if (*inForce)
        m.content.plan = planText((*inForce)->content, zoneOf(record->row.result.status));
    m.content.actionsTaken = actionsTaken(*record, open, now);
    m.content.question = draftDefaultQuestion;
    return m;
}

} // namespace varde::plo
