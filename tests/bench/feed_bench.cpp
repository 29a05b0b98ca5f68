// Change-feed figures on a real PostgreSQL (run it through pg_virtualenv): latency from a
// commit to a long-polling reader (p50, p99 over 200 commits; quiet, and beside 4 busy writers
// of another service), and catch-up throughput reading 1,000,000 rows in pages of 5,000.
// Printed figures, never pass/fail.
#include "core/common/uuid.h"
#include "core/server/change_log.h"
#include "core/server/feed.h"
#include "core/server/feed_waiter.h"
#include "core/server/migrate.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>
#include <thread>
#include <vector>

using namespace varde;
using namespace varde::server;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace
{

const std::string serviceA = "0b7f3f8e-1111-4a4a-8a8a-aaaaaaaaaaaa";
const std::string serviceB = "0b7f3f8e-2222-4b4b-8b8b-bbbbbbbbbbbb";
const std::string serviceC = "0b7f3f8e-3333-4c4c-8c8c-cccccccccccc";

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

void check(bool ok, const std::string &what)
{
    if (!ok) {
        std::cerr << "bench_feed: " << what << "\n";
        std::exit(1);
    }
}

PgConnection connect(const std::string &url)
{
    auto c = PgConnection::connect(url);
    check(bool(c), c ? "" : c.error().detail);
    return std::move(*c);
}

// Commits to a long-polling reader of service A: `commits` single-row transactions spaced
// 10-40 ms apart; `noise` writers of service B commit 1-20 rows at a time meanwhile.
void latency(const std::string &url, int commits, int noise)
{
    PgPool pool(url, 4);
    FeedWaiter waiter(url);
    check(bool(waiter.start()), "LISTEN failed");
    auto writer = connect(url);
    auto start = readPage(writer, serviceA, "", 1);
    check(bool(start), "first read failed");
    // Start after what earlier rounds left.
    std::string cursor = start->cursor;
    while (auto page = readPage(writer, serviceA, cursor, 5000)) {
        if (page->rows.empty())
            break;
        cursor = page->cursor;
    }

    std::atomic<bool> stop { false };
    std::vector<std::thread> busy;
    for (int w = 0; w < noise; ++w)
        busy.emplace_back([&, w] {
            auto conn = connect(url);
            std::mt19937 random(unsigned(w) + 7);
            std::uniform_int_distribution<int> size(1, 20);
            for (int t = 0; !stop; ++t) {
                auto tx = PgTransaction::begin(conn);
                check(bool(tx), "busy writer failed");
                const int n = size(random);
                for (int i = 0; i < n; ++i)
                    (void)appendChange(conn, serviceB, "measurement",
                        "b" + std::to_string(w) + "-" + std::to_string(t) + "-" + std::to_string(i),
                        "upsert", "{}");
                (void)tx->commit();
            }
        });

    const auto n = std::size_t(commits);
    std::vector<Clock::time_point> committed(n), arrived(n);
    std::thread reader([&] {
        int seen = 0;
        while (seen < commits) {
            auto page = longPollPage(pool, waiter, serviceA, cursor, 1000, Clock::now() + 10s);
            check(page && !page->resync, "long-poll failed");
            const auto now = Clock::now();
            for (const auto &row : page->rows)
                arrived[std::size_t(std::stoi(row.entityId))] = now;
            seen += int(page->rows.size());
            cursor = page->cursor;
        }
    });
    std::mt19937 random(42);
    std::uniform_int_distribution<int> gap(10, 40);
    for (int i = 0; i < commits; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(gap(random)));
        auto tx = PgTransaction::begin(writer);
        check(bool(appendChange(writer, serviceA, "measurement", std::to_string(i), "upsert",
                  "{\"n\":" + std::to_string(i) + "}")),
            "append failed");
        committed[std::size_t(i)] = Clock::now(); // from the COMMIT on
        check(bool(tx->commit()), "commit failed");
    }
    reader.join();
    stop = true;
    for (auto &t : busy)
        t.join();
    waiter.stop();

    std::vector<double> lag;
    for (int i = 0; i < commits; ++i)
        lag.push_back(ms(arrived[std::size_t(i)] - committed[std::size_t(i)]));
    std::sort(lag.begin(), lag.end());
    const auto at = [&](double q) { return lag[std::size_t(q * double(lag.size() - 1))]; };
    std::printf("feed latency, commit -> long-polling reader (%d commits, %d busy writers of "
                "another service): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        commits, noise, at(0.5), at(0.99), lag.back());
}

// A cold workstation catching up: 1,000,000 rows in pages of 5,000, twice.
void throughput(const std::string &url)
{
    constexpr int total = 1000000, page = 5000;
    auto db = connect(url);
    const auto filling = Clock::now();
    for (int batch = 0; batch < 10; ++batch) {
        auto filled = db.exec(
            "INSERT INTO change_log(service_id, entity, entity_id, op, payload) "
            "SELECT $1::uuid, 'measurement', u.id::text, 'upsert', json_build_object('id', u.id, "
            "'patient_id', '5d1e6c0a-9a43-4bb8-a0a4-1f2b3c4d5e6f', 'kind', 'spo2', 'value', 90 + "
            "u.g % 9, 'unit', '%', 'canonical_value', 90 + u.g % 9, 'measured_at', 1700000000000 + "
            "u.g::bigint * 60000, 'source', 'device')::text "
            "FROM (SELECT g, gen_random_uuid() AS id FROM generate_series(1, $2::int) g) u",
            { serviceC, std::to_string(total / 10) });
        check(bool(filled), filled ? "" : filled.error().detail);
    }
    check(bool(db.exec("VACUUM ANALYZE change_log")), "vacuum failed");
    std::printf(
        "feed catch-up: %d rows written in %.1f s\n", total, ms(Clock::now() - filling) / 1000);

    for (int pass = 1; pass <= 2; ++pass) {
        std::string cursor;
        long rows = 0;
        std::size_t bytes = 0;
        std::vector<double> pageMs;
        const auto started = Clock::now();
        for (;;) {
            const auto t0 = Clock::now();
            auto got = readPage(db, serviceC, cursor, page);
            check(got && !got->resync, "read failed");
            if (got->rows.empty())
                break;
            pageMs.push_back(ms(Clock::now() - t0));
            rows += long(got->rows.size());
            for (const auto &r : got->rows)
                bytes += r.payload.size();
            cursor = got->cursor;
        }
        const double seconds = ms(Clock::now() - started) / 1000;
        const auto mean = [&](std::size_t from, std::size_t to) {
            double sum = 0;
            for (auto i = from; i < to; ++i)
                sum += pageMs[i];
            return sum / double(to - from);
        };
        std::printf("feed catch-up pass %d: %ld rows in %.2f s = %.0f rows/s (%.0f MB payload); "
                    "a page of %d: first 10 %.1f ms, last 10 %.1f ms\n",
            pass, rows, seconds, double(rows) / seconds, double(bytes) / 1e6, page, mean(0, 10),
            mean(pageMs.size() - 10, pageMs.size()));
    }
}

} // namespace

int main()
{
    auto admin = connect("dbname=postgres");
    const std::string name = "bench_feed_" + newUuid().substr(0, 8);
    check(bool(admin.exec("CREATE DATABASE " + name)), "cannot create a database");
    struct Drop {
        PgConnection &admin;
        std::string name;
        ~Drop() { (void)admin.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); }
    } drop { admin, name };
    const std::string url = "dbname=" + name;
    {
        auto db = connect(url);
        check(bool(migrate(db)), "migration failed");
    }
    latency(url, 200, 0);
    latency(url, 200, 4);
    throughput(url);
    return 0;
}
