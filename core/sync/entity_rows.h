#pragma once
// Whole rows by column name, for the tables whose rows travel through the server (the data
// contract of store/schema_v1.cpp: id, version, deleted, origin, updated_at, ...). A push
// attaches the entity's current row to its mutation; the server keeps the newest and feeds it
// to the other workstations of the service, which write it back here by column name. Measured
// values and answers are not here: they have their own fast path (feed_apply.h).

#include "core/common/result.h"
#include "core/store/connection.h"

#include <Poco/JSON/Object.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace varde::store
{
class Statement;
}

namespace varde::sync
{

// True for the tables whose rows are synced whole (patient, plan_version, acknowledgement ...).
bool isSyncedTable(std::string_view entity);

// The row of `table` with this id as a JSON object text, or nullopt when there is none (a
// deleted-and-purged row, or an entity that is not a synced table).
Result<std::optional<std::string>> readRowJson(
    store::Connection &db, std::string_view table, const std::string &id);

enum class RowApplied { Inserted, Updated, KeptNewer, Skipped };

// Writes pulled rows, newest version first: a row whose version is not above the stored one is
// kept as it is. Columns the table lacks are ignored (a newer server); a row lacking a required
// column cannot be inserted and is Skipped (with the reason in `lastSkipReason`), never a
// failure of the whole page. origin becomes 'server'. One writer per connection; reuse it.
class RowWriter
{
public:
    explicit RowWriter(store::Connection &db);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    Result<RowApplied> apply(
        const std::string &table, const Poco::JSON::Object &row, std::int64_t nowMillis);
    const std::string &lastSkipReason() const { return m_lastSkipReason; }

private:
    Result<const std::vector<std::string> *> columnsOf(const std::string &table);

    store::Connection &m_db;
    std::map<std::string, std::vector<std::string>> m_columns;
    std::string m_lastSkipReason;
};

} // namespace varde::sync
