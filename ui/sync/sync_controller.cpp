#include "ui/sync/sync_controller.h"

#include "core/store/encrypted_store.h"
#include "core/store/outbox.h"
#include "core/sync/sync_state.h"

#include <QSettings>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace varde::ui
{

SyncController::SyncController(store::EncryptedStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_outboxTimer(new QTimer(this))
{
    qRegisterMetaType<varde::ui::SyncStatus>();
    m_status.state = SyncStatus::State::Stopped;
    m_outboxTimer->setInterval(2000);
    connect(m_outboxTimer, &QTimer::timeout, this, &SyncController::watchOutbox);
}

SyncController::~SyncController() { stop(); }

sync::ServerAddress SyncController::serverAddress() const
{
    sync::ServerAddress address;
    if (auto state = sync::readSyncState(m_store.db()))
        address.baseUrl = state->serverUrl;
    address.caFile = qEnvironmentVariable(
        "VARDE_SERVER_CA", QSettings().value(QStringLiteral("server/caFile")).toString())
                         .toStdString();
    return address;
}

sync::SyncOptions syncOptions()
{
    sync::SyncOptions options;
    options.historyDays
        = std::max(1, QSettings().value(QStringLiteral("sync/historyDays"), 400).toInt());
    return options;
}

int maxOfflineDays()
{
    return std::max(1,
        QSettings()
            .value(QStringLiteral("sync/maxOfflineDays"), sync::defaultMaxOfflineDays)
            .toInt());
}

bool SyncController::hasServer() const { return !serverAddress().baseUrl.empty(); }

qint64 SyncController::waitingChanges() const
{
    auto n = store::pendingMutationCount(m_store.db());
    return n ? *n : 0;
}

bool SyncController::start()
{
    if (m_thread)
        return true;
    const auto address = serverAddress();
    auto state = sync::readSyncState(m_store.db());
    if (address.baseUrl.empty() || !state || state->refreshToken.empty())
        return false;
    auto db = m_store.openAnotherConnection();
    if (!db)
        return false;
    auto engine = std::make_unique<sync::SyncEngine>(std::move(*db), address, syncOptions());
    m_thread = new QThread(this);
    m_worker = new SyncWorker(std::move(engine));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::run);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_worker, &SyncWorker::patientsChanged, this, &SyncController::patientsChanged);
    connect(m_worker, &SyncWorker::firstSyncProgress, this, &SyncController::firstSyncProgress);
    connect(m_worker, &SyncWorker::firstSyncFinished, this, &SyncController::firstSyncFinished);
    m_thread->start();
    m_outboxTimer->start();
    return true;
}

void SyncController::stop()
{
    if (!m_thread)
        return;
    m_outboxTimer->stop();
    m_worker->stop();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_status.state = SyncStatus::State::Stopped;
    Q_EMIT statusChanged(m_status);
}

void SyncController::watchOutbox()
{
    const auto waiting = waitingChanges();
    // New changes since the last look: push them now rather than after the long-poll.
    if (m_worker && waiting > 0 && waiting != m_lastNudgedWaiting)
        m_worker->nudge();
    m_lastNudgedWaiting = waiting;
    if (waiting != m_status.waiting) {
        m_status.waiting = waiting;
        Q_EMIT statusChanged(m_status);
    }
}

} // namespace varde::ui
