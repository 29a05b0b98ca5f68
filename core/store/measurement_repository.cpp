#include "core/store/measurement_repository.h"

#include "core/store/audit_log.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/time/civil_time.h"

namespace varde::store
{
namespace
{

constexpr const char *measurementColumns
    = "id, version, deleted, origin, patient_id, kind, code, value, unit, "
      "coalesce(canonical_value, value), coalesce(panel_id, ''), coalesce(panel_code, ''), "
      "measured_at, source, device";

domain::Measurement readMeasurement(const Statement &s)
{
    domain::Measurement m;
    m.meta.id = s.text(0);
    m.meta.version = s.int64(1);
    m.meta.deleted = s.int64(2) != 0;
    m.meta.origin = domain::originFromKey(s.text(3));
    m.patientId = s.text(4);
    m.kind = domain::kindForKey(s.text(5)).value_or(domain::KindId::OxygenSaturation);
    m.code = s.text(6);
    m.value = s.real(7);
    m.unit = s.text(8);
    m.canonicalValue = s.real(9);
    m.panelId = s.text(10);
    m.panelCode = s.text(11);
    m.measuredAtMillis = s.int64(12);
    m.source = domain::sourceFromKey(s.text(13)).value_or(domain::Source::Device);
    m.device = s.text(14);
    return m;
}

} // namespace

Result<> MeasurementRepository::insert(const std::vector<domain::Measurement> &measurements)
{
    auto &db = m_store.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = Statement::prepare(db,
        "INSERT INTO measurement(id, origin, updated_at, patient_id, kind, code, value, unit, "
        "canonical_value, panel_id, panel_code, measured_at, received_at, source, device) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    const auto now = time::toEpochMillis(time::now());
    for (const auto &m : measurements) {
        insert->bind(1, m.meta.id)
            .bind(2, domain::originKey(m.meta.origin))
            .bind(3, now)
            .bind(4, m.patientId)
            .bind(5, domain::kindInfo(m.kind).key)
            .bind(6, m.code)
            .bind(7, m.value)
            .bind(8, m.unit)
            .bind(9, m.canonicalValue)
            .bindOrNull(10, m.panelId)
            .bindOrNull(11, m.panelCode)
            .bind(12, m.measuredAtMillis)
            .bind(13, now)
            .bind(14, domain::sourceKey(m.source))
            .bind(15, m.device);
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    if (auto ok = appendAudit(db, actorOf(m_store), audit::measurementsImported, {}, "measurement",
            {}, std::to_string(measurements.size()) + " measurements");
        !ok)
        return ok;
    return tx->commit();
}

Result<> MeasurementRepository::insertAnswers(
    const std::vector<domain::QuestionnaireAnswer> &answers)
{
    auto &db = m_store.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = Statement::prepare(db,
        "INSERT INTO questionnaire_answer(id, origin, updated_at, patient_id, question_id, "
        "answer, answered_at, received_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    const auto now = time::toEpochMillis(time::now());
    for (const auto &a : answers) {
        insert->bind(1, a.meta.id)
            .bind(2, domain::originKey(a.meta.origin))
            .bind(3, now)
            .bind(4, a.patientId)
            .bind(5, a.questionId)
            .bind(6, a.answer)
            .bind(7, a.answeredAtMillis)
            .bind(8, now)
            .bind(9, domain::sourceKey(a.source));
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    if (auto ok = appendAudit(db, actorOf(m_store), audit::answersImported, {},
            "questionnaire_answer", {}, std::to_string(answers.size()) + " answers");
        !ok)
        return ok;
    return tx->commit();
}

Result<std::vector<LatestValue>> MeasurementRepository::latestPerPatientAndKind()
{
    // SQLite returns the other columns from the row that holds max(): one pass over the index.
    auto select = Statement::prepare(m_store.db(),
        "SELECT patient_id, kind, coalesce(canonical_value, value), max(measured_at) "
        "FROM measurement WHERE deleted = 0 GROUP BY patient_id, kind");
    if (!select)
        return fail(select.error());
    std::vector<LatestValue> rows;
    auto ok = forEachRow(*select, [&](const Statement &row) {
        if (auto kind = domain::kindForKey(row.text(1)))
            rows.push_back({ row.text(0), *kind, row.real(2), row.int64(3) });
    });
    if (!ok)
        return fail(ok.error());
    return rows;
}

Result<std::vector<domain::Measurement>> MeasurementRepository::forPatient(
    const std::string &patientId)
{
    auto select = Statement::prepare(m_store.db(),
        std::string("SELECT ") + measurementColumns
            + " FROM measurement WHERE patient_id = ? AND deleted = 0 "
              "ORDER BY measured_at, kind");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    return collectRows<domain::Measurement>(*select, readMeasurement);
}

Result<std::vector<domain::QuestionnaireAnswer>> MeasurementRepository::answersForPatient(
    const std::string &patientId)
{
    auto select = Statement::prepare(m_store.db(),
        "SELECT id, version, deleted, origin, patient_id, question_id, answer, "
        "answered_at, source FROM questionnaire_answer WHERE patient_id = ? "
        "AND deleted = 0 ORDER BY answered_at, question_id");
    if (!select)
        return fail(select.error());
    select->bind(1, patientId);
    return collectRows<domain::QuestionnaireAnswer>(*select, [](const Statement &row) {
        domain::QuestionnaireAnswer a;
        a.meta.id = row.text(0);
        a.meta.version = row.int64(1);
        a.meta.deleted = row.int64(2) != 0;
        a.meta.origin = domain::originFromKey(row.text(3));
        a.patientId = row.text(4);
        a.questionId = row.text(5);
        a.answer = row.text(6);
        a.answeredAtMillis = row.int64(7);
        a.source = domain::sourceFromKey(row.text(8)).value_or(domain::Source::Patient);
        return a;
    });
}

Result<std::int64_t> MeasurementRepository::count()
{
    auto n = m_store.db().queryText("SELECT count(*) FROM measurement WHERE deleted = 0");
    if (!n)
        return fail(n.error());
    return std::stoll(*n);
}

} // namespace varde::store
