#include "core/sync/feed_apply.h"

#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/sync/entity_rows.h"

#include <Poco/Exception.h>

#include <iostream>

namespace varde::sync
{
namespace
{

std::string text(const Poco::JSON::Object &o, const std::string &key)
{
    if (!o.has(key) || o.isNull(key))
        return {};
    return o.get(key).convert<std::string>();
}

// The store accepts these sources only; anything else a sender says is a device reading.
std::string localSource(const std::string &source)
{
    if (source == "manual" || source == "patient" || source == "helper")
        return source;
    return "device";
}

class PageWriter
{
public:
    PageWriter(store::Connection &db, const ApplyOptions &options)
        : m_db(db)
        , m_options(options)
        , m_rows(db)
    {
    }

    Result<> apply(const FeedChange &change, AppliedPage &out)
    {
        if (change.flat && change.entity == "measurement")
            return measurement(change, *change.flat, out);
        if (change.flat && change.entity == "questionnaire_answer")
            return answer(change, *change.flat, out);
        if (!isSyncedTable(change.entity) || !change.payload) {
            // A newer server may send entities this workstation does not keep.
            ++out.skipped;
            return {};
        }
        const auto &p = *change.payload;
        auto applied = m_rows.apply(change.entity, p, m_options.nowMillis);
        if (!applied)
            return fail(applied.error());
        switch (*applied) {
        case RowApplied::Inserted:
        case RowApplied::Updated:
            ++out.rows;
            break;
        case RowApplied::KeptNewer:
            ++out.kept;
            return {}; // nothing changed here: no need to triage again
        case RowApplied::Skipped:
            ++out.skipped;
            // Operator log: the table and the database's reason, never the row's values.
            std::cerr << "varde sync: a " << change.entity
                      << " row could not be stored: " << m_rows.lastSkipReason() << "\n";
            return {};
        }
        const auto patient = change.entity == "patient" ? change.entityId : text(p, "patient_id");
        if (!patient.empty())
            out.touchedPatients.insert(patient);
        return {};
    }

private:
    static Error wrongType(const std::string &entity, const char *field)
    {
        return { ErrorCode::InvalidArgument,
            "feed page: a " + entity + "'s " + field + " is not a number" };
    }

    Result<> measurement(const FeedChange &change, const FlatRow &p, AppliedPage &out)
    {
        const auto measuredAt = p.integer("measured_at", 0);
        const auto value = p.number("value", 0);
        const auto canonical = p.number("canonical_value", 0);
        const auto receivedAt = p.integer("received_at", m_options.nowMillis);
        if (!measuredAt || !value || !p.find("value") || !canonical || !receivedAt)
            return fail(wrongType("measurement", "measured_at, value or received_at"));
        if (*measuredAt < m_options.historyStartMillis) {
            ++out.outsideWindow;
            return {};
        }
        if (!m_measurement) {
            auto s = store::Statement::prepare(m_db,
                "INSERT OR IGNORE INTO measurement(id, origin, updated_at, patient_id, kind, code, "
                "value, unit, canonical_value, panel_id, measured_at, received_at, source, "
                "server_seq) VALUES (?, 'server', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!s)
                return fail(s.error());
            m_measurement.emplace(std::move(*s));
        }
        auto &s = *m_measurement;
        const auto patient = p.text("patient_id");
        s.bind(1, change.entityId)
            .bind(2, m_options.nowMillis)
            .bind(3, patient)
            .bind(4, p.text("kind"))
            .bind(5, p.text("code"))
            .bind(6, *value)
            .bind(7, p.text("unit"));
        if (const auto *c = p.find("canonical_value"); c && c->type != FlatValue::Type::Null)
            s.bind(8, *canonical);
        else
            s.bindNull(8);
        s.bindOrNull(9, p.text("panel_id"))
            .bind(10, *measuredAt)
            .bind(11, *receivedAt)
            .bind(12, localSource(p.text("source")))
            .bind(13, change.seq);
        if (auto ok = s.run(); !ok)
            return ok;
        if (m_db.changes() > 0) {
            ++out.measurements;
            out.touchedPatients.insert(patient);
        } else {
            ++out.kept;
        }
        return {};
    }

    Result<> answer(const FeedChange &change, const FlatRow &p, AppliedPage &out)
    {
        const auto answeredAt = p.integer("answered_at", 0);
        const auto receivedAt = p.integer("received_at", m_options.nowMillis);
        if (!answeredAt || !receivedAt)
            return fail(wrongType("questionnaire_answer", "answered_at or received_at"));
        if (*answeredAt < m_options.historyStartMillis) {
            ++out.outsideWindow;
            return {};
        }
        if (!m_answer) {
            auto s = store::Statement::prepare(m_db,
                "INSERT OR IGNORE INTO questionnaire_answer(id, origin, updated_at, patient_id, "
                "question_id, answer, answered_at, received_at, source, server_seq) "
                "VALUES (?, 'server', ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!s)
                return fail(s.error());
            m_answer.emplace(std::move(*s));
        }
        auto &s = *m_answer;
        const auto patient = p.text("patient_id");
        s.bind(1, change.entityId)
            .bind(2, m_options.nowMillis)
            .bind(3, patient)
            .bind(4, p.text("question_id"))
            .bind(5, p.text("answer"))
            .bind(6, *answeredAt)
            .bind(7, *receivedAt)
            .bind(8, localSource(p.text("source")))
            .bind(9, change.seq);
        if (auto ok = s.run(); !ok)
            return ok;
        if (m_db.changes() > 0) {
            ++out.answers;
            out.touchedPatients.insert(patient);
        } else {
            ++out.kept;
        }
        return {};
    }

    store::Connection &m_db;
    const ApplyOptions &m_options;
    RowWriter m_rows;
    std::optional<store::Statement> m_measurement;
    std::optional<store::Statement> m_answer;
};

} // namespace

Result<AppliedPage> applyFeedPage(
    store::Connection &db, const FeedPage &page, const ApplyOptions &options)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    AppliedPage out;
    PageWriter writer(db, options);
    try {
        for (const auto &change : page.changes)
            if (auto ok = writer.apply(change, out); !ok)
                return fail(ok.error());
    } catch (const Poco::Exception &e) {
        // A value of the wrong JSON type: the page is not applied, and the cursor stays.
        return fail(ErrorCode::InvalidArgument, "feed page: " + e.displayText());
    }
    auto cursor = store::Statement::prepare(db,
        "UPDATE sync_state SET feed_cursor = ?, last_pull_at = ?, last_contact_at = ? "
        "WHERE id = 1");
    if (!cursor)
        return fail(cursor.error());
    cursor->bind(1, page.cursor).bind(2, options.nowMillis).bind(3, options.nowMillis);
    if (auto ok = cursor->run(); !ok)
        return fail(ok.error());
    if (auto ok = tx->commit(); !ok)
        return fail(ok.error());
    return out;
}

Result<> resetFeedCursor(store::Connection &db)
{
    return db.exec("UPDATE sync_state SET feed_cursor = NULL, first_sync_done = 0 WHERE id = 1");
}

} // namespace varde::sync
