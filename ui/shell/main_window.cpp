#include "ui/shell/main_window.h"

#include "ui/sync/first_sync_dialog.h"
#include "ui/sync/server_sign_in_dialog.h"
#include "ui/sync/sign_out_for_good.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_outcomes_dialog.h"
#include "ui/sync/sync_status_label.h"

#include <QCloseEvent>

#include "ui/plo/refused_documents.h"

#include "core/enrolment/follow_up.h"
#include "ui/enrolment/enrolment_dialog.h"
#include "ui/meeting/agenda_dialog.h"

#include "core/time/civil_time.h"
#include "ui/caseload/caseload_page.h"
#include "ui/common/error_text.h"
#include "ui/patient/patient_view.h"
#include "ui/patients/patient_list_model.h"
#include "ui/patients/patient_sort_proxy.h"
#include "ui/plan/approval_list.h"
#include "ui/queue/status_presentation.h"
#include "ui/queue/worklist_page.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{

QString roleText(domain::Role role)
{
    switch (role) {
    case domain::Role::Nurse:
        return MainWindow::tr("nurse");
    case domain::Role::Gp:
        return MainWindow::tr("GP");
    case domain::Role::Specialist:
        return MainWindow::tr("specialist");
    case domain::Role::Leader:
        return MainWindow::tr("leader");
    case domain::Role::Admin:
        return MainWindow::tr("administrator");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::EncryptedStore> store, Clock clock, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_clock(clock ? std::move(clock) : [] { return time::toEpochMillis(time::now()); })
    , m_model(new PatientListModel(this))
    , m_proxy(new PatientSortProxy(this))
{
    setWindowTitle(tr("Varde – digital home follow-up"));
    auto *tabs = m_tabs = new QTabWidget(this);
    m_worklist = new WorklistPage(*m_store, m_clock, tabs);
    tabs->addTab(m_worklist, tr("&Worklist"));
    auto *central = new QWidget(tabs);
    auto *layout = new QVBoxLayout(central);

    auto *top = new QHBoxLayout;
    m_count = new QLabel(central);
    QFont bigger = m_count->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_count->setFont(bigger);
    top->addWidget(m_count);
    top->addStretch();
    auto *searchLabel = new QLabel(tr("&Search:"), central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Name or national identity number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setMinimumWidth(280);
    searchLabel->setBuddy(m_search);
    top->addWidget(searchLabel);
    top->addWidget(m_search);
    layout->addLayout(top);

    m_message = new QLabel(central);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(central);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Patients"));
    layout->addWidget(m_view);
    tabs->addTab(central, tr("All &patients"));
    // Plans sent for approval; the tab's count tells a GP there is something to decide.
    m_approvals = new ApprovalList(*m_store, m_clock, tabs);
    const int approvalsTab = tabs->addTab(m_approvals, tr("Appro&vals (%1)").arg(0));
    connect(m_approvals, &ApprovalList::countChanged, this, [tabs, approvalsTab](int n) {
        tabs->setTabText(approvalsTab, tr("Appro&vals (%1)").arg(n));
    });
    connect(tabs, &QTabWidget::currentChanged, this, [this, approvalsTab](int index) {
        if (index == approvalsTab)
            m_approvals->refresh();
    });
    connect(m_approvals, &ApprovalList::planDecided, m_worklist, &WorklistPage::refresh);
    // The caseload per nurse, for nurses and their leader (not for the GP's view of Varde);
    // counted when shown, from the same triage as the worklist.
    const auto role = m_store->user().role;
    if (role != domain::Role::Gp && role != domain::Role::Specialist) {
        m_caseload = new CaseloadPage(*m_store, m_clock, enrolment::defaultCaseloadTarget, tabs);
        const int caseloadTab = tabs->addTab(m_caseload, tr("Case&load"));
        connect(tabs, &QTabWidget::currentChanged, this, [this, caseloadTab](int index) {
            if (index == caseloadTab)
                m_caseload->refresh();
        });
    }
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(tabs);
    m_patient = new PatientView(*m_store, m_clock, m_pages);
    m_pages->addWidget(m_patient);
    setCentralWidget(m_pages);
    connect(m_worklist, &WorklistPage::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_patient, &PatientView::backRequested, this, &MainWindow::showLists);
    connect(m_patient, &PatientView::planChanged, m_approvals, &ApprovalList::refresh);
    connect(m_patient, &PatientView::messagesChanged, m_worklist, &WorklistPage::refresh);
    // Contact details, nurse or the follow-up itself changed: every list may show it.
    connect(m_patient, &PatientView::followUpChanged, this, [this] {
        reload();
        m_worklist->refresh();
        if (m_caseload)
            m_caseload->refresh();
    });
    // The list of all patients opens them too: the only way to an ended patient's record.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openPatient(index.data(PatientListModel::PatientIdRole).toString());
    });

    // A new red finding while Varde is in the background: a desktop notification that carries
    // no name or other personal data.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(levelIcon(triage::Level::Red), this);
        m_tray->setToolTip(tr("Varde"));
        m_tray->show();
    }
    connect(m_worklist, &WorklistPage::newRedFinding, this, [this] {
        if (m_tray && !isActiveWindow())
            m_tray->showMessage(
                tr("Varde"), tr("A new red finding in the worklist."), QSystemTrayIcon::Warning);
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *reloadAction = fileMenu->addAction(tr("&Reload"), this, [this] {
        reload();
        m_worklist->refresh();
    });
    reloadAction->setShortcut(QKeySequence::Refresh);
    // Enrolment after a referral; the new patient opens at once. A demo store accepts the
    // demo's synthetic fødselsnummer, a real one never does.
    auto *enrol = fileMenu->addAction(tr("&New patient…"), this, [this] {
        auto *dialog = openEnrolment(
            *m_store, m_clock, this,
            [this](const QString &patientId) {
                reload();
                m_worklist->refresh();
                openPatient(patientId);
            },
            [this](const QString &patientId) { openPatient(patientId); });
        const auto demo = enrolment::isDemoStore(*m_store);
        dialog->setDemo(demo && *demo);
    });
    enrol->setShortcut(QKeySequence::New);
    // Meeting mode opens full screen on another screen when there is one; the agenda is chosen
    // first (suggested: plans awaiting approval and evaluations due).
    auto *meeting = fileMenu->addAction(
        tr("&Meeting mode…"), this, [this] { planMeeting(*m_store, m_clock, this); });
    meeting->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("Received messages that could not be &filed…"), this, [this] {
        auto *dialog = new RefusedDocumentsDialog(*m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("Sign in to the &server…"), this, [this] { signInToServer(); });
    fileMenu->addAction(tr("Sign out for good and &delete local data…"), this, [this] {
        SignOutMessageBoxes ask(this);
        if (!signOutForGood(*m_store, *m_sync, ask))
            return;
        m_wipeOnClose = true;
        close();
    });
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Varde"), this, [this] {
        QMessageBox::about(this, tr("About Varde"),
            tr("Varde %1\nClinical workstation for digital home follow-up.\n"
               "Patient data are stored encrypted (SQLCipher %2).")
                .arg(QStringLiteral(VARDE_VERSION),
                    QString::fromStdString(m_store->cipherVersion())));
    });

    // Sync with the central server, when this workstation has signed in to one.
    m_sync = new SyncController(*m_store, this);
    m_syncLabel = new SyncStatusLabel(this);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_syncLabel->show(m_sync->status(), m_sync->hasServer());
    connect(m_sync, &SyncController::statusChanged, this,
        [this](const SyncStatus &status) { m_syncLabel->show(status, m_sync->hasServer()); });
    connect(m_syncLabel, &SyncStatusLabel::signInRequested, this, [this] { signInToServer(); });
    connect(m_syncLabel, &SyncStatusLabel::problemsRequested, this, [this] {
        SyncOutcomesDialog dialog(*m_store, this);
        dialog.exec();
    });
    // A new workstation's first sync: what has arrived, and a way to stop and go on later.
    connect(m_sync, &SyncController::firstSyncProgress, this,
        [this](int pages, int measurements, int rows) {
            if (!m_firstSync) {
                m_firstSync = new FirstSyncDialog(this);
                connect(m_firstSync, &FirstSyncDialog::stopRequested, this, [this] {
                    m_sync->stop();
                    m_syncLabel->show(m_sync->status(), m_sync->hasServer());
                });
                connect(m_firstSync, &FirstSyncDialog::resumeRequested, this,
                    [this] { m_sync->start(); });
                m_firstSync->show();
            }
            m_firstSync->showProgress(pages, measurements, rows);
        });
    connect(m_sync, &SyncController::firstSyncFinished, this, [this] {
        if (m_firstSync)
            m_firstSync->finished();
    });
    // New measurements or changes from other workstations: the lists triage them again.
    connect(m_sync, &SyncController::patientsChanged, this, [this] {
        reload();
        m_worklist->refresh();
    });

    m_user = new QLabel(this);
    statusBar()->addPermanentWidget(m_user);
    const auto &user = m_store->user();
    m_user->setText(tr("Signed in as %1 (%2) · encrypted store: %3")
                        .arg(QString::fromStdString(user.displayName), roleText(user.role),
                            QString::fromStdString(m_store->paths().folder.string())));

    // Ended patients past the service's retention period leave this workstation's store before
    // anything is shown (a tombstone tells the other workstations once sync exists).
    if (auto purged = enrolment::purgeEndedPatients(*m_store, m_clock()); !purged)
        statusBar()->showMessage(errorText(purged.error()));
    else if (*purged > 0)
        statusBar()->showMessage(
            tr("Patients whose follow-up ended longer ago than the retention period were removed "
               "from this workstation: %1.")
                .arg(*purged),
            15000);
    reload();
    m_view->sortByColumn(PatientListModel::NameColumn, Qt::AscendingOrder);
    resize(1280, 760);
    m_sync->start();
}

// Sync stops first (its thread); then the pages: an open plan draft is saved while the store
// is still open.
MainWindow::~MainWindow()
{
    m_sync->stop();
    delete m_pages;
}

bool MainWindow::signInToServer()
{
    ServerSignInDialog dialog(*m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_sync->stop();
    m_sync->start();
    m_syncLabel->show(m_sync->status(), m_sync->hasServer());
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const auto waiting = m_sync->hasServer() && !m_wipeOnClose ? m_sync->waitingChanges() : 0;
    if (waiting > 0) {
        const auto answer = QMessageBox::question(this, tr("Changes not sent yet"),
            tr("Changes made here have not reached the server yet (%1). They are kept safely on "
               "this PC and sent the next time Varde starts with a connection. Quit anyway?")
                .arg(waiting),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::openPatient(const QString &patientId)
{
    if (!m_patient->open(patientId))
        return false;
    m_pages->setCurrentWidget(m_patient);
    return true;
}

void MainWindow::showLists()
{
    // The worklist keeps its selection and scroll position; it may have news meanwhile.
    m_pages->setCurrentIndex(0);
    m_worklist->refresh();
    m_worklist->view()->setFocus();
}

QString MainWindow::statusText() const { return m_user->text(); }

void MainWindow::reload()
{
    auto rows = store::loadPatientOverview(*m_store);
    if (!rows) {
        m_message->setText(errorText(rows.error()));
        m_message->show();
        return;
    }
    m_message->hide();
    m_model->setRows(std::move(*rows), m_clock());
    m_view->resizeColumnsToContents();
    updateCount();
    m_approvals->refresh();
}

void MainWindow::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("Patients (%1)").arg(total)
                                    : tr("Patients (%1 of %2)").arg(shown).arg(total));
}

} // namespace varde::ui
