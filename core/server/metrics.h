#pragma once
// Counters an operator scrapes at /v1/metrics (Prometheus text format), kept in memory per
// instance; database figures (feed lag, oldest open transaction) are read at scrape time.

#include <atomic>
#include <cstdint>

namespace varde::server
{

struct Metrics {
    std::atomic<std::int64_t> requests { 0 };
    std::atomic<std::int64_t> errors { 0 }; // responses 500 and above
    std::atomic<std::int64_t> ingested { 0 }; // measurements stored
    std::atomic<std::int64_t> ingestRequests { 0 };
    std::atomic<std::int64_t> feedPages { 0 };
};

} // namespace varde::server
