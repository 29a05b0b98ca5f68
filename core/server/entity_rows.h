#pragma once
// The complete rows of workstation entities (schema v6, table entity_row; the payload contract
// is in change_log.h). A mutation may carry its entity's complete local row; the server keeps
// the newest, lays the fields it owns over it, and feeds it back as that row, so that every
// workstation of the service can INSERT OR REPLACE it by column name.
//
// Versions: a pushed row replaces the stored one when its "version" is at least the stored
// one's (a tie is two workstations editing the same version: the later push wins); the stored
// version then becomes max(pushed, stored + 1, minVersion), so that every client, the pusher
// too, sees a version above what it had and converges. An older pushed row changes nothing
// (its client gets the newer row through the feed), unless the server itself changed a field
// it owns, which is then laid over the stored row under a new version.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace varde::server
{

// The entities whose complete rows the server keeps.
bool keepsRows(std::string_view entity);

struct RowWrite {
    std::string serviceId; // the server's: the caller's or the patient's, never the client's
    std::string entity;
    std::string id;
    std::string patientId; // "" = none
    std::string updatedBy; // a user's id; "" = the server itself (a device, the exchange)
    Poco::JSON::Object::Ptr row; // the workstation's row, or null
    Poco::JSON::Object::Ptr overrides; // fields the server owns, or null
    std::int64_t minVersion = 0; // the stored version becomes at least this
};

struct RowWritten {
    enum class Kind {
        Stored, // written; `json` is the row now stored
        Unchanged, // an older row, or nothing new: `json` is the stored row, not fed again
        Foreign, // the stored row belongs to another patient: the caller refuses
        None, // no row pushed and none stored: nothing kept
    };
    Kind kind = Kind::None;
    std::string json;
    std::int64_t version = 0;
};

// Inside the caller's transaction; locks the stored row.
Result<RowWritten> writeRow(PgConnection &db, const RowWrite &write);

// writeRow, then the change_log row of `op`: the complete row when one was stored (full_row),
// `typedJson` when none is kept (None, Foreign; and it is not empty), nothing when unchanged.
Result<RowWritten> writeAndFeed(
    PgConnection &db, const RowWrite &write, std::string_view op, const std::string &typedJson);

// The row's "version" (0 when absent or no integer).
std::int64_t rowVersion(const Poco::JSON::Object::Ptr &row);

} // namespace varde::server
