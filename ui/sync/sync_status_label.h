#pragma once
// The status bar's word on sync: online or offline (an icon and a word, never colour alone),
// when the data were last fresh from the server, how many changes wait to be sent, and
// conflicts or refusals someone must look at. Clicking it asks for the sign-in that is needed, or
// shows the changes the server did not take.

#include "ui/sync/sync_worker.h"

#include <QLabel>

namespace varde::ui
{

class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);
    void show(const SyncStatus &status, bool hasServer);

Q_SIGNALS:
    void signInRequested();
    void problemsRequested(); // conflicts or refusals to look at

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    SyncStatus m_status;
};

// The text alone, for tests and the tooltip.
QString syncStatusText(const SyncStatus &status, bool hasServer);

} // namespace varde::ui
