#pragma once
// The patient view's plan tab: the plan in force in readable form, every version with who made,
// sent, approved or rejected it, a comparison of two chosen versions, and the way into the
// editor (continue the open draft or start one) and to record a GP's outside approval.
#include "core/plan/lifecycle.h"
#include "core/plan/plan_version.h"
#include "core/store/encrypted_store.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace varde::ui
{

class PlanEditor;

class PlanTab : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    PlanTab(store::EncryptedStore &store, Clock clock, QWidget *parent = nullptr);

    // Shows the patient's plans (leaves the editor). False, with the reason shown, on error.
    bool setPatient(const QString &patientId,
        const QString &serviceId,
        const QString &patientName,
        const QString &gpName);
    bool reload();

    PlanEditor *editor() const { return m_editor; }
    bool isEditing() const;
    // Opens the patient's draft in the editor, creating it from the version in force.
    bool openDraft();
    // Records the GP's outside approval of the version awaiting approval.
    bool recordApproval(const plan::OutsideApproval &approval);
    // Compares the versions at these positions of the comparison lists.
    void compare(int from, int to);

    QString planText() const;
    QString comparisonText() const;
    QString errorMessage() const;
    QTableWidget *history() const { return m_history; }
    QComboBox *compareFrom() const { return m_from; }
    QComboBox *compareTo() const { return m_to; }
    QPushButton *draftButton() const { return m_draft; }
    QPushButton *recordButton() const { return m_record; }

Q_SIGNALS:
    // A version moved (activated, sent, approval recorded): triage and the header may change.
    void planChanged();

private:
    void askHandoutPdf();
    void askPrintHandout();
    void fill();
    void showError(const QString &text);
    void showComparison();
    void askRecordApproval();
    const plan::PlanVersion *awaiting() const;

    store::EncryptedStore &m_store;
    Clock m_clock;
    std::string m_patientId;
    std::string m_serviceId;
    QString m_patientName;
    QString m_gpName;
    std::optional<plan::PlanActor> m_actor;
    std::vector<plan::PlanVersion> m_versions; // the patient's, oldest first
    std::optional<plan::PlanVersion> m_inForce;
    std::optional<plan::PlanVersion> m_serviceDefault; // the active default set, if any
    std::vector<const plan::PlanVersion *> m_choices; // what the comparison lists offer

    QStackedWidget *m_pages;
    QTextBrowser *m_planView;
    QLabel *m_notice;
    QLabel *m_error;
    QPushButton *m_draft;
    QPushButton *m_record;
    QTableWidget *m_history;
    QComboBox *m_from;
    QComboBox *m_to;
    QTextBrowser *m_changes;
    PlanEditor *m_editor;
};

} // namespace varde::ui
