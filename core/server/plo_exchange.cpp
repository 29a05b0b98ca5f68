// One pass of the message exchange under its advisory lock, and the server's thread that runs
// it every few seconds (plo_exchange.h).
#include "core/server/plo_exchange.h"

#include "core/common/file_write.h"
#include "core/server/plo_exchange_files.h"
#include "core/server/plo_exchange_incoming.h"
#include "core/server/plo_message_change.h"

#include <algorithm>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace varde::server
{
namespace
{

namespace fs = std::filesystem;

bool crashAfterRename()
{
    const char *hook = std::getenv("VARDE_TEST_EXCHANGE_CRASH_AFTER_RENAME");
    return hook && std::string_view(hook) == "1";
}

// The top-level *.xml files of the incoming folder, by name (the adapter's temporary files and
// hidden files are not ours yet).
Result<std::vector<fs::path>> incomingFiles(const fs::path &incoming)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(incoming, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (it->is_regular_file(ec) && name.front() != '.' && name.size() > 4
            && name.ends_with(".xml"))
            files.push_back(it->path());
    }
    if (ec)
        return fail(ErrorCode::Io, "cannot list " + incoming.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

// Writes every queued document as <MsgId>.xml, then marks it sent (never before the rename).
Result<> sendQueued(
    PgConnection &db, const fs::path &outgoing, const std::string &now, ExchangeReport &report)
{
    auto queued = db.exec("SELECT id, msg_id, document FROM plo_message WHERE direction = 'out' "
                          "AND state = 'queued' ORDER BY queued_at, id LIMIT 500");
    if (!queued)
        return fail(queued.error());
    for (int r = 0; r < queued->rows(); ++r) {
        const auto id = queued->text(r, 0);
        const auto msgId = queued->text(r, 1);
        if (!isSafeMsgId(msgId)) // queueOutgoingDocument refuses these; never a path outside
            continue;
        if (auto ok = writeFileAtomically(outgoing / (msgId + ".xml"), queued->text(r, 2)); !ok)
            return fail(ok.error());
        if (auto ok = exchange_files::syncFolder(outgoing); !ok)
            return fail(ok.error());
        if (crashAfterRename())
            std::raise(SIGKILL);
        auto tx = PgTransaction::begin(db);
        if (!tx)
            return fail(tx.error());
        auto marked = db.exec("UPDATE plo_message SET state = 'sent', sent_at = "
                              "to_timestamp($2::bigint / 1000.0), version = version + 1 "
                              "WHERE id = $1 AND state = 'queued'",
            { id, now });
        if (!marked)
            return fail(marked.error());
        if (marked->affected() > 0)
            if (auto ok = appendMessageChange(db, id, "update"); !ok)
                return fail(ok.error());
        if (auto ok = tx->commit(); !ok)
            return fail(ok.error());
        ++report.written;
    }
    return {};
}

} // namespace

Result<ExchangeReport> runExchangeOnce(PgConnection &db,
    const ExchangeFolders &folders,
    const plo::SchemaSet &schemas,
    time::Instant now)
{
    ExchangeReport report;
    auto locked = db.exec("SELECT pg_try_advisory_lock($1::bigint)", { exchangeLockKey });
    if (!locked)
        return fail(locked.error());
    if (locked->text(0, 0) != "t")
        return report; // another instance runs the exchange now
    struct Unlock {
        PgConnection &db;
        ~Unlock() { (void)db.exec("SELECT pg_advisory_unlock($1::bigint)", { exchangeLockKey }); }
    } unlock { db };
    report.ran = true;
    if (folders.afterLock)
        folders.afterLock();

    std::error_code ec;
    for (const auto &folder : { folders.outgoing, folders.incoming }) {
        fs::create_directories(folder, ec);
        if (ec)
            return fail(ErrorCode::Io, "cannot create " + folder.string() + ": " + ec.message());
    }
    const auto millis = time::toEpochMillis(now);
    // Incoming first, so that the AppRecs it queues leave in the same pass.
    auto files = incomingFiles(folders.incoming);
    if (!files)
        return fail(files.error());
    for (const auto &file : *files)
        if (auto ok = fileIncoming(db, file, folders.incoming, schemas, millis, report); !ok)
            return fail(ok.error());
    if (auto ok = sendQueued(db, folders.outgoing, std::to_string(millis), report); !ok)
        return fail(ok.error());
    return report;
}

namespace
{

std::mutex g_mutex;
std::condition_variable g_wake;
bool g_stop = false;
std::thread g_thread;

void exchangeLoop(std::string url, ExchangeFolders folders)
{
    const plo::SchemaSet schemas(plo::defaultSchemaDirectory());
    std::optional<PgConnection> db;
    for (;;) {
        if (!db || !db->healthy()) {
            db.reset();
            if (auto connected = PgConnection::connect(url))
                db.emplace(std::move(*connected));
            else
                std::cerr << "varde-server: message exchange: " << connected.error().detail
                          << std::endl;
        }
        if (db)
            if (auto pass = runExchangeOnce(*db, folders, schemas, time::now()); !pass)
                std::cerr << "varde-server: message exchange: " << pass.error().detail << std::endl;
        std::unique_lock lock(g_mutex);
        if (g_wake.wait_for(lock, std::chrono::seconds(3), [] { return g_stop; }))
            return;
    }
}

} // namespace

void startExchange(const ServerContext &context)
{
    const auto &config = context.config;
    if (config.outgoingFolder.empty() || config.incomingFolder.empty())
        return;
    std::lock_guard lock(g_mutex);
    if (g_thread.joinable())
        return;
    g_stop = false;
    g_thread = std::thread(exchangeLoop, config.databaseUrl,
        ExchangeFolders { config.outgoingFolder, config.incomingFolder, {} });
}

void stopExchange()
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
