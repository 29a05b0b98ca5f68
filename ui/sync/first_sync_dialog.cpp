#include "ui/sync/first_sync_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace varde::ui
{

FirstSyncDialog::FirstSyncDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(this))
{
    setWindowTitle(tr("First synchronisation"));
    setModal(false);
    m_intro->setWordWrap(true);
    m_bar->setRange(0, 0); // the total is not known in advance
    m_bar->setAccessibleName(tr("First synchronisation in progress"));
    m_counts->setAccessibleName(tr("Received so far"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        setStopped(!m_stopped);
        Q_EMIT(m_stopped ? stopRequested() : resumeRequested());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(buttons);
    setStopped(false);
    showProgress(0, 0, 0);
    resize(520, sizeHint().height());
}

void FirstSyncDialog::setStopped(bool stopped)
{
    m_stopped = stopped;
    m_intro->setText(stopped
            ? tr("Stopped. What has arrived is stored; the synchronisation goes on where it "
                 "stopped when you choose Continue or start Varde again.")
            : tr("This workstation is fetching the follow-up service's patient data from the "
                 "server. You can work meanwhile; the worklist fills as the data arrive."));
    m_stop->setText(stopped ? tr("&Continue") : tr("&Stop, continue later"));
    m_bar->setRange(0, stopped ? 1 : 0);
    m_bar->setValue(0);
}

QString FirstSyncDialog::countsText() const { return m_counts->text(); }

void FirstSyncDialog::showProgress(int pages, int measurements, int rows)
{
    const QLocale locale;
    m_counts->setText(
        tr("Received: %1 pages, %2 measurements, %3 other changes")
            .arg(locale.toString(pages), locale.toString(measurements), locale.toString(rows)));
}

void FirstSyncDialog::finished()
{
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    hide();
}

} // namespace varde::ui
