// The thread that keeps measurement's month partitions ahead of time (partitions.h).
#include "core/server/partitions.h"

#include <condition_variable>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

namespace varde::server
{
namespace
{

constexpr auto everyDay = std::chrono::hours(24);
constexpr auto afterFailure = std::chrono::minutes(10);

std::mutex g_mutex;
std::condition_variable g_wake;
bool g_stop = false;
std::thread g_thread;

void maintenanceLoop(std::string url)
{
    for (;;) {
        bool ok = false;
        if (auto db = PgConnection::connect(url)) {
            if (auto made = ensureMeasurementPartitions(*db)) {
                ok = true;
                if (*made > 0)
                    std::cerr << "varde-server: made " << *made << " measurement partitions"
                              << std::endl;
            } else {
                std::cerr << "varde-server: partition maintenance: " << made.error().detail
                          << std::endl;
            }
        } else {
            std::cerr << "varde-server: partition maintenance: " << db.error().detail << std::endl;
        }
        std::unique_lock lock(g_mutex);
        if (g_wake.wait_for(lock,
                ok ? std::chrono::duration_cast<std::chrono::minutes>(everyDay) : afterFailure,
                [] { return g_stop; }))
            return;
    }
}

} // namespace

Result<int> ensureMeasurementPartitions(PgConnection &db)
{
    auto made = db.exec("SELECT measurement_ensure_partitions()");
    if (!made)
        return fail(made.error());
    return int(made->int64(0, 0));
}

void startPartitionMaintenance(const std::string &databaseUrl)
{
    std::lock_guard lock(g_mutex);
    if (g_thread.joinable())
        return;
    g_stop = false;
    g_thread = std::thread(maintenanceLoop, databaseUrl);
}

void stopPartitionMaintenance()
{
    std::thread thread;
    {
        std::lock_guard lock(g_mutex);
        g_stop = true;
        thread = std::move(g_thread);
    }
    g_wake.notify_all();
    if (thread.joinable())
        thread.join();
}

} // namespace varde::server
