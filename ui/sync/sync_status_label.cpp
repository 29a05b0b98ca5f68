#include "ui/sync/sync_status_label.h"

#include "ui/common/formatting.h"

#include <QDateTime>
#include <QMouseEvent>

namespace varde::ui
{

QString syncStatusText(const SyncStatus &status, bool hasServer)
{
    if (!hasServer)
        return SyncStatusLabel::tr("Not connected to a server (local data only)");
    QString text;
    switch (status.state) {
    case SyncStatus::State::Online:
        text = SyncStatusLabel::tr("● Online");
        break;
    case SyncStatus::State::Connecting:
        text = SyncStatusLabel::tr("◌ Connecting…");
        break;
    case SyncStatus::State::Offline:
        text = SyncStatusLabel::tr("○ Offline, trying again");
        break;
    case SyncStatus::State::SignInNeeded:
        text = SyncStatusLabel::tr("⚠ Sign in to the server again (click)");
        break;
    case SyncStatus::State::Stopped:
        text = SyncStatusLabel::tr("○ Not syncing");
        break;
    }
    if (status.lastSyncAt > 0)
        text += SyncStatusLabel::tr(" · synced %1")
                    .arg(formatWhen(status.lastSyncAt, QDateTime::currentMSecsSinceEpoch()));
    if (status.waiting > 0)
        text += SyncStatusLabel::tr(" · waiting to be sent: %1").arg(status.waiting);
    if (status.problems > 0)
        text += SyncStatusLabel::tr(" · conflicts to look at: %1").arg(status.problems);
    return text;
}

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Sync status"));
}

void SyncStatusLabel::show(const SyncStatus &status, bool hasServer)
{
    m_status = status;
    setText(syncStatusText(status, hasServer));
    setToolTip(status.detail.isEmpty() ? text() : text() + QLatin1Char('\n') + status.detail);
    const bool clickable = status.state == SyncStatus::State::SignInNeeded || status.problems > 0;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void SyncStatusLabel::mousePressEvent(QMouseEvent *event)
{
    if (m_status.state == SyncStatus::State::SignInNeeded)
        Q_EMIT signInRequested();
    else if (m_status.problems > 0)
        Q_EMIT problemsRequested();
    QLabel::mousePressEvent(event);
}

} // namespace varde::ui
