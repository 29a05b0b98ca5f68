#pragma once
// Writes one pulled feed page into the encrypted store in one transaction together with the
// cursor after it: a crash between two pages resumes at the last stored cursor, with nothing
// missing and nothing doubled (measurements and answers are kept once by id; whole rows keep
// the newest version, entity_rows.h).

#include "core/common/result.h"
#include "core/store/connection.h"
#include "core/sync/feed_page.h"

#include <cstdint>
#include <set>
#include <string>

namespace varde::sync
{

struct AppliedPage {
    int measurements = 0; // new ones
    int answers = 0;
    int rows = 0; // whole rows inserted or updated
    int kept = 0; // already here (a page read twice, our own change coming back)
    int skipped = 0; // could not be written (see the log line); the page still counts
    int outsideWindow = 0; // older than the history window: not cached
    std::set<std::string> touchedPatients; // to re-triage
};

struct ApplyOptions {
    std::int64_t nowMillis = 0;
    // Measurements and answers older than this are not cached (the history window).
    std::int64_t historyStartMillis = 0;
};

// The connection must have foreign keys off: the server is the authority on references, and a
// page may name a GP, a user or a finding this workstation has not made yet.
Result<AppliedPage> applyFeedPage(
    store::Connection &db, const FeedPage &page, const ApplyOptions &options);

// Back to the start of the feed (the server said "resync"): the next pull reads everything
// again; what is here stays and is matched by id and version.
Result<> resetFeedCursor(store::Connection &db);

} // namespace varde::sync
