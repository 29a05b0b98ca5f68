#include "ui/plan/plan_editor.h"

#include "core/plan/plan_repository.h"
#include "core/time/civil_time.h"
#include "core/triage/case_json.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/plan/plan_words.h"
#include "ui/plan/problem_text.h"
#include "ui/plan/record_approval_dialog.h"
#include "ui/plan/replay_panel.h"
#include "ui/plan/rule_fields.h"
#include "ui/plan/suggestion_panel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace varde::ui
{

// One change of the draft: the whole rules and content before and after, so that undo restores
// exactly what was there however the form is laid out. Typing in one field is one step.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(
        PlanEditor *editor, QString key, PlanEditor::Snapshot before, PlanEditor::Snapshot after)
        : m_editor(editor)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_editor->restore(m_before); }
    void redo() override
    {
        // The form already shows the change when it is pushed.
        if (m_applied)
            m_editor->restore(m_after);
        m_applied = true;
    }
    int id() const override { return m_key.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PlanEditCommand *>(other);
        if (next->m_key != m_key)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PlanEditor *m_editor;
    QString m_key;
    PlanEditor::Snapshot m_before;
    PlanEditor::Snapshot m_after;
    bool m_applied = false;
};

namespace
{

constexpr int autosaveMillis = 1500;
const char *invalidStyle = "border: 2px solid #a4000f; border-radius: 3px;";

QWidget *scrolled(QScrollArea *area, QWidget *content)
{
    const int y = area->verticalScrollBar()->value();
    if (auto *old = area->takeWidget())
        old->deleteLater(); // may be the sender of the signal that led here
    area->setWidget(content);
    area->verticalScrollBar()->setValue(y);
    return content;
}

} // namespace

PlanEditor::PlanEditor(store::EncryptedStore &store, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_undo(new QUndoStack(this))
    , m_saveTimer(new QTimer(this))
    , m_panelTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(autosaveMillis);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    m_panelTimer->setSingleShot(true);
    m_panelTimer->setInterval(300);
    connect(m_panelTimer, &QTimer::timeout, this, &PlanEditor::refreshPanels);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Back to the &plan"), this);
    connect(back, &QPushButton::clicked, this, &PlanEditor::requestClose);
    top->addWidget(back);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    top->addSpacing(12);
    top->addWidget(m_title);
    top->addStretch();
    m_saveStatus = new QLabel(this);
    top->addWidget(m_saveStatus);
    auto *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    for (auto *action : { undo, redo }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
    }
    layout->addLayout(top);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_formScroll = new QScrollArea(split);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(m_formScroll);
    m_limitScroll = new QScrollArea(split);
    m_limitScroll->setWidgetResizable(true);
    m_limitScroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(m_limitScroll);
    auto *rightLayout = new QVBoxLayout(right);
    m_limitForm = new QWidget(right);
    rightLayout->addWidget(m_limitForm);
    // Beside the limits: what they would have raised, then the suggestion, then other rules.
    auto *replayBox = new QGroupBox(tr("What would the limits have raised?"), right);
    auto *replayLayout = new QVBoxLayout(replayBox);
    m_replay = new ReplayPanel(replayBox);
    replayLayout->addWidget(m_replay);
    rightLayout->addWidget(replayBox);
    auto *suggestBox = new QGroupBox(tr("Suggested personal limits"), right);
    auto *suggestLayout = new QVBoxLayout(suggestBox);
    m_suggestions = new SuggestionPanel(suggestBox);
    suggestLayout->addWidget(m_suggestions);
    connect(m_suggestions, &SuggestionPanel::takeRequested, this,
        [this] { takeSuggestion(m_suggestions->suggestion().rules); });
    rightLayout->addWidget(suggestBox);
    m_otherForm = new QWidget(right);
    rightLayout->addWidget(m_otherForm);
    rightLayout->addStretch();
    m_limitScroll->setWidget(right);
    split->addWidget(m_limitScroll);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_problemSummary = new QLabel(this);
    m_problemSummary->setWordWrap(true);
    m_problemSummary->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    bottom->addWidget(m_problemSummary, 1);
    m_activate = new QPushButton(tr("&Activate without new approval"), this);
    connect(m_activate, &QPushButton::clicked, this, &PlanEditor::activate);
    m_record = new QPushButton(tr("&Record GP's approval…"), this);
    connect(m_record, &QPushButton::clicked, this, &PlanEditor::askRecordApproval);
    m_send = new QPushButton(tr("&Send to GP for approval"), this);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &PlanEditor::send);
    bottom->addWidget(m_activate);
    bottom->addWidget(m_record);
    bottom->addWidget(m_send);
    layout->addLayout(bottom);
}

PlanEditor::~PlanEditor()
{
    // Leaving by closing the window: what was typed is kept (the store outlives the editor).
    if (m_dirty && editable())
        saveNow();
}

bool PlanEditor::editable() const
{
    return m_draft.status == plan::PlanStatus::Draft && m_actor && plan::mayDraft(*m_actor);
}

bool PlanEditor::open(const plan::PlanVersion &version, const QString &patientName)
{
    m_saveTimer->stop();
    m_draft = version;
    m_patientName = patientName;
    m_undo->clear();
    m_unparsed.clear();
    m_dirty = false;
    m_saveFailed = false;
    m_inForce.reset();
    m_data = {};
    m_status->hide();
    m_saveStatus->clear();
    bool ok = true;
    auto failed = [&](const Error &e) {
        showStatus(errorText(e), true);
        ok = false;
    };
    if (auto actor = plan::currentActor(m_store))
        m_actor = *actor;
    else
        failed(actor.error());
    if (version.isServiceDefault()) {
        if (auto defaults = plan::loadServiceDefaults(m_store, version.serviceId)) {
            for (const auto &v : *defaults)
                if (v.status == plan::PlanStatus::Active)
                    m_inForce = v;
        } else
            failed(defaults.error());
    } else {
        if (auto inForce = plan::loadPlanInForce(m_store, version.patientId))
            m_inForce = *inForce;
        else
            failed(inForce.error());
        if (auto triage = worklist::loadTriageData(m_store, version.patientId))
            m_data = std::move(*triage);
        else
            failed(triage.error());
    }

    m_title->setText(version.isServiceDefault()
            ? tr("The service's default rules – %1").arg(planStatusText(version.status))
            : tr("Self-management plan for %1 – %2")
                  .arg(patientName.isEmpty() ? tr("the patient") : patientName,
                      planStatusText(version.status)));
    QString state = tr("Created by %1 on %2.")
                        .arg(QString::fromStdString(version.createdByName),
                            formatDate(version.createdAtMillis));
    if (m_inForce)
        state += QLatin1Char(' ')
            + (m_inForce->isServiceDefault() && !version.isServiceDefault()
                    ? tr("In force now: the service's default rules.")
                    : tr("In force now: the version from %1.")
                          .arg(formatDate(m_inForce->createdAtMillis)));
    if (version.status == plan::PlanStatus::AwaitingApproval && version.submittedAtMillis)
        state += QLatin1Char(' ')
            + tr("Sent to the GP for approval on %1; it can no longer be changed.")
                  .arg(formatDate(*version.submittedAtMillis));
    m_state->setText(state);
    rebuildForm();
    validate();
    refreshPanels();
    return ok;
}

PlanEditor::Snapshot PlanEditor::snapshot() const { return { m_draft.rules, m_draft.content }; }

void PlanEditor::change(const QString &key, const Edit &edit, bool rebuild)
{
    if (m_restoring || !editable())
        return;
    Snapshot before = snapshot();
    edit(m_draft);
    m_undo->push(new PlanEditCommand(this, key, std::move(before), snapshot()));
    if (rebuild)
        rebuildForm();
    m_dirty = true;
    m_saveTimer->start();
    m_saveStatus->setText(tr("Saving soon…"));
    validate();
    m_panelTimer->start();
}

void PlanEditor::restore(const Snapshot &s)
{
    m_restoring = true;
    m_draft.rules = s.rules;
    m_draft.content = s.content;
    m_unparsed.clear();
    rebuildForm();
    m_restoring = false;
    m_dirty = true;
    m_saveTimer->start();
    m_saveStatus->setText(tr("Saving soon…"));
    validate();
    m_panelTimer->start();
}

void PlanEditor::rebuildForm()
{
    m_fields.clear();
    auto *form = new QWidget;
    auto *left = new QVBoxLayout(form);
    left->addWidget(buildGoals(form));
    left->addWidget(buildMeasures(form));
    left->addWidget(buildZones(form));
    left->addWidget(buildSchedule(form));
    left->addWidget(buildTrial(form));
    left->addWidget(buildParticipants(form));
    left->addStretch();
    form->setEnabled(editable());
    m_form = scrolled(m_formScroll, form);

    auto *rightLayout = static_cast<QVBoxLayout *>(m_limitScroll->widget()->layout());
    const auto swap = [&](QWidget *&slot, QWidget *next) {
        next->setEnabled(editable());
        rightLayout->replaceWidget(slot, next);
        slot->hide();
        slot->deleteLater();
        slot = next;
    };
    swap(m_otherForm, buildOtherRules(m_limitScroll->widget()));
    swap(m_limitForm, buildLimits(m_limitScroll->widget()));
}

void PlanEditor::registerField(const QString &field, QWidget *input, QLabel *message)
{
    m_fields.insert(field, { input, message });
    input->installEventFilter(this);
    input->setAccessibleDescription(field);
}

QLabel *PlanEditor::newMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a4000f;"));
    label->hide();
    return label;
}

QWidget *PlanEditor::fieldWidget(const QString &field) const { return m_fields.value(field).input; }

QString PlanEditor::fieldMessage(const QString &field) const
{
    const auto *label = m_fields.value(field).message;
    return label && !label->isHidden() ? label->text() : QString();
}

int PlanEditor::bandRuleIndex(domain::KindId kind) const
{
    for (int i = 0; i < int(m_draft.rules.size()); ++i)
        if (const auto *band = std::get_if<triage::BandRule>(&m_draft.rules[std::size_t(i)]))
            if (domain::kindForCode(band->code) == kind)
                return i;
    return -1;
}

void PlanEditor::validate()
{
    m_problems = plan::validatePlan(m_draft.rules, m_draft.content);
    for (const auto &field : std::as_const(m_fields)) {
        if (field.message) {
            field.message->clear();
            field.message->hide();
        }
        if (field.input->property("invalid").toBool()) {
            field.input->setProperty("invalid", false);
            field.input->setStyleSheet({});
        }
    }
    // A problem goes to its field, or to the nearest enclosing one ("content.schedule[0]"
    // for "content.schedule[0].due_by_minute").
    const auto place = [this](QString field, const QString &text) {
        while (!m_fields.contains(field) && field.contains(QLatin1Char('.')))
            field = field.left(field.lastIndexOf(QLatin1Char('.')));
        const auto found = m_fields.constFind(field);
        if (found == m_fields.constEnd())
            return;
        found->input->setProperty("invalid", true);
        found->input->setStyleSheet(QLatin1String(invalidStyle));
        found->input->setToolTip(text);
        if (auto *label = found->message) {
            label->setText(label->text().isEmpty() ? QStringLiteral("⚠ ") + text
                                                   : label->text() + QStringLiteral("\n⚠ ") + text);
            label->show();
        }
    };
    // A field that holds no number shows that, not what core found in its previous value.
    for (const auto &p : m_problems)
        if (!m_unparsed.contains(QString::fromStdString(p.field)))
            place(QString::fromStdString(p.field), problemText(p));
    for (auto it = m_unparsed.constBegin(); it != m_unparsed.constEnd(); ++it)
        place(it.key(), tr("«%1» is not a number (or a time of day).").arg(it.value()));
    const auto texts = problemTexts();
    m_problemSummary->setText(texts.isEmpty() || !editable()
            ? QString()
            : tr("⚠ %1 to fix before sending: %2")
                  .arg(texts.size())
                  .arg(texts.join(QStringLiteral(" · "))));
    updateButtons();
}

QStringList PlanEditor::problemTexts() const
{
    QStringList out;
    for (const auto &p : m_problems)
        if (!m_unparsed.contains(QString::fromStdString(p.field)))
            out << problemText(p);
    for (auto it = m_unparsed.constBegin(); it != m_unparsed.constEnd(); ++it)
        out << tr("«%1» is not a number (or a time of day).").arg(it.value());
    return out;
}

QString PlanEditor::sendBlockedReason() const
{
    if (m_draft.status != plan::PlanStatus::Draft)
        return tr("This version is %1 and cannot be sent.")
            .arg(planStatusText(m_draft.status).toLower());
    if (!m_actor || !plan::mayDraft(*m_actor))
        return tr("Your role cannot draft or send plans.");
    if (!m_problems.empty() || !m_unparsed.isEmpty())
        return tr("Fix what is marked in red before sending the plan to the GP.");
    return {};
}

void PlanEditor::updateButtons()
{
    const bool draft = m_draft.status == plan::PlanStatus::Draft;
    const QString blocked = sendBlockedReason();
    m_send->setVisible(draft);
    m_send->setEnabled(blocked.isEmpty());
    m_send->setToolTip(blocked.isEmpty()
            ? tr("Sends the plan to the GP, who approves or rejects it. Until then the rules in "
                 "force still judge the values.")
            : blocked);
    // Only goals, measures or actions changed: the nurse may activate it herself.
    const bool sameParts = m_inForce && m_inForce->approval
        && m_inForce->isServiceDefault() == m_draft.isServiceDefault()
        && plan::sameApprovedParts(m_draft, *m_inForce);
    m_activate->setVisible(draft && sameParts);
    m_activate->setEnabled(blocked.isEmpty() && sameParts);
    m_activate->setToolTip(tr("The limits and medicine measures are the ones the GP approved: "
                              "the plan can take effect without a new approval."));
    const bool awaiting = m_draft.status == plan::PlanStatus::AwaitingApproval;
    m_record->setVisible(awaiting && !m_draft.isServiceDefault());
    m_record->setEnabled(m_actor && plan::mayDraft(*m_actor));
    m_suggestions->setTakeEnabled(editable());
}

void PlanEditor::refreshPanels()
{
    if (m_draft.isServiceDefault())
        return;
    const auto now = m_clock();
    m_suggestions->update(m_draft.rules, m_draft.content.trialWeeks, m_data.observations, now);
    m_replay->setResult(replayDraft(m_draft, m_inForce, m_data, now));
}

void PlanEditor::showStatus(const QString &text, bool error)
{
    m_status->setText(error ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a4000f; font-weight: bold;")
                                  : QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_status->show();
}

QString PlanEditor::saveStatus() const { return m_saveStatus->text(); }

QString PlanEditor::statusMessage() const
{
    return !m_status->isHidden() ? m_status->text() : QString();
}

bool PlanEditor::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || !editable())
        return true;
    auto saved = plan::saveDraft(m_store, m_draft, m_clock());
    if (!saved) {
        m_saveFailed = true;
        m_saveStatus->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
        m_saveStatus->setText(tr("⚠ Not saved: your changes are only on this screen. %1")
                                  .arg(errorText(saved.error())));
        return false;
    }
    m_draft.rowVersion = saved->rowVersion;
    m_draft.updatedAtMillis = saved->updatedAtMillis;
    m_dirty = false;
    m_saveFailed = false;
    m_saveStatus->setStyleSheet({});
    m_saveStatus->setText(tr("Draft saved %1").arg(formatWhen(saved->updatedAtMillis, m_clock())));
    return true;
}

bool PlanEditor::send()
{
    if (!saveNow())
        return false;
    auto moved = plan::submitPlan(m_store, m_draft.id, m_clock());
    if (!moved) {
        showStatus(errorText(moved.error()), true);
        return false;
    }
    open(*moved, m_patientName);
    showStatus(tr("Sent to the GP for approval. The rules in force judge the values until the GP "
                  "has approved the plan."),
        false);
    Q_EMIT versionMoved();
    return true;
}

bool PlanEditor::activate()
{
    if (!saveNow())
        return false;
    auto moved = plan::activateDraft(m_store, m_draft.id, m_clock());
    if (!moved) {
        showStatus(errorText(moved.error()), true);
        return false;
    }
    open(*moved, m_patientName);
    showStatus(tr("The plan is active."), false);
    Q_EMIT versionMoved();
    return true;
}

bool PlanEditor::recordApproval(const plan::OutsideApproval &approval)
{
    auto moved = plan::recordApproval(m_store, m_draft.id, approval, m_clock());
    if (!moved) {
        showStatus(errorText(moved.error()), true);
        return false;
    }
    open(*moved, m_patientName);
    showStatus(approvalText(*moved->approval), false);
    Q_EMIT versionMoved();
    return true;
}

void PlanEditor::askRecordApproval()
{
    RecordApprovalDialog dialog(QString(), m_clock(), this);
    if (dialog.exec() == QDialog::Accepted)
        recordApproval(dialog.approval());
}

void PlanEditor::takeSuggestion(const std::vector<triage::Rule> &suggested)
{
    change(
        {},
        [&](plan::PlanVersion &v) {
            for (const auto &rule : suggested) {
                const auto kind = domain::kindForCode(ruleCode(rule));
                auto same
                    = std::find_if(v.rules.begin(), v.rules.end(), [&](const triage::Rule &r) {
                          return r.index() == rule.index()
                              && domain::kindForCode(ruleCode(r)) == kind;
                      });
                if (same != v.rules.end())
                    *same = rule;
                else
                    v.rules.push_back(rule);
            }
        },
        true);
    showStatus(tr("The suggested limits are in the draft. They apply only when a GP has approved "
                  "the plan."),
        false);
}

void PlanEditor::requestClose()
{
    if (!m_dirty || !editable() || saveNow()) {
        Q_EMIT closeRequested();
        return;
    }
    const auto answer = QMessageBox::warning(this, tr("The draft is not saved"),
        tr("The changes could not be saved and are only on this screen. Leave and lose them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        m_dirty = false;
        Q_EMIT closeRequested();
    }
}

void PlanEditor::hideEvent(QHideEvent *event)
{
    // Leaving the patient or the editor: what was typed is written now, not 1.5 s later.
    if (m_dirty)
        saveNow();
    QWidget::hideEvent(event);
}

bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Fields have their own undo; the plan's undo (across fields and rows) wins.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace varde::ui
