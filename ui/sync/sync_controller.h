#pragma once
// Starts and stops the sync worker for the open store, and is what the window sees of sync:
// the status, the patients that changed, and whether changes are waiting. A change made here
// nudges the worker within two seconds (the outbox is watched), so a long-poll never holds a
// nurse's acknowledgement back.

#include "ui/sync/sync_worker.h"

#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

namespace varde::store
{
class EncryptedStore;
}

namespace varde::ui
{

// The sync settings a service may set (QSettings, machine-wide on Windows per issue 11): how many
// days of measurement history a workstation caches ("sync/historyDays", default 400), and how
// many days it may work without reaching the server ("sync/maxOfflineDays", default 14).
sync::SyncOptions syncOptions();
int maxOfflineDays();

class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(store::EncryptedStore &store, QObject *parent = nullptr);
    ~SyncController() override;

    // The server this workstation signs in to, and an extra CA to trust (settings, env
    // VARDE_SERVER_CA); empty address when it never signed in.
    sync::ServerAddress serverAddress() const;
    // Starts the loop when the store has a server session; true if it runs.
    bool start();
    void stop();
    bool running() const { return m_thread != nullptr; }

    const SyncStatus &status() const { return m_status; }
    // Changes in the outbox, read from the window's own connection.
    qint64 waitingChanges() const;
    bool hasServer() const;

Q_SIGNALS:
    void statusChanged(const varde::ui::SyncStatus &status);
    void patientsChanged(const QStringList &patientIds);
    void firstSyncProgress(int pages, int measurements, int rows);
    void firstSyncFinished();

private:
    void watchOutbox();

    store::EncryptedStore &m_store;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer *m_outboxTimer;
    SyncStatus m_status;
    qint64 m_lastNudgedWaiting = -1;
};

} // namespace varde::ui
