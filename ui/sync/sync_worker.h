#pragma once
// The sync loop on its own thread: push what waits, pull (long-poll when up to date), tell the
// window which patients changed; on failure wait with backoff and try again. It owns a
// SyncEngine on its own store connection; the window talks to it only through signals and the
// thread-safe nudge()/stop().

#include "core/sync/sync_engine.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace varde::ui
{

struct SyncStatus {
    enum class State { Connecting, Online, Offline, SignInNeeded, Stopped };
    State state = State::Connecting;
    qint64 lastSyncAt = 0; // epoch ms of the last pull that reached the server; 0: never
    qint64 waiting = 0; // changes not yet confirmed by the server
    int problems = 0; // conflicts and refusals nobody has looked at
    qint64 nextTryAt = 0; // Offline: when the next try is
    QString detail; // for the tooltip: what went wrong, in words
};

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(std::unique_ptr<sync::SyncEngine> engine, int longPollSeconds = 20);
    ~SyncWorker() override;

    // Thread-safe: push now (a change was made here); ends a long-poll in progress.
    void nudge();
    // Thread-safe: leave the loop as soon as possible.
    void stop();

public Q_SLOTS:
    void run(); // the loop; returns after stop() or when the server wants a new sign-in

Q_SIGNALS:
    void statusChanged(const varde::ui::SyncStatus &status);
    void patientsChanged(const QStringList &patientIds);
    void firstSyncProgress(int pages, int measurements, int rows);
    void firstSyncFinished();

private:
    bool cycle(SyncStatus &status, int &failures);
    void report(SyncStatus &status);

    std::unique_ptr<sync::SyncEngine> m_engine;
    int m_longPollSeconds;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_nudged { false };
};

} // namespace varde::ui

Q_DECLARE_METATYPE(varde::ui::SyncStatus)
