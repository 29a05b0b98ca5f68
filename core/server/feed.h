#pragma once
// Reading the change feed: one service's change_log rows (or one GP's: see FeedScope) after an
// opaque cursor, in pages, gap-free under concurrent writers (see feed.cpp for why), as plain
// functions over one PgConnection. Long-polling on top of this is in feed_waiter.h; the HTTP
// route in feed_routes.h.
//
// Cursor: "v1.<cluster id>.<txid>.<seq>", the (txid, seq) of the last row handed out, where the
// cluster id is PostgreSQL's system_identifier. "" starts at the beginning. A cursor of another
// cluster (dump/restore into a new one), or one whose txid this cluster has not reached yet
// (a failover that lost transactions), answers "resync": the client rebuilds from a snapshot.

#include "core/common/result.h"
#include "core/server/pg.h"

#include <cstdint>
#include <string>
#include <vector>

namespace varde::server
{

struct FeedCursor {
    std::string cluster; // "" for the start cursor ""
    std::uint64_t txid = 0; // xid8: 64-bit, epoch-aware, never wraps
    std::int64_t seq = 0;
};

// InvalidArgument for anything but "" or "v1.<digits>.<digits>.<digits>".
Result<FeedCursor> parseCursor(const std::string &text);
std::string formatCursor(const FeedCursor &cursor);

struct FeedRow {
    std::uint64_t txid = 0;
    std::int64_t seq = 0;
    std::string entity;
    std::string entityId;
    std::string op;
    std::string payload; // JSON text, as written by appendChange
    bool fullRow = false; // the payload is a complete entity row (change_log.h)
};

struct FeedPage {
    bool resync = false; // the cursor is not of this cluster's history: nothing else is set
    std::vector<FeedRow> rows; // in (txid, seq) order
    std::string cursor; // after the last row; the given cursor when there are none
    bool more = false; // more rows can be read right now
    // No rows, but committed rows after the cursor exist behind a still-open older
    // transaction (or were released a moment ago): read again soon, no notification will say.
    bool pending = false;
};

constexpr int maxFeedPage = 10000;

// Whose feed. A follow-up service's: every row of the service (nurses, leaders). A GP's: the rows
// of the patients listed with the GP now (patient.gp_id), in every service that follows them;
// rows without a patient (service-level) are not in it. Same cursor, same watermark rule.
struct FeedScope {
    enum class Kind { Service, Gp };
    Kind kind = Kind::Service;
    std::string id; // follow_up_service.id or general_practitioner.id

    static FeedScope service(std::string id) { return { Kind::Service, std::move(id) }; }
    static FeedScope gp(std::string id) { return { Kind::Gp, std::move(id) }; }
    // The NOTIFY payload that wakes this feed's long-polls (change_log.h).
    std::string hint() const { return kind == Kind::Service ? id : "gp:" + id; }
};

// Up to `limit` (1..maxFeedPage) rows of `scope` after `cursor`. Must run outside a
// transaction (InvalidArgument otherwise): a reader holding a transaction id would hold back
// its own watermark. Io/InvalidArgument from the database as PgConnection::exec.
Result<FeedPage> readPage(
    PgConnection &db, const FeedScope &scope, const std::string &cursor, int limit);
inline Result<FeedPage> readPage(
    PgConnection &db, const std::string &serviceId, const std::string &cursor, int limit)
{
    return readPage(db, FeedScope::service(serviceId), cursor, limit);
}

} // namespace varde::server
