#pragma once
// One patient: a header with name, age, diagnoses, GP, follow-up status and the current triage
// reasons (the fødselsnummer masked until asked for), their phones and link code, and sections
// for trends, plan, messages, history and contact details. During follow-up the nurse edits the
// contact details, moves the patient to another nurse or ends the follow-up from here.
// Opens from the worklist in the same window; Back returns to the worklist's place.
#include "core/store/encrypted_store.h"
#include "core/worklist/patient_record.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace varde::ui
{

class ContactHeader;
class ComposerDialog;
class ContactTab;
class MessageThread;
class PlanTab;
class TrendPanel;

class PatientView : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    PatientView(store::EncryptedStore &store, Clock clock, QWidget *parent = nullptr);

    // Loads and shows the patient; the opening is audited. False (with the reason shown) if the
    // patient cannot be read.
    bool open(const QString &patientId);
    QString patientId() const;

    TrendPanel *trends() const { return m_trends; }
    QTableWidget *history() const { return m_history; } // findings and who handled them
    PlanTab *planTab() const { return m_plan; }
    // Shows the plan tab.
    void showPlan();
    // Shows the contact details and their history.
    void showContactDetails();
    QString headerText() const;
    QString errorMessage() const;

    // The GP's one-page summary of the last `days` days as PDF (A4); audited.
    bool exportSummaryPdf(const QString &path, int days);
    // The same summary on a printer; audited.
    bool printSummary(QPrinter &printer, int days);
    // Every trend chart as PNG files in a folder; audited.
    bool exportChartsPng(const QString &folder);
    void showNationalId();

    ContactHeader *contactHeader() const { return m_contact; }
    ContactTab *contactTab() const { return m_contactTab; }
    // Reads the patient again without auditing an opening (after a change made in a dialog).
    bool reload();
    // "Oppfølgingen er avsluttet 30.03.2026 (Mål nådd)", empty while in follow-up.
    QString endedText() const;
    // The dialogs; each reloads the view and emits followUpChanged when something was saved.
    void editContactDetails();
    void changeResponsibleNurse();
    void endFollowUp();
    // Opens the composer on a new message about the open findings (empty id) or on a draft;
    // not modal, deleted on close. nullptr when there is no patient or no such draft.
    ComposerDialog *writeToGp(const QString &draftId);
    MessageThread *messageThread() const { return m_messages; }
    void showMessages();

Q_SIGNALS:
    void backRequested();
    // A plan version moved (sent, activated, approval recorded): lists and triage may change.
    void planChanged();
    // Contact details, responsible nurse or the follow-up itself changed: lists may change.
    void followUpChanged();
    // A message was queued, a draft saved or a reply read: the worklist's markers may change.
    void messagesChanged();

private:
    void fillHeader();
    void fillHistory();
    void fillEnded();
    void fillPlan();
    bool loadRecord(const QString &patientId);
    void showError(const QString &text);
    void askSummary();
    void askPrint();
    std::optional<int> askPeriod();
    void askChartsPng();

    store::EncryptedStore &m_store;
    Clock m_clock;
    std::shared_ptr<const worklist::PatientRecord> m_record;
    QLabel *m_name;
    QLabel *m_identity;
    QPushButton *m_showId;
    QLabel *m_details;
    ContactHeader *m_contact;
    QPushButton *m_editContact;
    QPushButton *m_reassign;
    QPushButton *m_end;
    QLabel *m_ended;
    QLabel *m_reasons;
    QLabel *m_error;
    QTabWidget *m_tabs;
    TrendPanel *m_trends;
    PlanTab *m_plan;
    QTableWidget *m_history;
    MessageThread *m_messages;
    QPushButton *m_writeToGp;
    ContactTab *m_contactTab;
    bool m_idShown = false;
};

} // namespace varde::ui
