// The change feed against the real PostgreSQL: gap-free under 8 concurrent writers while 4
// readers follow it (and what a plain seq cursor loses under the same load), cursors of
// another cluster, numeric txid order, long-polls woken by a commit, held back by an older
// open transaction, and stopped; and GET /v1/feed on the real server.
#include "server_fixture.h"

#include "core/server/change_log.h"
#include "core/server/feed.h"
#include "core/server/feed_waiter.h"
#include "core/server/migrate.h"
#include "core/server/secrets.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <atomic>
#include <future>
#include <iostream>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_set>

using namespace server_test;
using namespace varde;
using namespace varde::server;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace
{

const std::string serviceA = "0b7f3f8e-1111-4a4a-8a8a-aaaaaaaaaaaa";
const std::string serviceB = "0b7f3f8e-2222-4b4b-8b8b-bbbbbbbbbbbb";

PgConnection migrated(const TestDatabase &db)
{
    auto c = db.connect();
    REQUIRE(migrate(c));
    return c;
}

Result<> appendRow(PgConnection &db, const std::string &service, const std::string &id)
{
    return appendChange(db, service, "measurement", id, "upsert", "{\"id\":\"" + id + "\"}");
}

void commitRow(PgConnection &db, const std::string &service, const std::string &id)
{
    auto tx = PgTransaction::begin(db);
    REQUIRE(tx);
    REQUIRE(appendRow(db, service, id));
    REQUIRE(tx->commit());
}

Poco::JSON::Object::Ptr json(const std::string &text)
{
    INFO(text);
    auto parsed = Poco::JSON::Parser().parse(text);
    REQUIRE(parsed.type() == typeid(Poco::JSON::Object::Ptr));
    return parsed.extract<Poco::JSON::Object::Ptr>();
}

// A user with `roles` (and a service or a GP record), signed in: the bearer header.
std::map<std::string, std::string> signedIn(PgConnection &db,
    const ServerProcess &server,
    const std::string &login,
    const std::string &roles,
    const PgParam &service,
    const PgParam &gp = {})
{
    static const std::string hash = *hashPassword("feed-passord");
    REQUIRE(db.exec("INSERT INTO app_user(id, login, display_name, password_hash, roles, "
                    "service_id, gp_id) VALUES ($1, $2, 'Navn', $3, $4::text[], $5, $6)",
        { newUuid(), login, hash, roles, service, gp }));
    const auto reply = server.request(
        "POST", "/v1/auth/login", "{\"login\":\"" + login + "\",\"password\":\"feed-passord\"}");
    INFO(reply.body);
    REQUIRE(reply.status == 200);
    return { { "Authorization",
        "Bearer " + json(reply.body)->getValue<std::string>("access_token") } };
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// The first error of any thread (Catch2's REQUIRE is for the main thread only).
struct Failures {
    std::mutex mutex;
    std::string first;
    std::atomic<bool> any { false };
    void add(const std::string &what)
    {
        std::lock_guard lock(mutex);
        if (first.empty())
            first = what;
        any = true;
    }
};

} // namespace

TEST_CASE("8 writers and 4 readers: every reader sees every row exactly once, in one order",
    "[server][feed]")
{
    TestDatabase db;
    (void)migrated(db);
    constexpr int writers = 8, perWriter = 10000, readers = 4, total = writers * perWriter;
    Failures failures;
    std::atomic<int> writersLeft { writers };
    std::vector<std::thread> threads;
    const auto started = Clock::now();

    // Writers: small transactions of 1-20 rows of service A; every third also writes a row of
    // service B, which A's readers must never see.
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            auto conn = PgConnection::connect(db.url());
            std::mt19937 random(unsigned(w) + 1);
            std::uniform_int_distribution<int> size(1, 20);
            int written = 0;
            for (int transactions = 1; conn && written < perWriter && !failures.any;
                 ++transactions) {
                const int n = std::min(size(random), perWriter - written);
                auto tx = PgTransaction::begin(*conn);
                bool ok = bool(tx);
                for (int i = 0; ok && i < n; ++i)
                    ok = bool(appendRow(*conn, serviceA,
                        "a" + std::to_string(w) + "-" + std::to_string(written + i)));
                if (ok && transactions % 3 == 0)
                    ok = bool(appendRow(*conn, serviceB,
                        "b" + std::to_string(w) + "-" + std::to_string(transactions)));
                if (!ok || !tx->commit()) {
                    failures.add("a writer failed");
                    break;
                }
                written += n;
            }
            if (!conn)
                failures.add("a writer cannot connect");
            --writersLeft;
        });

    // Readers following the feed, each with its own cursor, as fast as they can.
    struct Seen {
        std::vector<std::pair<std::uint64_t, std::int64_t>> order;
        std::vector<std::string> ids;
        int foreign = 0;
        std::size_t afterTheEnd = 0;
    };
    std::vector<Seen> seen(readers);
    for (int r = 0; r < readers; ++r)
        threads.emplace_back([&, r] {
            auto conn = PgConnection::connect(db.url());
            if (!conn)
                return failures.add("a reader cannot connect");
            auto &mine = seen[std::size_t(r)];
            std::string cursor;
            const auto giveUp = Clock::now() + 180s;
            const auto read = [&]() -> std::size_t {
                auto page = readPage(*conn, serviceA, cursor, 1000);
                if (!page || page->resync) {
                    failures.add(page ? "a reader was told to resync" : page.error().detail);
                    return 0;
                }
                for (auto &row : page->rows) {
                    mine.order.emplace_back(row.txid, row.seq);
                    mine.foreign += row.entityId.front() != 'a';
                    mine.ids.push_back(std::move(row.entityId));
                }
                cursor = page->cursor;
                return page->rows.size();
            };
            while (mine.ids.size() < std::size_t(total) && !failures.any) {
                if (read() == 0)
                    std::this_thread::sleep_for(2ms);
                if (Clock::now() > giveUp)
                    return failures.add("a reader gave up waiting");
            }
            // Once every writer is done, nothing more may come (no row twice).
            while (writersLeft > 0 && !failures.any)
                std::this_thread::sleep_for(10ms);
            const auto before = mine.ids.size();
            while (read() > 0) { }
            mine.afterTheEnd = mine.ids.size() - before;
        });

    // The trap, under the same load: a plain seq cursor (printed, not judged).
    std::size_t seqSeen = 0;
    threads.emplace_back([&] {
        auto conn = PgConnection::connect(db.url());
        if (!conn)
            return failures.add("the seq reader cannot connect");
        std::int64_t last = 0;
        std::unordered_set<std::string> ids;
        for (;;) {
            const bool writersDone = writersLeft == 0;
            auto rows = conn->exec("SELECT seq, entity_id FROM change_log WHERE service_id = "
                                   "$1::uuid AND seq > $2::bigint ORDER BY seq LIMIT 1000",
                { serviceA, std::to_string(last) });
            if (!rows)
                return failures.add(rows.error().detail);
            for (int i = 0; i < rows->rows(); ++i) {
                last = rows->int64(i, 0);
                ids.insert(rows->text(i, 1));
            }
            if (rows->rows() == 0) {
                if (writersDone || failures.any)
                    break;
                std::this_thread::sleep_for(2ms);
            }
        }
        seqSeen = ids.size();
    });

    for (auto &t : threads)
        t.join();
    INFO(failures.first);
    REQUIRE_FALSE(failures.any);
    long lost = 0, doubled = 0;
    for (const auto &mine : seen) {
        const auto distinct
            = long(std::unordered_set<std::string>(mine.ids.begin(), mine.ids.end()).size());
        lost += total - distinct;
        doubled += long(mine.ids.size()) - distinct;
    }
    std::cout << "feed concurrency: " << total << " rows by " << writers << " writers, " << readers
              << " readers, " << ms(Clock::now() - started) / 1000 << " s; the watermark cursor "
              << "lost " << lost << " and doubled " << doubled << " (all readers); a plain seq "
              << "cursor lost " << total - long(seqSeen) << " rows ("
              << 100.0 * double(total - long(seqSeen)) / total << " %)\n";

    auto check = db.connect();
    auto other
        = check.exec("SELECT count(*) FROM change_log WHERE service_id = $1::uuid", { serviceB });
    REQUIRE(other);
    CHECK(other->int64(0, 0) > 1000); // the other service's rows were there, interleaved
    CHECK(lost == 0);
    CHECK(doubled == 0);
    for (const auto &mine : seen) {
        CHECK(mine.ids.size() == std::size_t(total));
        CHECK(mine.foreign == 0);
        CHECK(mine.afterTheEnd == 0);
        CHECK(std::is_sorted(mine.order.begin(), mine.order.end()));
        CHECK(mine.order == seen.front().order); // one stable order for every reader
    }
}

TEST_CASE("a cursor of another cluster, or ahead of this one, answers resync", "[server][feed]")
{
    TestDatabase db;
    auto conn = migrated(db);
    commitRow(conn, serviceA, "first");
    auto start = readPage(conn, serviceA, "", 10);
    REQUIRE(start);
    REQUIRE(start->rows.size() == 1);
    CHECK(start->rows[0].payload == "{\"id\":\"first\"}");
    auto cursor = parseCursor(start->cursor);
    REQUIRE(cursor);
    CHECK(start->cursor.rfind("v1." + cursor->cluster + ".", 0) == 0);

    auto again = readPage(conn, serviceA, start->cursor, 10);
    REQUIRE(again);
    CHECK_FALSE(again->resync);
    CHECK(again->rows.empty());
    CHECK(again->cursor == start->cursor);

    auto foreign = *cursor;
    foreign.cluster = foreign.cluster == "1" ? "2" : "1";
    auto moved = readPage(conn, serviceA, formatCursor(foreign), 10);
    REQUIRE(moved);
    CHECK(moved->resync);
    CHECK(moved->rows.empty());

    auto ahead = *cursor;
    ahead.txid += 1000000; // transactions this cluster never had (a failover lost them)
    auto behind = readPage(conn, serviceA, formatCursor(ahead), 10);
    REQUIRE(behind);
    CHECK(behind->resync);

    for (const auto *bad : { "v2.1.2.3", "v1.1.2", "v1.x.2.3", "v1.1.-2.3", "v1.1.2.3.4" })
        CHECK_FALSE(readPage(conn, serviceA, bad, 10));
}

TEST_CASE("the feed orders by the number of txid, never its text", "[server][feed]")
{
    TestDatabase db;
    auto conn = migrated(db);
    // Rows of long-finished transactions 9, 10 and 100 (as text, '10' < '100' < '9').
    for (const auto *txid : { "100", "9", "10" })
        REQUIRE(conn.exec("INSERT INTO change_log(txid, service_id, entity, entity_id, op, "
                          "payload) VALUES ($1::xid8, $2::uuid, 'measurement', $1, 'upsert', '{}')",
            { std::string(txid), serviceA }));
    auto first = readPage(conn, serviceA, "", 1);
    REQUIRE(first);
    REQUIRE(first->rows.size() == 1);
    CHECK(first->rows[0].entityId == "9");
    CHECK(first->more);
    auto rest = readPage(conn, serviceA, first->cursor, 10);
    REQUIRE(rest);
    REQUIRE(rest->rows.size() == 2);
    CHECK(rest->rows[0].entityId == "10");
    CHECK(rest->rows[1].entityId == "100");
    CHECK_FALSE(rest->more);
}

TEST_CASE("the feed is read outside transactions only", "[server][feed]")
{
    TestDatabase db;
    auto conn = migrated(db);
    auto tx = PgTransaction::begin(conn);
    REQUIRE(tx);
    // Inside a transaction a reader could hold an xid and cap its own watermark.
    auto page = readPage(conn, serviceA, "", 10);
    REQUIRE_FALSE(page);
    CHECK(page.error().detail.find("outside a transaction") != std::string::npos);
}

TEST_CASE("a long-poll answers within 2 s of a commit, for its own service only", "[server][feed]")
{
    TestDatabase db;
    auto writer = migrated(db);
    PgPool pool(db.url(), 4);
    FeedWaiter waiter(db.url());
    REQUIRE(waiter.start());
    auto start = readPage(writer, serviceA, "", 10);
    REQUIRE(start);

    const auto asked = Clock::now();
    auto poll = std::async(std::launch::async, [&] {
        auto page = longPollPage(pool, waiter, serviceA, start->cursor, 10, Clock::now() + 10s);
        return std::make_pair(std::move(page), Clock::now());
    });
    std::this_thread::sleep_for(200ms);
    commitRow(writer, serviceB, "not-for-a"); // wakes nobody of service A
    std::this_thread::sleep_for(300ms);
    auto tx = PgTransaction::begin(writer);
    REQUIRE(tx);
    REQUIRE(appendRow(writer, serviceA, "for-a"));
    const auto committing = Clock::now();
    REQUIRE(tx->commit());
    auto [page, answered] = poll.get();
    REQUIRE(page);
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows[0].entityId == "for-a");
    CHECK(answered - asked > 450ms); // it did wait
    const auto latency = answered - committing;
    std::cout << "feed long-poll: answered " << ms(latency) << " ms after the commit\n";
    CHECK(latency < 2s);
}

TEST_CASE("a notification is only a hint: rows behind an older open transaction come when it "
          "ends",
    "[server][feed]")
{
    TestDatabase db;
    auto writer = migrated(db);
    auto older = db.connect();
    PgPool pool(db.url(), 4);
    FeedWaiter waiter(db.url());
    REQUIRE(waiter.start());
    auto start = readPage(writer, serviceA, "", 10);
    REQUIRE(start);

    // An older transaction holds an id (and writes nothing the feed's readers wait for).
    auto holding = PgTransaction::begin(older);
    REQUIRE(holding);
    REQUIRE(older.exec("SELECT pg_current_xact_id()"));

    auto poll = std::async(std::launch::async, [&] {
        auto page = longPollPage(pool, waiter, serviceA, start->cursor, 10, Clock::now() + 10s);
        return std::make_pair(std::move(page), Clock::now());
    });
    std::this_thread::sleep_for(100ms);
    commitRow(writer, serviceA, "younger"); // notifies; the row is behind the watermark
    // A second waiter that starts after the notification finds the row pending by itself.
    auto late = std::async(std::launch::async, [&] {
        return longPollPage(pool, waiter, serviceA, start->cursor, 10, Clock::now() + 10s);
    });
    CHECK(poll.wait_for(500ms) == std::future_status::timeout);
    auto released = Clock::now();
    REQUIRE(holding->commit()); // sends no notification
    auto [page, answered] = poll.get();
    REQUIRE(page);
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows[0].entityId == "younger");
    auto latePage = late.get();
    REQUIRE(latePage);
    CHECK(latePage->rows.size() == 1);
    std::cout << "feed long-poll behind an open transaction: answered " << ms(answered - released)
              << " ms after it ended\n";
    CHECK(answered - released < 1s);
}

TEST_CASE("stopping the waiter answers a waiting long-poll at once", "[server][feed]")
{
    TestDatabase db;
    auto conn = migrated(db);
    PgPool pool(db.url(), 2);
    FeedWaiter waiter(db.url());
    REQUIRE(waiter.start());
    auto poll = std::async(std::launch::async,
        [&] { return longPollPage(pool, waiter, serviceA, "", 10, Clock::now() + 20s); });
    std::this_thread::sleep_for(200ms);
    const auto stopping = Clock::now();
    waiter.stop();
    auto page = poll.get();
    REQUIRE(page);
    CHECK(page->rows.empty());
    CHECK(Clock::now() - stopping < 1s);
    CHECK_FALSE(waiter.listening());
}

TEST_CASE("GET /v1/feed pages a nurse's service's changes and long-polls", "[server][feed]")
{
    TestDatabase db;
    ServerProcess server(db, { { "long-poll-seconds", "5" } });
    auto conn = db.connect();
    for (const auto &service : { serviceA, serviceB })
        REQUIRE(conn.exec(
            "INSERT INTO follow_up_service(id, name) VALUES ($1, 'Oppfølging')", { service }));
    const auto gp = newUuid();
    REQUIRE(
        conn.exec("INSERT INTO general_practitioner(id, name) VALUES ($1, 'Fastlege')", { gp }));
    const auto nurse = signedIn(conn, server, "kari", "{nurse}", serviceA);
    const auto lege = signedIn(conn, server, "lege", "{gp}", {}, gp);

    CHECK(server.request("GET", "/v1/feed").status == 401);
    // A GP's feed is their own listed patients' rows (gp_feed_test.cpp): none here.
    const auto gpFeed = server.request("GET", "/v1/feed?wait=0", {}, lege);
    CHECK(gpFeed.status == 200);
    CHECK(json(gpFeed.body)->getArray("changes")->size() == 0);
    CHECK(server.request("GET", "/v1/feed?cursor=nonsense", {}, nurse).status == 400);
    CHECK(server.request("GET", "/v1/feed?limit=0", {}, nurse).status == 400);

    for (int i = 0; i < 3; ++i)
        commitRow(conn, serviceA, "a" + std::to_string(i));
    commitRow(conn, serviceB, "b0");
    auto first = server.request("GET", "/v1/feed?limit=2&wait=0", {}, nurse);
    REQUIRE(first.status == 200);
    CHECK(first.headers["Cache-Control"] == "no-store");
    auto page = json(first.body);
    auto changes = page->getArray("changes");
    REQUIRE(changes->size() == 2);
    auto change = changes->getObject(0);
    CHECK(change->getValue<std::string>("entity") == "measurement");
    CHECK(change->getValue<std::string>("entity_id") == "a0");
    CHECK(change->getValue<std::string>("op") == "upsert");
    CHECK(change->getObject("payload")->getValue<std::string>("id") == "a0"); // JSON, not text
    CHECK(!change->getValue<std::string>("txid").empty());
    CHECK(change->getValue<std::int64_t>("seq") > 0);
    CHECK(page->getValue<bool>("more"));
    const auto cursor = page->getValue<std::string>("cursor");

    auto second = json(server.request("GET", "/v1/feed?wait=0&cursor=" + cursor, {}, nurse).body);
    REQUIRE(second->getArray("changes")->size() == 1); // never service B's row
    CHECK(second->getArray("changes")->getObject(0)->getValue<std::string>("entity_id") == "a2");
    CHECK_FALSE(second->getValue<bool>("more"));
    const auto end = second->getValue<std::string>("cursor");

    // Caught up: the request waits, and a commit answers it.
    const auto asked = Clock::now();
    auto waiting = std::async(std::launch::async, [&] {
        auto reply = server.request("GET", "/v1/feed?cursor=" + end, {}, nurse);
        return std::make_pair(reply, Clock::now());
    });
    std::this_thread::sleep_for(300ms);
    const auto committing = Clock::now();
    commitRow(conn, serviceA, "a3");
    auto [reply, answered] = waiting.get();
    REQUIRE(reply.status == 200);
    auto woken = json(reply.body);
    REQUIRE(woken->getArray("changes")->size() == 1);
    CHECK(woken->getArray("changes")->getObject(0)->getValue<std::string>("entity_id") == "a3");
    CHECK(answered - asked > 250ms);
    std::cout << "GET /v1/feed long-poll: answered " << ms(answered - committing)
              << " ms after the commit\n";
    CHECK(answered - committing < 2s);

    // Nothing comes: the empty page after ?wait seconds (at most long-poll-seconds).
    const auto quiet = Clock::now();
    auto empty = server.request(
        "GET", "/v1/feed?wait=60&cursor=" + woken->getValue<std::string>("cursor"), {}, nurse);
    REQUIRE(empty.status == 200);
    CHECK(json(empty.body)->getArray("changes")->size() == 0);
    const auto waited = Clock::now() - quiet;
    CHECK(waited > 4500ms);
    CHECK(waited < 7s);

    auto foreign = parseCursor(end);
    REQUIRE(foreign);
    foreign->cluster = foreign->cluster == "1" ? "2" : "1";
    auto resync = server.request("GET", "/v1/feed?cursor=" + formatCursor(*foreign), {}, nurse);
    CHECK(resync.status == 200);
    CHECK(resync.body == "{\"resync\":true}");

    auto metrics = server.request("GET", "/v1/metrics");
    CHECK(metrics.body.find("varde_feed_pages_total 6") != std::string::npos);
}

TEST_CASE("the server stops at once while a long-poll waits", "[server][feed]")
{
    TestDatabase db;
    ServerProcess server(db, { { "long-poll-seconds", "30" } });
    auto conn = db.connect();
    REQUIRE(conn.exec(
        "INSERT INTO follow_up_service(id, name) VALUES ($1, 'Oppfølging')", { serviceA }));
    const auto nurse = signedIn(conn, server, "kari", "{nurse}", serviceA);
    auto waiting = std::async(std::launch::async, [&] {
        try {
            return server.request("GET", "/v1/feed", {}, nurse).status;
        } catch (const std::exception &) {
            return -1; // the connection closed: also an answer
        }
    });
    std::this_thread::sleep_for(500ms);
    const auto stopping = Clock::now();
    server.stop(SIGTERM);
    const auto status = waiting.get();
    const auto took = Clock::now() - stopping;
    std::cout << "server stop with a waiting long-poll: " << ms(took) << " ms (status " << status
              << ")\n";
    CHECK(took < 3s);
}
