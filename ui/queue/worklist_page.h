#pragma once
// The screen a follow-up nurse lives in: the worklist with counts and filters, the selected
// patient's open findings, and acknowledging with the action taken. Reads and writes through
// core/worklist; decides nothing clinical itself.
#include "core/store/encrypted_store.h"
#include "core/worklist/acknowledgement.h"

#include <QWidget>

#include <QSet>
#include <array>
#include <cstdint>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace varde::ui
{

class ComposerDialog;
class QueueFilter;
class QueueModel;

class WorklistPage : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    WorklistPage(store::EncryptedStore &store, Clock clock, QWidget *parent = nullptr);

    // Triage again (new measurements, a new day) keeping the selected patient.
    void refresh();
    // Acknowledges the selected patient's open findings (or the findings picked in the list).
    bool acknowledgeSelected(worklist::AckAction action, const QString &note);
    void selectPatient(const QString &patientId);
    QString selectedPatientId() const;
    // The findings picked in the list, or every open one of the selected patient.
    std::vector<std::string> selectedFindingIds() const;
    // Opens the composer about those findings (not modal, deleted on close).
    ComposerDialog *writeToGp();

    QueueModel *model() const { return m_model; }
    QueueFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QListWidget *findingList() const { return m_findings; }
    QString countsText() const;
    QString errorMessage() const;
    // The selected patient's trial period line in the details ("Oppstart: …"), empty if none.
    QString trialDetailText() const;

Q_SIGNALS:
    void newRedFinding();
    void openPatientRequested(const QString &patientId);

private:
    void buildFilters(QWidget *parent, QVBoxLayout *layout);
    QWidget *buildDetails();
    void showDetails();
    void updateCounts();
    void showError(const QString &text);
    void markMeasurementError();
    void pauseFollowUp();
    void restoreMeasurement();

    store::EncryptedStore &m_store;
    Clock m_clock;
    QueueModel *m_model;
    QueueFilter *m_filter;
    QTableView *m_view = nullptr;
    std::array<QToolButton *, 5> m_countButtons {};
    QCheckBox *m_mine = nullptr;
    QComboBox *m_municipality = nullptr;
    QComboBox *m_diagnosis = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_trialIcon = nullptr;
    QLabel *m_trial = nullptr;
    QListWidget *m_findings = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_markError = nullptr;
    QPushButton *m_writeToGp = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_timer = nullptr;
    QSet<QString> m_seenRed;
    QString m_openedPatient;
};

} // namespace varde::ui
