#include "core/server/health.h"

#include "core/server/migrate.h"

#include <sstream>

namespace varde::server
{

void addHealthRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/v1/health",
        [](const Request &) { return jsonResponse(200, "{\"status\":\"ok\"}"); });

    router.add("GET", "/v1/ready", [&context](const Request &) {
        auto db = context.pool.acquire();
        if (!db)
            return errorResponse(503, "database_unavailable", db.error().detail);
        auto version = (*db)->exec("SELECT coalesce(max(version), 0) FROM schema_migration");
        if (!version)
            return errorResponse(503, "database_unavailable", version.error().detail);
        if (version->int64(0, 0) != latestServerSchema())
            return errorResponse(503, "not_migrated", "the database schema is not current");
        return jsonResponse(200, "{\"status\":\"ready\"}");
    });

    router.add("GET", "/v1/metrics", [&context](const Request &) {
        std::ostringstream out;
        const auto &m = context.metrics;
        out << "# TYPE varde_requests_total counter\nvarde_requests_total " << m.requests << "\n"
            << "# TYPE varde_errors_total counter\nvarde_errors_total " << m.errors << "\n"
            << "# TYPE varde_ingested_measurements_total counter\n"
            << "varde_ingested_measurements_total " << m.ingested << "\n"
            << "# TYPE varde_ingest_requests_total counter\n"
            << "varde_ingest_requests_total " << m.ingestRequests << "\n"
            << "# TYPE varde_feed_pages_total counter\nvarde_feed_pages_total " << m.feedPages
            << "\n";
        if (auto db = context.pool.acquire()) {
            // The feed waits for the oldest running transaction: its age is the feed's lag.
            auto age
                = (*db)->exec("SELECT coalesce(extract(epoch FROM now() - min(xact_start)), 0) "
                              "FROM pg_stat_activity WHERE xact_start IS NOT NULL "
                              "AND pid <> pg_backend_pid()");
            if (age)
                out << "# TYPE varde_oldest_transaction_seconds gauge\n"
                    << "varde_oldest_transaction_seconds " << age->text(0, 0) << "\n";
            auto behind = (*db)->exec("SELECT count(*) FROM change_log WHERE txid >= "
                                      "pg_snapshot_xmin(pg_current_snapshot())");
            if (behind)
                out << "# TYPE varde_feed_rows_waiting gauge\nvarde_feed_rows_waiting "
                    << behind->text(0, 0) << "\n";
        }
        Response r = jsonResponse(200, out.str());
        r.contentType = "text/plain; version=0.0.4";
        return r;
    });
}

} // namespace varde::server
