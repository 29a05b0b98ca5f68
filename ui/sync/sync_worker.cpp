#include "ui/sync/sync_worker.h"

#include "core/sync/backoff.h"

#include <QRandomGenerator>
#include <QThread>

#include <chrono>

namespace varde::ui
{

SyncWorker::SyncWorker(std::unique_ptr<sync::SyncEngine> engine, int longPollSeconds)
    : m_engine(std::move(engine))
    , m_longPollSeconds(longPollSeconds)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::nudge()
{
    m_nudged = true;
    m_engine->abort();
}

void SyncWorker::stop()
{
    m_stop = true;
    m_engine->abort();
}

void SyncWorker::report(SyncStatus &status)
{
    if (auto waiting = m_engine->waitingCount())
        status.waiting = *waiting;
    if (auto open = sync::openOutcomes(m_engine->db()))
        status.problems = int(open->size());
    Q_EMIT statusChanged(status);
}

// One push and one pull. False when the loop should stop (sign-in needed).
bool SyncWorker::cycle(SyncStatus &status, int &failures)
{
    const auto failed = [&](const Error &error) {
        if (m_nudged.exchange(false) && error.code == ErrorCode::Offline) {
            return true; // our own abort of the long-poll: straight on, no backoff
        }
        if (error.code == ErrorCode::SignInNeeded || error.code == ErrorCode::UserDisabled) {
            status.state = SyncStatus::State::SignInNeeded;
            status.detail = QString::fromStdString(error.detail);
            report(status);
            return false;
        }
        ++failures;
        const auto delay = sync::retryDelay(failures, QRandomGenerator::global()->generateDouble());
        status.state = SyncStatus::State::Offline;
        status.detail = QString::fromStdString(describe(error));
        status.nextTryAt = sync::currentMillis() + delay.count();
        report(status);
        // Sleep in short steps so that stop() and nudge() are heard.
        const auto until = std::chrono::steady_clock::now() + delay;
        while (!m_stop && !m_nudged && std::chrono::steady_clock::now() < until)
            QThread::msleep(100);
        m_nudged = false;
        return true;
    };

    m_nudged = false;
    auto pushed = m_engine->push();
    if (!pushed)
        return failed(pushed.error());
    // A plan refused as a conflict put the server's plan in force back: triage again.
    if (!pushed->touchedPatients.empty()) {
        QStringList ids;
        for (const auto &id : pushed->touchedPatients)
            ids << QString::fromStdString(id);
        Q_EMIT patientsChanged(ids);
    }
    auto state = m_engine->state();
    const bool firstSync = state && !state->firstSyncDone;
    const bool wasOnline = status.state == SyncStatus::State::Online;
    status.state = SyncStatus::State::Online;
    status.lastSyncAt = sync::currentMillis();
    failures = 0;
    if (!wasOnline || pushed->sent > 0)
        report(status);

    auto pulled = m_engine->pull(
        firstSync ? 0 : m_longPollSeconds,
        [&](const sync::PullReport &progress) {
            if (firstSync)
                Q_EMIT firstSyncProgress(
                    progress.pages, progress.applied.measurements, progress.applied.rows);
        },
        &m_stop);
    if (!pulled)
        return failed(pulled.error());
    if (firstSync && !m_stop)
        Q_EMIT firstSyncFinished();
    status.lastSyncAt = sync::currentMillis();
    if (!pulled->applied.touchedPatients.empty()) {
        QStringList ids;
        for (const auto &id : pulled->applied.touchedPatients)
            ids << QString::fromStdString(id);
        Q_EMIT patientsChanged(ids);
    }
    report(status);
    return true;
}

void SyncWorker::run()
{
    SyncStatus status;
    report(status);
    int failures = 0;
    while (!m_stop)
        if (!cycle(status, failures))
            return;
    status.state = SyncStatus::State::Stopped;
    report(status);
}

} // namespace varde::ui
