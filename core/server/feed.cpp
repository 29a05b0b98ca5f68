// Reading the change feed after a cursor, gap-free (see the comment on pageSql), for a service
// or a GP (gpPageSql).
#include "core/server/feed.h"

#include <libpq-fe.h>

#include <charconv>

namespace varde::server
{
namespace
{

// Why this never skips a row, although transactions commit out of order:
//
// Every change_log row carries the id of the transaction that wrote it (txid, xid8, assigned
// by its default) and a bigserial seq. A plain seq (or timestamp) cursor loses rows: A takes
// seq 10, B takes 11 and commits first, a reader hands out 11 and moves its cursor past 10
// before A commits. Here a reader hands out only rows whose txid is below the xmin of its
// statement's snapshot: every transaction with an id below xmin has ended (committed or rolled
// back), and every transaction that starts later gets an id at or above xmax >= xmin. So the
// set of rows with txid < xmin is final when it is read, and nothing can ever appear behind a
// cursor (txid, seq) that was taken from it. Rows of a transaction still running (or of a
// later one that committed while an older one still runs) wait until the older one ends;
// nothing is lost, only delayed. Ordering by (txid, seq) is a total order that every reader
// sees the same way.
//
// Details that matter (measured, SYNC.md §1): the row-value comparison is an index bound on
// change_log_feed (service_id, txid, seq), where `txid > a OR (txid = a AND seq > b)` is not;
// xid8 has no cast from bigint, so the cursor's txid goes in as text and is cast; the order
// is by the xid8 column, never by a text form of it ('100000' < '99999' as text). Beware:
// an output column `txid::text` is named "txid", and a bare ORDER BY txid would take it (the
// feed test caught exactly that): so the output is renamed and the order qualified.
constexpr const char *pageSql
    = "SELECT txid::text AS txid_text, seq, entity, entity_id, op, payload, full_row "
      "FROM change_log "
      "WHERE service_id = $1::uuid "
      "AND (txid, seq) > ($2::xid8, $3::bigint) "
      "AND txid < pg_snapshot_xmin(pg_current_snapshot()) "
      "ORDER BY change_log.txid, change_log.seq LIMIT $4";

// A GP's page: the same rule, per patient listed with the GP (patient.gp_id = $1), each an
// index range of change_log_patient (patient_id, txid, seq) after the cursor, cut at the page
// size, then merged in (txid, seq) order: the work is bounded by patients x page, never by the
// history. The watermark is the statement's snapshot, the same for every patient (the function
// is stable within a statement). Membership is read now: a patient who moves to another GP is
// followed by the new GP from that GP's cursor on (rows before it are not sent again; a new
// client starting from "" gets all of them), and leaves the old GP's feed. The patient row of
// the move itself (written with the new gp_id) is in the new GP's feed; the old GP's client
// learns of it from GET /v1/patients.
constexpr const char *gpPageSql
    = "SELECT c.txid::text AS txid_text, c.seq, c.entity, c.entity_id, c.op, c.payload, "
      "c.full_row FROM patient p CROSS JOIN LATERAL (SELECT l.txid, l.seq, l.entity, "
      "l.entity_id, l.op, l.payload, l.full_row FROM change_log l WHERE l.patient_id = p.id "
      "AND (l.txid, l.seq) > ($2::xid8, $3::bigint) "
      "AND l.txid < pg_snapshot_xmin(pg_current_snapshot()) "
      "ORDER BY l.txid, l.seq LIMIT $4) AS c "
      "WHERE p.gp_id = $1::uuid "
      "ORDER BY c.txid, c.seq LIMIT $4";

// Which cluster this is, and the first transaction id not yet assigned: a cursor at or after
// it was not made by this cluster's history.
constexpr const char *clusterSql = "SELECT system_identifier::text, "
                                   "pg_snapshot_xmax(pg_current_snapshot())::text "
                                   "FROM pg_control_system()";

// Run only when a page is empty: any committed row after the cursor, released or not. Without
// the watermark on purpose: a row released between the page's snapshot and this one must
// also make the reader come back (its commit may have notified before the reader listened).
constexpr const char *pendingSql = "SELECT EXISTS (SELECT 1 FROM change_log "
                                   "WHERE service_id = $1::uuid "
                                   "AND (txid, seq) > ($2::xid8, $3::bigint))";

constexpr const char *gpPendingSql = "SELECT EXISTS (SELECT 1 FROM patient p "
                                     "JOIN change_log c ON c.patient_id = p.id "
                                     "WHERE p.gp_id = $1::uuid "
                                     "AND (c.txid, c.seq) > ($2::xid8, $3::bigint))";

template <typename T> bool parseNumber(std::string_view text, T &out)
{
    if (text.empty() || text.front() == '+' || text.front() == '-')
        return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

tl::unexpected<Error> bad(const std::string &why)
{
    return fail(ErrorCode::InvalidArgument, "feed cursor: " + why);
}

} // namespace

Result<FeedCursor> parseCursor(const std::string &text)
{
    FeedCursor cursor;
    if (text.empty())
        return cursor;
    std::vector<std::string_view> parts;
    std::string_view rest = text;
    for (;;) {
        const auto dot = rest.find('.');
        parts.push_back(rest.substr(0, dot));
        if (dot == std::string_view::npos)
            break;
        rest.remove_prefix(dot + 1);
    }
    if (parts.size() != 4 || parts[0] != "v1")
        return bad("not a cursor of this server");
    // system_identifier is read as a signed bigint: allow its sign.
    std::string_view cluster = parts[1];
    std::int64_t clusterNumber = 0;
    if (!cluster.empty() && cluster.front() == '-')
        cluster.remove_prefix(1);
    if (!parseNumber(cluster, clusterNumber) || !parseNumber(parts[2], cursor.txid)
        || !parseNumber(parts[3], cursor.seq))
        return bad("malformed");
    cursor.cluster = std::string(parts[1]);
    return cursor;
}

std::string formatCursor(const FeedCursor &cursor)
{
    return "v1." + cursor.cluster + "." + std::to_string(cursor.txid) + "."
        + std::to_string(cursor.seq);
}

Result<FeedPage> readPage(
    PgConnection &db, const FeedScope &scope, const std::string &cursorText, int limit)
{
    const bool gp = scope.kind == FeedScope::Kind::Gp;
    if (limit < 1 || limit > maxFeedPage)
        return fail(ErrorCode::InvalidArgument, "feed: page size out of range");
    auto cursor = parseCursor(cursorText);
    if (!cursor)
        return fail(cursor.error());
    // Autocommit only: each statement gets a snapshot and no transaction id.
    if (PQtransactionStatus(db.raw()) != PQTRANS_IDLE)
        return fail(ErrorCode::InvalidArgument, "feed: readPage must run outside a transaction");

    auto cluster = db.exec(clusterSql);
    if (!cluster)
        return fail(cluster.error());
    FeedPage page;
    std::uint64_t xmax = 0;
    (void)parseNumber(cluster->text(0, 1), xmax);
    if (cursorText.empty()) {
        cursor->cluster = cluster->text(0, 0);
    } else if (cursor->cluster != cluster->text(0, 0) || cursor->txid >= xmax) {
        page.resync = true;
        return page;
    }

    const auto txid = std::to_string(cursor->txid);
    const auto seq = std::to_string(cursor->seq);
    // One row more than asked tells whether there is more.
    auto rows
        = db.exec(gp ? gpPageSql : pageSql, { scope.id, txid, seq, std::to_string(limit + 1) });
    if (!rows)
        return fail(rows.error());
    const int n = std::min(rows->rows(), limit);
    page.more = rows->rows() > limit;
    page.rows.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        FeedRow row;
        (void)parseNumber(rows->text(i, 0), row.txid);
        row.seq = rows->int64(i, 1);
        row.entity = rows->text(i, 2);
        row.entityId = rows->text(i, 3);
        row.op = rows->text(i, 4);
        row.payload = rows->text(i, 5);
        row.fullRow = rows->text(i, 6) == "t";
        page.rows.push_back(std::move(row));
    }
    if (!page.rows.empty()) {
        cursor->txid = page.rows.back().txid;
        cursor->seq = page.rows.back().seq;
    } else {
        auto pending = db.exec(gp ? gpPendingSql : pendingSql, { scope.id, txid, seq });
        if (!pending)
            return fail(pending.error());
        page.pending = pending->text(0, 0) == "t";
    }
    page.cursor = formatCursor(*cursor);
    return page;
}

} // namespace varde::server
