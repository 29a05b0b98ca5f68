#pragma once
// A new workstation's first sync can take minutes: this shows what has arrived so far (the
// server does not know the total in advance, so the bar is a busy bar beside the counts), lets
// the nurse stop it and go on later (what arrived is stored with its cursor, so it resumes where
// it stopped), and closes itself when the cache is up to date. The nurse may work meanwhile.
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace varde::ui
{

class FirstSyncDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstSyncDialog(QWidget *parent = nullptr);

    void showProgress(int pages, int measurements, int rows);
    void finished(); // up to date: closes
    bool stopped() const { return m_stopped; }
    QString countsText() const;
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void stopRequested();
    void resumeRequested();

private:
    void setStopped(bool stopped);

    QLabel *m_intro;
    QLabel *m_counts;
    QProgressBar *m_bar;
    QPushButton *m_stop;
    bool m_stopped = false;
};

} // namespace varde::ui
