// The composer's actions: loading, checking, saving and queuing (the layout: composer_layout.cpp).
#include "ui/plo/composer_dialog.h"

#include "core/plo/drafting.h"
#include "core/time/civil_time.h"
#include "core/worklist/patient_record.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

// For the acknowledgement's note, which is stored: Norwegian whatever the screen language.
std::string kindNb(plo::OutgoingKind kind)
{
    switch (kind) {
    case plo::OutgoingKind::HelseopplysningerLege:
        return "Helseopplysninger til lege";
    case plo::OutgoingKind::DialogForesporsel:
        return "Forespørsel til fastlege";
    case plo::OutgoingKind::HelsefagligDialog:
        return "Helsefaglig dialog";
    }
    return {};
}

} // namespace

ComposerDialog::ComposerDialog(store::EncryptedStore &store,
    const plo::SchemaSet &schemas,
    Clock clock,
    const QString &patientId,
    const QStringList &findingIds,
    QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_schemas(schemas)
    , m_clock(std::move(clock))
    , m_patientId(patientId)
{
    build();
    auto draft = plo::draftForPatient(m_store, m_patientId.toStdString(),
        plo::OutgoingKind::DialogForesporsel, time::fromEpochMillis(m_clock()));
    if (!draft) {
        m_loadError = draftErrorText(draft.error());
    } else {
        keepOpenFindings(findingIds);
        load(*draft);
    }
    finishLoading();
}

ComposerDialog::ComposerDialog(store::EncryptedStore &store,
    const plo::SchemaSet &schemas,
    Clock clock,
    const plo::ThreadMessage &draft,
    QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_schemas(schemas)
    , m_clock(std::move(clock))
    , m_patientId(q(draft.patientId))
{
    build();
    if (draft.state != plo::MessageState::Draft || !draft.outgoing || !draft.draft) {
        m_loadError = tr("This message is no longer a draft and cannot be changed.");
    } else {
        m_draftId = draft.id;
        if (!draft.findingId.empty())
            keepOpenFindings({ q(draft.findingId) });
        load(*draft.draft);
    }
    finishLoading();
}

void ComposerDialog::keepOpenFindings(const QStringList &candidates)
{
    m_findingIds.clear();
    if (candidates.isEmpty())
        return;
    // Only findings still open can be acknowledged by sending (another nurse may have handled
    // one since the worklist was read).
    auto record = worklist::loadPatientRecord(
        m_store, m_patientId.toStdString(), time::fromEpochMillis(m_clock()));
    if (!record)
        return;
    for (const auto &f : record->row.result.findings)
        if (f.open && candidates.contains(q(f.id)))
            m_findingIds << q(f.id);
}

void ComposerDialog::load(const plo::OutgoingMessage &message)
{
    m_base = message;
    m_loaded = true;
    const QString name = q(message.patient.givenName + " " + message.patient.familyName);
    setWindowTitle(tr("Write to the GP – %1").arg(name));
    m_title->setText(tr("Write to the GP about %1").arg(name));
    const QSignalBlocker kindBlock(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(message.kind)));
    m_form->load(message);

    if (!m_findingIds.isEmpty()) {
        m_acknowledge->setChecked(true);
        m_acknowledge->setToolTip(m_findingIds.size() == 1
                ? tr("The open finding the message is about is acknowledged with the action "
                     "“Sent PLO message” when the message is queued.")
                : tr("The %1 open findings the message is about are acknowledged with the "
                     "action “Sent PLO message” when the message is queued.")
                      .arg(m_findingIds.size()));
        m_acknowledge->show();
    }
}

// Both constructors end here, loaded or not: nothing is unsaved yet.
void ComposerDialog::finishLoading()
{
    updateKindRows();
    updateChecks();
    updatePreview();
    m_dirty = false;
}

plo::OutgoingKind ComposerDialog::kind() const
{
    return plo::OutgoingKind(m_kind->currentData().toInt());
}

void ComposerDialog::setKind(plo::OutgoingKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

plo::OutgoingMessage ComposerDialog::message() const
{
    plo::OutgoingMessage m = m_base;
    m.kind = kind();
    m.genDate = time::fromEpochMillis(m_clock());
    m_form->apply(m);
    m.attachments.clear();
    if (m.kind == plo::OutgoingKind::HelsefagligDialog && m_form->attachSummary())
        if (auto summary = summaryAttachment())
            m.attachments.push_back(std::move(*summary));
    return m;
}

std::optional<plo::OutgoingAttachment> ComposerDialog::summaryAttachment() const
{
    if (!m_summary)
        m_summary = makeSummaryAttachment(
            m_store, m_patientId.toStdString(), time::fromEpochMillis(m_clock()));
    return m_summary->attachment;
}

std::vector<ComposerDialog::Problem> ComposerDialog::problems() const
{
    if (!m_loaded)
        return {};
    const auto m = message();
    auto out = fieldProblems(m);
    // Core checks the PDF it is given; that there is none, or one too large, is known only here.
    if (m.kind == plo::OutgoingKind::HelsefagligDialog && m_form->attachSummary()) {
        if (m.attachments.empty())
            out.push_back({ QStringLiteral("attachments"),
                tr("The summary could not be attached: %1")
                    .arg(m_summary ? m_summary->error : QString()) });
        else if (m.attachments.front().bytes.size() > plo::maxAttachmentBytes)
            out.push_back({ QStringLiteral("attachments"),
                tr("The summary is larger than %1 MB and cannot be attached.")
                    .arg(plo::maxAttachmentBytes / (1024 * 1024)) });
    }
    return out;
}

bool ComposerDialog::canQueue() const { return m_loaded && problems().empty(); }

void ComposerDialog::edited()
{
    m_dirty = true;
    updateChecks();
    m_previewTimer->start();
}

void ComposerDialog::updateChecks()
{
    if (!m_loaded) {
        m_loadErrorLabel->setText(QStringLiteral("⚠ ") + m_loadError);
        m_loadErrorLabel->setVisible(!m_loadError.isEmpty());
        m_form->disableInputs();
        for (QWidget *w :
            std::initializer_list<QWidget *> { m_kind, m_acknowledge, m_save, m_queue })
            w->setEnabled(false);
        m_blocked->setText(QStringLiteral("⚠ ") + m_loadError);
        return;
    }
    const auto found = problems();
    m_form->markProblems(found);
    m_queue->setEnabled(found.empty());
    if (found.empty()) {
        m_blocked->clear();
        m_blocked->hide();
        m_queue->setToolTip(QString());
        return;
    }
    // A problem the form has no place for is said here first: it is shown nowhere else.
    const auto unplaced = std::find_if(found.begin(), found.end(),
        [this](const Problem &p) { return m_form->placeOf(p.field).isEmpty(); });
    const QString first = unplaced == found.end() ? found.front().text : unplaced->text;
    QString text = tr("⚠ Cannot be queued yet: %1").arg(first);
    const auto more = found.size() - 1;
    if (more == 1)
        text += QLatin1Char(' ') + tr("(1 more problem is marked in the form.)");
    else if (more > 1)
        text += QLatin1Char(' ')
            + tr("(%1 more problems are marked in the form.)").arg(qsizetype(more));
    m_blocked->setText(text);
    m_blocked->show();
    m_queue->setToolTip(text);
}

void ComposerDialog::updatePreview()
{
    m_previewTimer->stop();
    if (m_loaded)
        m_preview->showMessage(message());
    else
        m_preview->clear();
}

void ComposerDialog::refreshNow()
{
    updateChecks();
    updatePreview();
}

QWidget *ComposerDialog::fieldWidget(const QString &field) const
{
    return m_form->fieldWidget(field);
}

QString ComposerDialog::fieldMessage(const QString &field) const
{
    return m_form->fieldMessage(field);
}

QString ComposerDialog::previewText() const { return m_preview->text(); }

QString ComposerDialog::sendBlockedText() const
{
    return m_blocked->isHidden() ? QString() : m_blocked->text();
}

QString ComposerDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString ComposerDialog::problemCounterText() const { return m_form->counterText(); }

QString ComposerDialog::toText() const { return m_form->toText(); }

void ComposerDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(
        problem ? QStringLiteral("color: #a4000f; font-weight: bold;") : QString());
    m_status->show();
}

bool ComposerDialog::saveDraft()
{
    if (!m_loaded)
        return false;
    const auto m = message();
    const std::string findingId
        = m_findingIds.isEmpty() ? std::string() : m_findingIds.front().toStdString();
    auto saved
        = plo::saveDraft(m_store, m_patientId.toStdString(), m, findingId, m_draftId, m_clock());
    if (!saved) {
        showStatus(tr("The draft was not saved: %1").arg(errorText(saved.error())), true);
        return false;
    }
    m_draftId = *saved;
    m_dirty = false;
    showStatus(tr("Draft saved %1.").arg(formatWhen(m_clock(), m_clock())), false);
    Q_EMIT draftSaved(q(m_draftId));
    return true;
}

bool ComposerDialog::queue()
{
    if (!m_loaded)
        return false;
    refreshNow();
    if (!problems().empty()) {
        // The button is off then; a call from elsewhere gets the same answer.
        showStatus(tr("The message was not queued: correct the marked fields first."), true);
        return false;
    }
    const auto m = message();
    plo::QueueOptions options;
    options.draftId = m_draftId;
    if (!m_findingIds.isEmpty())
        options.findingId = m_findingIds.front().toStdString();
    if (m_acknowledge->isChecked())
        for (const auto &id : m_findingIds)
            options.acknowledgeFindingIds.push_back(id.toStdString());
    if (!options.acknowledgeFindingIds.empty())
        options.acknowledgeNote = kindNb(m.kind) + " lagt i kø for sending";
    auto queued
        = plo::queueMessage(m_store, m_schemas, m_patientId.toStdString(), m, options, m_clock());
    if (!queued) {
        showStatus(tr("The message was not queued: %1").arg(queueErrorText(queued.error())), true);
        return false;
    }
    m_dirty = false;
    Q_EMIT messageQueued(q(queued->id));
    QDialog::accept();
    return true;
}

void ComposerDialog::reject()
{
    if (m_loaded && m_dirty) {
        const auto answer = QMessageBox::question(this, windowTitle(),
            tr("Close without saving? The changes to the message will be lost unless you save "
               "them as a draft."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !saveDraft())
            return;
    }
    QDialog::reject();
}

} // namespace varde::ui
