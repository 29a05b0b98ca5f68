#include "core/sync/sync_engine.h"

#include "core/store/outbox.h"
#include "core/store/statement.h"

#include <Poco/URI.h>

#include <chrono>
#include <future>
#include <iostream>
#include <memory>
#include <optional>

namespace varde::sync
{

std::int64_t currentMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

SyncEngine::SyncEngine(store::Connection db, ServerAddress address, SyncOptions options)
    : m_db(std::move(db))
    , m_client(std::move(address))
    , m_options(options)
{
    // The server is the authority on references: a pulled row may name a GP, a user or a
    // finding this workstation has not got yet (feed_apply.h). Only this connection.
    (void)m_db.exec("PRAGMA foreign_keys = OFF");
    // A first sync writes many pages: checkpoint the WAL every 256 MB rather than every 4 MB
    // (measured: a third less time writing pages; the WAL is truncated at the next checkpoint).
    (void)m_db.exec("PRAGMA wal_autocheckpoint = 65536");
}

Result<SyncState> SyncEngine::state() { return readSyncState(m_db); }

Result<std::int64_t> SyncEngine::waitingCount() { return store::pendingMutationCount(m_db); }

Result<ServerSession> SyncEngine::signIn(const std::string &login, const std::string &password)
{
    auto session = m_client.signIn(login, password);
    if (!session)
        return fail(session.error());
    if (auto ok = saveSignIn(m_db, m_client.address().baseUrl, login, session->userId,
            session->refreshToken, currentMillis());
        !ok)
        return fail(ok.error());
    m_accessToken = session->accessToken;
    m_accessExpiresAt = session->accessExpiresAtMillis;
    return session;
}

Result<> SyncEngine::signOut()
{
    m_accessToken.clear();
    return saveRefreshToken(m_db, "");
}

Result<std::string> SyncEngine::accessToken()
{
    if (!m_accessToken.empty() && currentMillis() < m_accessExpiresAt)
        return m_accessToken;
    auto current = readSyncState(m_db);
    if (!current)
        return fail(current.error());
    if (current->refreshToken.empty())
        return fail(ErrorCode::SignInNeeded, "not signed in to the server");
    auto session = m_client.refresh(current->refreshToken);
    if (!session) {
        // A refused refresh token will not work again: forget it, so the user is asked.
        if (session.error().code == ErrorCode::SignInNeeded)
            (void)saveRefreshToken(m_db, "");
        if (session.error().code == ErrorCode::UserDisabled)
            (void)markUserDisabled(m_db, currentMillis());
        return fail(session.error());
    }
    // Rotating refresh tokens: the old one is spent the moment the server answered.
    if (auto ok = saveRefreshToken(m_db, session->refreshToken); !ok)
        return fail(ok.error());
    m_accessToken = session->accessToken;
    m_accessExpiresAt = session->accessExpiresAtMillis;
    return m_accessToken;
}

Result<HttpAnswer> SyncEngine::authorized(
    const std::function<Result<HttpAnswer>(const std::string &token)> &request)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto token = accessToken();
        if (!token)
            return fail(token.error());
        auto answer = request(*token);
        if (!answer)
            return answer;
        if (answer->status != 401)
            return answer;
        m_accessToken.clear(); // expired early or revoked: one refresh, then give up
    }
    return fail(ErrorCode::SignInNeeded, "the server no longer accepts this session");
}

namespace
{

Error httpError(const std::string &what, const HttpAnswer &answer)
{
    const auto code = answer.status >= 500 ? ErrorCode::Offline : ErrorCode::ServerRefused;
    return { code,
        what + ": HTTP " + std::to_string(answer.status) + " " + serverErrorCode(answer) };
}

} // namespace

Result<PushReport> SyncEngine::push()
{
    PushReport report;
    int reRegistrations = 0;
    for (;;) {
        auto batch = pendingMutations(m_db, m_options.pushBatch);
        if (!batch)
            return fail(batch.error());
        if (batch->empty())
            break;
        auto current = readSyncState(m_db);
        if (!current)
            return fail(current.error());
        auto body = pushBody(m_db, current->clientId, *batch);
        if (!body)
            return fail(body.error());
        auto answer = authorized(
            [&](const std::string &token) { return m_client.post("/v1/mutations", *body, token); });
        if (!answer)
            return fail(answer.error());
        const auto code = serverErrorCode(*answer);
        const bool foreignClient = answer->status == 409 || answer->status == 403;
        if (foreignClient
            && (code == "client_reused" || code == "client_foreign" || code == "mutation_gap")) {
            // Restored from a snapshot, copied, or the server lost what we had confirmed:
            // send what waits again under a new client id rather than have it skipped.
            if (++reRegistrations > 2)
                return fail(httpError("push", *answer));
            std::cerr << "varde sync: the server does not know this client's mutations as sent ("
                      << code << "); registering a new client id\n";
            if (auto renewed = registerNewClient(m_db); !renewed)
                return fail(renewed.error());
            report.reRegistered = true;
            continue;
        }
        if (answer->status != 200)
            return fail(httpError("push", *answer));
        auto recorded
            = recordPushAnswer(m_db, current->clientId, *batch, answer->body, currentMillis());
        if (!recorded)
            return fail(recorded.error());
        report.sent += recorded->applied + recorded->conflicts + recorded->refused;
        report.conflicts += recorded->conflicts;
        report.refused += recorded->refused;
        report.touchedPatients.insert(
            recorded->touchedPatients.begin(), recorded->touchedPatients.end());
        // The server has more from this client id than we ever numbered: a restored snapshot.
        if (recorded->lastMutationId > current->lastMutationId) {
            if (++reRegistrations > 2)
                return fail(ErrorCode::ServerRefused, "push: the client id keeps colliding");
            if (auto renewed = registerNewClient(m_db); !renewed)
                return fail(renewed.error());
            report.reRegistered = true;
            continue;
        }
        if (recorded->lastMutationId < batch->back().id)
            return fail(ErrorCode::ServerRefused, "push: the server did not confirm the batch");
    }
    auto waiting = waitingCount();
    if (!waiting)
        return fail(waiting.error());
    report.waiting = *waiting;
    return report;
}

namespace
{

// A feed page as it came, parsed when it is a 200.
struct Fetched {
    Result<HttpAnswer> answer;
    std::optional<Result<FeedPage>> page;
};

Fetched parsed(Result<HttpAnswer> answer)
{
    Fetched out { std::move(answer), std::nullopt };
    if (out.answer && out.answer->status == 200)
        out.page = parseFeedPage(out.answer->body);
    return out;
}

std::string feedPath(int limit, const std::string &cursor, int wait)
{
    std::string encoded;
    Poco::URI::encode(cursor, "+&=#?/ ", encoded);
    return "/v1/feed?limit=" + std::to_string(limit) + "&wait=" + std::to_string(wait)
        + "&cursor=" + encoded;
}

} // namespace

Result<PullReport> SyncEngine::pull(int waitSeconds,
    const std::function<void(const PullReport &)> &progress,
    const std::atomic<bool> *cancel)
{
    PullReport report;
    bool first = true;
    bool retriedCursor = false;
    // A pipeline (SYNC.md §4): while this thread writes a page, the next one is fetched and
    // parsed on another, from the cursor the page being written ends at. The cursor stored with
    // each written page stays the only point to resume from: a page fetched ahead and never
    // written is read again next time. Only this thread refreshes the session (on a 401 of a
    // page fetched ahead, that page is fetched again here).
    std::future<Fetched> ahead;
    std::shared_ptr<Fetched> retired; // the page written last, freed by the next fetch
    struct JoinAhead {
        std::future<Fetched> &ahead;
        ~JoinAhead()
        {
            if (ahead.valid())
                ahead.wait();
        }
    } joinAhead { ahead };
    for (;;) {
        if (cancel && cancel->load())
            break;
        Fetched got;
        bool fetchedAhead = false;
        if (ahead.valid()) {
            got = ahead.get();
            fetchedAhead = !(got.answer && got.answer->status == 401);
        }
        if (!fetchedAhead) {
            auto current = readSyncState(m_db);
            if (!current)
                return fail(current.error());
            const int wait = first ? waitSeconds : 0;
            const auto path = feedPath(m_options.pageLimit, current->feedCursor, wait);
            got = parsed(authorized(
                [&](const std::string &token) { return m_client.get(path, token, wait + 30); }));
        }
        if (!got.answer)
            return fail(got.answer.error());
        const auto &answer = *got.answer;
        if (answer.status == 400 && serverErrorCode(answer) == "bad_cursor" && !retriedCursor) {
            retriedCursor = true;
            if (auto ok = resetFeedCursor(m_db); !ok)
                return fail(ok.error());
            report.resynced = true;
            continue;
        }
        if (answer.status != 200)
            return fail(httpError("feed", answer));
        auto &page = *got.page;
        if (!page)
            return fail(page.error());
        first = false;
        if (page->resync) {
            if (report.resynced)
                return fail(ErrorCode::ServerRefused, "feed: resync asked twice in a row");
            if (auto ok = resetFeedCursor(m_db); !ok)
                return fail(ok.error());
            report.resynced = true;
            continue;
        }
        if (page->more && !(cancel && cancel->load()))
            ahead = std::async(std::launch::async,
                [this, path = feedPath(m_options.pageLimit, page->cursor, 0), token = m_accessToken,
                    written = std::move(retired)]() mutable {
                    written.reset(); // freeing a page's parsed JSON takes as long as writing it
                    return parsed(m_client.get(path, token, 30));
                });
        ApplyOptions options;
        options.nowMillis = currentMillis();
        options.historyStartMillis
            = options.nowMillis - std::int64_t(m_options.historyDays) * 86'400'000;
        auto applied = applyFeedPage(m_db, *page, options);
        if (!applied)
            return fail(applied.error());
        ++report.pages;
        auto &sum = report.applied;
        sum.measurements += applied->measurements;
        sum.answers += applied->answers;
        sum.rows += applied->rows;
        sum.kept += applied->kept;
        sum.skipped += applied->skipped;
        sum.outsideWindow += applied->outsideWindow;
        sum.touchedPatients.insert(
            applied->touchedPatients.begin(), applied->touchedPatients.end());
        if (progress)
            progress(report);
        retired = std::make_shared<Fetched>(std::move(got));
        if (!(*retired->page)->more) {
            auto current = readSyncState(m_db);
            if (!current)
                return fail(current.error());
            if (!current->firstSyncDone)
                if (auto ok = m_db.exec("UPDATE sync_state SET first_sync_done = 1 WHERE id = 1");
                    !ok)
                    return fail(ok.error());
            // After many pages, fold the WAL back here, on the worker, rather than in the next
            // commit of the user's own connection (a pause in the window).
            if (report.pages > 1)
                (void)m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
            break;
        }
    }
    return report;
}

} // namespace varde::sync
