#pragma once
// The workstation's main window: who is signed in, and the patients in the store with their
// newest values. The worklist, patient view and plans replace the centre in their own issues.
#include "core/store/encrypted_store.h"

#include <QMainWindow>

#include <cstdint>
#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace varde::ui
{

class ApprovalList;
class CaseloadPage;
class PatientListModel;
class PatientSortProxy;
class WorklistPage;
class PatientView;
class SyncController;
class FirstSyncDialog;
class SyncStatusLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>; // epoch milliseconds; tests fix "now"

    MainWindow(
        std::unique_ptr<store::EncryptedStore> store, Clock clock = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the store again; on failure the window says so and keeps what it showed.
    void reload();

    PatientListModel *patientModel() const { return m_model; }
    PatientSortProxy *patientProxy() const { return m_proxy; }
    QTableView *patientView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    WorklistPage *worklistPage() const { return m_worklist; }
    PatientView *patientPage() const { return m_patient; }
    store::EncryptedStore &store() const { return *m_store; }
    ApprovalList *approvalList() const { return m_approvals; }
    // Nullptr for GPs and specialists, who do not share out the nurses' patients.
    CaseloadPage *caseloadPage() const { return m_caseload; }
    QTabWidget *listTabs() const { return m_tabs; }
    // Shows the patient in place of the lists; false if the patient could not be read.
    bool openPatient(const QString &patientId);
    void showLists();
    QString statusText() const;
    SyncController *syncController() const { return m_sync; }
    SyncStatusLabel *syncStatusLabel() const { return m_syncLabel; }
    FirstSyncDialog *firstSyncDialog() const { return m_firstSync; }
    // Signed out for good: once this window (and the store it owns) is gone, the files go.
    bool wipeOnClose() const { return m_wipeOnClose; }
    // Asks for the server sign-in and starts sync after it; false when cancelled.
    bool signInToServer();

protected:
    // Changes not yet sent to the server are kept for the next start; the nurse is told.
    void closeEvent(QCloseEvent *event) override;

private:
    void updateCount();

    std::unique_ptr<store::EncryptedStore> m_store;
    Clock m_clock;
    PatientListModel *m_model;
    PatientSortProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_user;
    QLabel *m_message;
    WorklistPage *m_worklist = nullptr;
    PatientView *m_patient = nullptr;
    ApprovalList *m_approvals = nullptr;
    CaseloadPage *m_caseload = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    SyncController *m_sync = nullptr;
    SyncStatusLabel *m_syncLabel = nullptr;
    FirstSyncDialog *m_firstSync = nullptr; // while a new workstation's first sync runs
    bool m_wipeOnClose = false; // signed out for good: main() removes the store's files
};

} // namespace varde::ui
