#include "core/sync/entity_rows.h"

#include "core/common/json_text.h"
#include "core/store/statement.h"
#include "core/sync/plan_in_force.h"

#include <Poco/Dynamic/Var.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace varde::sync
{
namespace
{

// The entity tables of the workstation schema that the server keeps whole. Not here: derived
// rows (finding: each workstation's triage makes the same deterministic ids), the audit trail
// (sent, never pulled back), measurements and answers (feed_apply.h), local users and sync
// bookkeeping.
constexpr std::array syncedTables { "patient", "diagnosis", "contact_person",
    "measurement_schedule", "plan_version", "acknowledgement", "measurement_exclusion",
    "follow_up_pause", "enrolment", "link_code", "patient_change", "plo_message",
    "general_practitioner", "follow_up_service" };

std::string numberText(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

void bindVar(store::Statement &s, int index, const Poco::Dynamic::Var &v)
{
    if (v.isEmpty()) {
        s.bindNull(index);
    } else if (v.type() == typeid(bool)) {
        s.bind(index, v.extract<bool>());
    } else if (v.isInteger()) {
        s.bind(index, v.convert<std::int64_t>());
    } else if (v.isNumeric()) {
        s.bind(index, v.convert<double>());
    } else if (v.isString()) {
        s.bind(index, v.extract<std::string>());
    } else {
        // Nested JSON (an object or array) is stored as its text, as the store keeps JSON.
        s.bind(index, v.toString());
    }
}

} // namespace

bool isSyncedTable(std::string_view entity)
{
    return std::find(syncedTables.begin(), syncedTables.end(), entity) != syncedTables.end();
}

Result<std::optional<std::string>> readRowJson(
    store::Connection &db, std::string_view table, const std::string &id)
{
    if (!isSyncedTable(table))
        return std::optional<std::string> {};
    auto select
        = store::Statement::prepare(db, "SELECT * FROM " + std::string(table) + " WHERE id = ?");
    if (!select)
        return fail(select.error());
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<std::string> {};
    std::string out = "{";
    for (int c = 0; c < select->columnCount(); ++c) {
        if (c > 0)
            out += ',';
        out += jsonString(select->columnName(c)) + ':';
        switch (select->columnType(c)) {
        case store::Statement::Type::Integer:
            out += std::to_string(select->int64(c));
            break;
        case store::Statement::Type::Real:
            out += numberText(select->real(c));
            break;
        case store::Statement::Type::Text:
        case store::Statement::Type::Blob:
            out += jsonString(select->text(c));
            break;
        case store::Statement::Type::Null:
            out += "null";
            break;
        }
    }
    out += '}';
    return std::optional<std::string> { std::move(out) };
}

RowWriter::RowWriter(store::Connection &db)
    : m_db(db)
{
}

RowWriter::~RowWriter() = default;

Result<const std::vector<std::string> *> RowWriter::columnsOf(const std::string &table)
{
    if (auto it = m_columns.find(table); it != m_columns.end())
        return &it->second;
    auto info = store::Statement::prepare(m_db, "PRAGMA table_info(" + table + ")");
    if (!info)
        return fail(info.error());
    std::vector<std::string> columns;
    auto ok = store::forEachRow(
        *info, [&](const store::Statement &s) { columns.push_back(s.text(1)); });
    if (!ok)
        return fail(ok.error());
    return &(m_columns[table] = std::move(columns));
}

Result<RowApplied> RowWriter::apply(
    const std::string &table, const Poco::JSON::Object &row, std::int64_t nowMillis)
{
    m_lastSkipReason.clear();
    if (!isSyncedTable(table)) {
        m_lastSkipReason = "not a synced table";
        return RowApplied::Skipped;
    }
    if (!row.has("id") || !row.get("id").isString()) {
        m_lastSkipReason = "no id";
        return RowApplied::Skipped;
    }
    const auto id = row.getValue<std::string>("id");
    std::int64_t incoming = 1;
    if (row.has("version") && row.get("version").isInteger())
        incoming = row.get("version").convert<std::int64_t>();

    auto stored = store::Statement::prepare(m_db, "SELECT version FROM " + table + " WHERE id = ?");
    if (!stored)
        return fail(stored.error());
    stored->bind(1, id);
    auto found = stored->step();
    if (!found)
        return fail(found.error());
    const bool exists = *found;
    if (exists && stored->int64(0) >= incoming)
        return RowApplied::KeptNewer;
    if (table == "plan_version") // one version in force per plan, and the server's is it
        if (auto stepped = stepAsideFor(m_db, row); !stepped)
            return fail(stepped.error());

    auto columns = columnsOf(table);
    if (!columns)
        return fail(columns.error());
    // The columns the row and the table share; origin and updated_at are ours to set.
    std::vector<std::string> names;
    for (const auto &column : **columns)
        if (column != "origin" && column != "updated_at" && column != "version" && row.has(column))
            names.push_back(column);
    std::string sql;
    if (exists) {
        sql = "UPDATE " + table + " SET origin = 'server', updated_at = ?, version = ?";
        for (const auto &n : names)
            if (n != "id")
                sql += ", " + n + " = ?";
        sql += " WHERE id = ?";
    } else {
        sql = "INSERT INTO " + table + "(origin, updated_at, version";
        for (const auto &n : names)
            sql += ", " + n;
        sql += ") VALUES ('server', ?, ?";
        for (std::size_t i = 0; i < names.size(); ++i)
            sql += ", ?";
        sql += ")";
    }
    auto write = store::Statement::prepare(m_db, sql);
    if (!write)
        return fail(write.error());
    int index = 1;
    const auto updatedAt = row.has("updated_at") && row.get("updated_at").isInteger()
        ? row.get("updated_at").convert<std::int64_t>()
        : nowMillis;
    write->bind(1, updatedAt).bind(2, incoming);
    index = 3;
    for (const auto &n : names)
        if (!(exists && n == "id"))
            bindVar(*write, index++, row.get(n));
    if (exists)
        write->bind(index++, id);
    if (auto ok = write->run(); !ok) {
        // A constraint (a required column the sender did not have): keep the page going.
        if (ok.error().code == ErrorCode::Database
            && ok.error().detail.find("constraint") != std::string::npos) {
            m_lastSkipReason = ok.error().detail;
            return RowApplied::Skipped;
        }
        return fail(ok.error());
    }
    return exists ? RowApplied::Updated : RowApplied::Inserted;
}

} // namespace varde::sync
