// Idempotency keys, measurements, answers, change_log and audit for ingested FHIR resources.
#include "core/server/fhir_store.h"

#include "core/common/json_text.h"
#include "core/common/uuid.h"
#include "core/server/change_log.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace varde::server
{
namespace
{

// One column of a multi-row insert, sent as one array parameter: the statement's size stays
// fixed whatever the number of rows (unnest turns the arrays back into rows).
class ArrayParam
{
public:
    void add(std::string_view value)
    {
        separate();
        m_text += '"';
        for (char c : value) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    void addNull()
    {
        separate();
        m_text += "NULL";
    }
    PgParam param() const { return "{" + m_text + "}"; }

private:
    void separate()
    {
        if (!m_first)
            m_text += ',';
        m_first = false;
    }
    std::string m_text;
    bool m_first = true;
};

const char *resourceType(const StoreItem &item)
{
    return item.observation ? "Observation" : "QuestionnaireResponse";
}

std::string boolText(bool value) { return value ? "true" : "false"; }

struct MeasurementRow {
    std::string id;
    std::string resourceId;
    const FhirObservation *observation;
    const ObservedValue *value;
};

struct AnswerRow {
    std::string id;
    std::string responseId;
    const FhirQuestionnaireResponse *response;
    const FhirAnswer *answer;
};

std::string measurementPayload(const Principal &device, const MeasurementRow &row)
{
    const auto &obs = *row.observation;
    const auto &v = *row.value;
    // change_log.h's measurement contract, plus code, date_only and panel_id (see fhir_ingest.h).
    return "{\"id\":" + jsonString(row.id) + ",\"patient_id\":" + jsonString(device.patientId)
        + ",\"kind\":" + jsonString(domain::kindInfo(v.kind).key) + ",\"value\":"
        + jsonNumber(v.value) + ",\"unit\":" + jsonString(v.unit) + ",\"canonical_value\":"
        + jsonNumber(v.canonicalValue) + ",\"measured_at\":" + std::to_string(obs.effective.millis)
        + ",\"source\":" + jsonString(obs.source) + ",\"code\":" + jsonString(v.code)
        + ",\"date_only\":" + boolText(obs.effective.dateOnly) + ",\"panel_id\":"
        + (obs.panelCode.empty() ? std::string("null") : jsonString(row.resourceId)) + "}";
}

std::string answerPayload(const Principal &device, const AnswerRow &row)
{
    const auto &response = *row.response;
    return "{\"id\":" + jsonString(row.id) + ",\"patient_id\":" + jsonString(device.patientId)
        + ",\"response_id\":" + jsonString(row.responseId) + ",\"question_id\":"
        + jsonString(row.answer->questionId) + ",\"answer\":" + jsonString(row.answer->answer)
        + ",\"answered_at\":" + std::to_string(response.authored.millis) + ",\"date_only\":"
        + boolText(response.authored.dateOnly) + ",\"source\":" + jsonString(response.source) + "}";
}

// Inserts the keys not seen before; fills `results` for every unique key (Created with a new
// id, Duplicate or Conflict with the stored one). Keys go in sorted order so that two requests
// sharing keys lock them in the same order and cannot deadlock.
Result<> claimKeys(PgConnection &db,
    const Principal &device,
    const std::vector<StoreItem> &items,
    const std::vector<IngestKey> &keys,
    const std::vector<std::size_t> &unique,
    std::vector<StoreResult> &results)
{
    auto order = unique;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(keys[a].system, keys[a].value) < std::tie(keys[b].system, keys[b].value);
    });
    ArrayParam systems, values, ids, types;
    for (const auto i : order) {
        results[i] = { StoreResult::Outcome::Created, newUuid() };
        systems.add(keys[i].system);
        values.add(keys[i].value);
        ids.add(results[i].resourceId);
        types.add(resourceType(items[i]));
    }
    auto inserted = db.exec(
        "INSERT INTO ingest_key(system, value, measurement_id, resource_type, patient_id) "
        "SELECT s, v, i, t, $5::uuid FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) "
        "AS k(s, v, i, t) ON CONFLICT DO NOTHING RETURNING system, value",
        { systems.param(), values.param(), ids.param(), types.param(), device.patientId });
    if (!inserted)
        return fail(inserted.error());
    if (inserted->rows() == int(order.size()))
        return {};

    std::map<std::pair<std::string, std::string>, bool> fresh;
    for (int r = 0; r < inserted->rows(); ++r)
        fresh[{ inserted->text(r, 0), inserted->text(r, 1) }] = true;
    ArrayParam oldSystems, oldValues;
    for (const auto i : order)
        if (!fresh.count({ keys[i].system, keys[i].value })) {
            oldSystems.add(keys[i].system);
            oldValues.add(keys[i].value);
        }
    auto existing = db.exec("SELECT k.system, k.value, k.measurement_id, k.resource_type, "
                            "k.patient_id FROM ingest_key k JOIN unnest($1::text[], $2::text[]) "
                            "AS u(s, v) ON k.system = u.s AND k.value = u.v",
        { oldSystems.param(), oldValues.param() });
    if (!existing)
        return fail(existing.error());
    std::map<std::pair<std::string, std::string>, int> rowOf;
    for (int r = 0; r < existing->rows(); ++r)
        rowOf[{ existing->text(r, 0), existing->text(r, 1) }] = r;
    for (const auto i : order) {
        if (fresh.count({ keys[i].system, keys[i].value }))
            continue;
        const auto found = rowOf.find({ keys[i].system, keys[i].value });
        if (found == rowOf.end())
            return fail(ErrorCode::Database, "an ingest key was neither inserted nor found");
        const int r = found->second;
        // Keys written before schema 2 have no patient: they can only be the same patient's if
        // their measurement is, which the type check below does not prove; treat them as
        // duplicates, as schema 1 did.
        const bool samePatient = existing->isNull(r, 4) || existing->text(r, 4) == device.patientId;
        const bool sameType = existing->text(r, 3) == resourceType(items[i]);
        results[i] = { samePatient && sameType ? StoreResult::Outcome::Duplicate
                                               : StoreResult::Outcome::Conflict,
            existing->text(r, 2) };
    }
    return {};
}

Result<> insertMeasurements(
    PgConnection &db, const Principal &device, const std::vector<MeasurementRow> &rows)
{
    if (rows.empty())
        return {};
    ArrayParam ids, kinds, values, units, canonicals, millis, sources, codes, dateOnly, panels,
        panelCodes;
    for (const auto &row : rows) {
        const auto &obs = *row.observation;
        ids.add(row.id);
        kinds.add(domain::kindInfo(row.value->kind).key);
        values.add(jsonNumber(row.value->value));
        units.add(row.value->unit);
        canonicals.add(jsonNumber(row.value->canonicalValue));
        millis.add(std::to_string(obs.effective.millis));
        sources.add(obs.source);
        codes.add(row.value->codingJson);
        dateOnly.add(boolText(obs.effective.dateOnly));
        if (obs.panelCode.empty())
            panels.addNull();
        else
            panels.add(row.resourceId);
        panelCodes.add(obs.panelCode);
    }
    auto inserted = db.exec(
        "INSERT INTO measurement(id, patient_id, kind, value, unit, canonical_value, "
        "measured_at, source, codes, date_only, panel_id, panel_code) "
        "SELECT id, $1::uuid, kind, value, unit, canonical, "
        "timestamptz 'epoch' + ms * interval '1 millisecond', source, codes, date_only, panel, "
        "panel_code FROM unnest($2::uuid[], $3::text[], $4::float8[], $5::text[], $6::float8[], "
        "$7::bigint[], $8::text[], $9::text[], $10::boolean[], $11::uuid[], $12::text[]) "
        "AS m(id, kind, value, unit, canonical, ms, source, codes, date_only, panel, panel_code)",
        { device.patientId, ids.param(), kinds.param(), values.param(), units.param(),
            canonicals.param(), millis.param(), sources.param(), codes.param(), dateOnly.param(),
            panels.param(), panelCodes.param() });
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Result<> insertAnswers(
    PgConnection &db, const Principal &device, const std::vector<AnswerRow> &rows)
{
    if (rows.empty())
        return {};
    ArrayParam ids, responses, questionnaires, questions, answers, millis, dateOnly, sources;
    for (const auto &row : rows) {
        ids.add(row.id);
        responses.add(row.responseId);
        questionnaires.add(row.response->questionnaire);
        questions.add(row.answer->questionId);
        answers.add(row.answer->answer);
        millis.add(std::to_string(row.response->authored.millis));
        dateOnly.add(boolText(row.response->authored.dateOnly));
        sources.add(row.response->source);
    }
    auto inserted = db.exec(
        "INSERT INTO questionnaire_answer(id, response_id, patient_id, questionnaire, "
        "question_id, answer, answered_at, date_only, source) "
        "SELECT id, response, $1::uuid, questionnaire, question, answer, "
        "timestamptz 'epoch' + ms * interval '1 millisecond', date_only, source "
        "FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bigint[], "
        "$8::boolean[], $9::text[]) "
        "AS a(id, response, questionnaire, question, answer, ms, date_only, source)",
        { device.patientId, ids.param(), responses.param(), questionnaires.param(),
            questions.param(), answers.param(), millis.param(), dateOnly.param(),
            sources.param() });
    if (!inserted)
        return fail(inserted.error());
    return {};
}

// One audit row per stored row: who (the device credential), which patient, what; ids only.
Result<> insertAudit(PgConnection &db,
    const Principal &device,
    const std::vector<MeasurementRow> &measurements,
    const std::vector<AnswerRow> &answers)
{
    ArrayParam actions, details;
    for (const auto &row : measurements) {
        actions.add("measurement.ingest");
        details.add("measurement " + row.id + " "
            + std::string(domain::kindInfo(row.value->kind).key) + " in Observation/"
            + row.resourceId);
    }
    for (const auto &row : answers) {
        actions.add("answer.ingest");
        details.add("answer " + row.id + " in QuestionnaireResponse/" + row.responseId);
    }
    auto inserted
        = db.exec("INSERT INTO audit_event(actor_id, actor_kind, action, patient_id, detail) "
                  "SELECT $1::uuid, 'device', action, $2::uuid, detail "
                  "FROM unnest($3::text[], $4::text[]) AS e(action, detail)",
            { device.id, device.patientId, actions.param(), details.param() });
    if (!inserted)
        return fail(inserted.error());
    return {};
}

} // namespace

IngestKey derivedKey(const std::string &patientId, const StoreItem &item)
{
    std::string content;
    std::string when;
    if (item.observation) {
        const auto &obs = *item.observation;
        when = std::to_string(obs.effective.millis);
        content = obs.panelCode;
        for (const auto &v : obs.values)
            content += "|" + std::string(domain::kindInfo(v.kind).key) + "=" + jsonNumber(v.value)
                + " " + v.unit;
    } else {
        const auto &response = *item.response;
        when = std::to_string(response.authored.millis);
        content = response.questionnaire;
        for (const auto &a : response.answers)
            content += "|" + a.questionId + "=" + a.answer;
    }
    return { std::string(derivedKeySystem),
        nameUuid("varde-ingest-key", { patientId, resourceType(item), content, when }) };
}

Result<StoreSummary> storeResources(
    PgConnection &db, const Principal &device, const std::vector<StoreItem> &items)
{
    StoreSummary summary;
    summary.results.resize(items.size());
    if (items.empty())
        return summary;

    // The same key twice in one request: the later items answer as duplicates of the first.
    std::vector<IngestKey> keys;
    std::vector<std::size_t> unique;
    std::vector<std::optional<std::size_t>> firstOf(items.size());
    std::map<std::pair<std::string, std::string>, std::size_t> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        keys.push_back(items[i].key ? *items[i].key : derivedKey(device.patientId, items[i]));
        const auto [at, added] = seen.emplace(std::pair { keys[i].system, keys[i].value }, i);
        if (added)
            unique.push_back(i);
        else
            firstOf[i] = at->second;
    }
    if (auto ok = claimKeys(db, device, items, keys, unique, summary.results); !ok)
        return fail(ok.error());
    for (std::size_t i = 0; i < items.size(); ++i)
        if (firstOf[i]) {
            const auto &first = summary.results[*firstOf[i]];
            const bool sameType = resourceType(items[i]) == resourceType(items[*firstOf[i]]);
            summary.results[i] = { first.outcome == StoreResult::Outcome::Conflict || !sameType
                    ? StoreResult::Outcome::Conflict
                    : StoreResult::Outcome::Duplicate,
                first.resourceId };
        }

    std::vector<MeasurementRow> measurements;
    std::vector<AnswerRow> answers;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (firstOf[i] || summary.results[i].outcome != StoreResult::Outcome::Created)
            continue;
        const auto &id = summary.results[i].resourceId;
        if (const auto *obs = items[i].observation) {
            // A single value is its Observation; panel components share panel_id = the id.
            const bool panel = !obs->panelCode.empty();
            for (const auto &value : obs->values)
                measurements.push_back({ panel ? newUuid() : id, id, obs, &value });
        } else {
            for (const auto &answer : items[i].response->answers)
                answers.push_back({ newUuid(), id, items[i].response, &answer });
        }
    }
    if (auto ok = insertMeasurements(db, device, measurements); !ok)
        return fail(ok.error());
    if (auto ok = insertAnswers(db, device, answers); !ok)
        return fail(ok.error());
    for (const auto &row : measurements)
        if (auto ok = appendChange(db, device.serviceId, "measurement", row.id, "insert",
                measurementPayload(device, row));
            !ok)
            return fail(ok.error());
    for (const auto &row : answers)
        if (auto ok = appendChange(db, device.serviceId, "questionnaire_answer", row.id, "insert",
                answerPayload(device, row));
            !ok)
            return fail(ok.error());
    if (!measurements.empty() || !answers.empty())
        if (auto ok = insertAudit(db, device, measurements, answers); !ok)
            return fail(ok.error());
    summary.measurements = int(measurements.size());
    summary.answers = int(answers.size());
    return summary;
}

} // namespace varde::server
