#pragma once
// The egenbehandlingsplan editor: one draft version as a form (goals, measures, what to do in
// each zone, medicine measures, schedule, limits, trial period, evaluation, participants).
// Every change is one undo step and is saved shortly after (plan::saveDraft); core validates and
// the editor shows each problem at its field. Sending, activating and recording an approval go
// through plan_repository, which decides what the signed-in user may do.
#include "core/plan/lifecycle.h"
#include "core/plan/plan_version.h"
#include "core/plan/validation.h"
#include "core/store/encrypted_store.h"
#include "core/worklist/worklist.h"

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QUndoStack;
class QVBoxLayout;
class QGridLayout;

namespace varde::ui
{

class ReplayPanel;
class SuggestionPanel;

class PlanEditor : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;
    // What one undo step restores.
    struct Snapshot {
        std::vector<triage::Rule> rules;
        plan::PlanContent content;
    };

    PlanEditor(store::EncryptedStore &store, Clock clock, QWidget *parent = nullptr);
    ~PlanEditor() override;

    // Shows a version: editable when it is a draft, read-only otherwise (a version awaiting
    // approval offers to record the GP's approval). False, with the reason shown, when the
    // patient's data cannot be read.
    bool open(const plan::PlanVersion &version, const QString &patientName = {});
    const plan::PlanVersion &version() const { return m_draft; }

    QUndoStack *undoStack() const { return m_undo; }
    // The input of a field by its validation name ("rules[0].red_below", "content.trial_weeks",
    // "content.goals[1]"), and the message shown under it.
    QWidget *fieldWidget(const QString &field) const;
    QString fieldMessage(const QString &field) const;
    // The index of the band rule that judges this kind, or -1.
    int bandRuleIndex(domain::KindId kind) const;
    QStringList problemTexts() const;

    QPushButton *sendButton() const { return m_send; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *recordButton() const { return m_record; }
    QString sendBlockedReason() const;
    QString saveStatus() const;
    QString statusMessage() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    SuggestionPanel *suggestions() const { return m_suggestions; }
    ReplayPanel *replay() const { return m_replay; }

    // Writes the draft now (the autosave does it 1.5 s after the last change). False, with a
    // warning that the changes are only on screen, when the store refused.
    bool saveNow();
    bool send();
    bool activate();
    bool recordApproval(const plan::OutsideApproval &approval);
    // Takes the suggested limits into the draft as one undo step (never activates them).
    void takeSuggestion(const std::vector<triage::Rule> &rules);
    // Saves and asks to leave; when saving failed the user is asked whether to leave anyway.
    void requestClose();

Q_SIGNALS:
    // The version moved (sent, activated, approval recorded): the plan tab reloads.
    void versionMoved();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    friend class PlanEditCommand;
    using Edit = std::function<void(plan::PlanVersion &)>;

    // One change from the form: applied, pushed as an undo step (typing in one field merges),
    // validated and scheduled for saving. `rebuild` redraws the form (rows added or removed).
    void change(const QString &key, const Edit &edit, bool rebuild = false);
    void restore(const Snapshot &snapshot); // undo and redo
    Snapshot snapshot() const;
    void rebuildForm();
    void validate();
    void updateButtons();
    void refreshPanels();
    void showStatus(const QString &text, bool error);
    void askRecordApproval();
    bool editable() const;

    // Form sections (plan_editor_sections.cpp).
    QWidget *buildGoals(QWidget *parent);
    QWidget *buildMeasures(QWidget *parent);
    QWidget *buildZones(QWidget *parent);
    QWidget *buildSchedule(QWidget *parent);
    QWidget *buildTrial(QWidget *parent);
    QWidget *buildParticipants(QWidget *parent);
    QWidget *buildLimits(QWidget *parent);
    QWidget *buildOtherRules(QWidget *parent);
    void addRuleRow(QGridLayout *grid, int row, int ruleIndex, bool withHeader);
    // A field's input and the label its problems are written into.
    void registerField(const QString &field, QWidget *input, QLabel *message);
    QLabel *newMessageLabel(QWidget *parent);
    QWidget *lineField(QWidget *parent,
        const QString &field,
        const std::string &text,
        std::function<void(plan::PlanVersion &, const std::string &)> set,
        const QString &placeholder = {});
    QWidget *textField(QWidget *parent,
        const QString &field,
        const std::string &text,
        std::function<void(plan::PlanVersion &, const std::string &)> set,
        const QString &placeholder = {});
    QWidget *ruleFieldEdit(QWidget *parent, int ruleIndex, const QString &key, QLabel *message);

    store::EncryptedStore &m_store;
    Clock m_clock;
    plan::PlanVersion m_draft;
    std::optional<plan::PlanVersion> m_inForce; // what triage uses now (personal or default)
    std::optional<plan::PlanActor> m_actor;
    worklist::TriageData m_data;
    QString m_patientName;
    std::vector<plan::Problem> m_problems;
    QHash<QString, QString> m_unparsed; // field → text that is no number or time
    struct Field {
        QWidget *input = nullptr;
        QLabel *message = nullptr;
    };
    QHash<QString, Field> m_fields;
    bool m_dirty = false;
    bool m_saveFailed = false;
    bool m_restoring = false;

    QUndoStack *m_undo;
    QTimer *m_saveTimer;
    QTimer *m_panelTimer;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_saveStatus;
    QLabel *m_status;
    QScrollArea *m_formScroll;
    QScrollArea *m_limitScroll;
    QWidget *m_form = nullptr;
    QWidget *m_limitForm = nullptr;
    QWidget *m_otherForm = nullptr;
    SuggestionPanel *m_suggestions;
    ReplayPanel *m_replay;
    QLabel *m_problemSummary;
    QPushButton *m_send;
    QPushButton *m_activate;
    QPushButton *m_record;
};

} // namespace varde::ui
