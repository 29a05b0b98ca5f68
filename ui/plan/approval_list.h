#pragma once
// What waits for a doctor: plan versions sent for approval (plan::pendingApprovals), each with
// what changed from the version in force and what its limits would have raised on the
// patient's own data. A doctor approves, or rejects with a comment; everyone else sees the list
// read-only with the reason (core decides who may, plan::mayApprove).
#include "core/plan/compare.h"
#include "core/plan/plan_repository.h"
#include "core/store/encrypted_store.h"
#include "ui/plan/replay_panel.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace varde::ui
{

class ApprovalList : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    ApprovalList(store::EncryptedStore &store, Clock clock, QWidget *parent = nullptr);

    // Reads the list again, keeping the selected version when it still waits.
    bool refresh();
    int count() const { return int(m_rows.size()); }
    void select(int row);
    bool approveSelected();
    bool rejectSelected(const QString &comment);

    QTableWidget *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPlainTextEdit *commentField() const { return m_comment; }
    QString detailText() const;
    QString readOnlyReason() const;
    QString message() const;

Q_SIGNALS:
    void countChanged(int count);
    // A version was approved or rejected: the worklist judges by the new plan.
    void planDecided(const QString &patientId);

private:
    struct Row {
        plan::PendingApproval pending;
        std::optional<plan::PlanVersion> inForce;
        std::vector<plan::PlanChange> changes;
        std::optional<ReplayResult> replay;
    };
    void showSelected();
    void showMessage(const QString &text, bool error);
    void updateButtons();
    const Row *selected() const;

    store::EncryptedStore &m_store;
    Clock m_clock;
    std::optional<plan::PlanActor> m_actor;
    std::vector<Row> m_rows;
    QLabel *m_title;
    QLabel *m_readOnly;
    QLabel *m_message;
    QTableWidget *m_table;
    QTextBrowser *m_detail;
    QPushButton *m_approve;
    QPlainTextEdit *m_comment;
    QPushButton *m_reject;
};

} // namespace varde::ui
