#pragma once
// "Skriv melding til fastlege": the nurse writes one PLO message to the patient's GP. The dialog
// opens on core's draft (drafting.h: the worst open findings, the last 48 hours of those kinds,
// the plan's zone, what was done) or on a saved draft, shows every part editable, and beside it
// the text the GP's system will show, read back from the composed XML. What core's check finds
// wrong is said in words at its field, and the send button stays off with the reason beside it:
// a message that would not validate never leaves the dialog. Queuing is core's one transaction
// (message, outbox, audit, and the findings acknowledged as "sent_plo" when the nurse asks).
// The parts: composer_form.h (the fields and their marks), composer_preview.h (the GP's view),
// composer_problems.h (core's check in words), composer_summary.h (the PDF), and the window's
// layout in composer_layout.cpp.
#include "core/plo/compose.h"
#include "core/plo/message_store.h"
#include "core/plo/schemas.h"
#include "core/store/encrypted_store.h"
#include "ui/plo/composer_form.h"
#include "ui/plo/composer_preview.h" // outgoingKindText
#include "ui/plo/composer_problems.h"
#include "ui/plo/composer_summary.h"

#include <QDialog>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace varde::ui
{

class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    // A problem core's check finds, at the field it names ("sender.nurse_phone"): field and
    // text, a sentence in the ui language.
    using Problem = FieldProblem;

    // A new message about the patient, drafted by core as a forespørsel. `findingIds`: the open
    // findings it is written about (from the worklist); they may be acknowledged by sending.
    ComposerDialog(store::EncryptedStore &store,
        const plo::SchemaSet &schemas,
        Clock clock,
        const QString &patientId,
        const QStringList &findingIds = {},
        QWidget *parent = nullptr);
    // Continues a saved draft (a ThreadMessage in state Draft with its message).
    ComposerDialog(store::EncryptedStore &store,
        const plo::SchemaSet &schemas,
        Clock clock,
        const plo::ThreadMessage &draft,
        QWidget *parent = nullptr);

    // False when there was nothing to write (no GP registered, follow-up ended, a store error):
    // loadError() says why and the dialog offers only closing.
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    QString patientId() const { return m_patientId; }
    QString draftId() const { return QString::fromStdString(m_draftId); }
    QStringList findingIds() const { return m_findingIds; }

    // The message as the nurse has edited it; the summary PDF attached when asked for.
    plo::OutgoingMessage message() const;
    void setKind(plo::OutgoingKind kind);
    plo::OutgoingKind kind() const;

    // Everything core's check finds wrong now, in the order of the form.
    std::vector<Problem> problems() const;
    bool canQueue() const;

    // For tests: the input for core's field name (or the read-only text that shows it, e.g.
    // "receiver" for "receiver.gp_her_id") and the message shown there.
    QWidget *fieldWidget(const QString &field) const;
    QString fieldMessage(const QString &field) const; // "" when the field is fine
    QString previewText() const; // what the GP will read (after the debounce)
    QString sendBlockedText() const; // why sending is off, "" when it is on
    QString statusText() const; // the last save or queue outcome
    QString problemCounterText() const; // "87 av 500 tegn"
    QString toText() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nursePhoneEdit() const { return m_form->phoneEdit(); }
    QPlainTextEdit *problemEdit() const { return m_form->problemEdit(); }
    QPlainTextEdit *measurementsEdit() const { return m_form->measurementsEdit(); }
    QPlainTextEdit *planEdit() const { return m_form->planEdit(); }
    QPlainTextEdit *actionsEdit() const { return m_form->actionsEdit(); }
    QPlainTextEdit *medicationEdit() const { return m_form->medicationEdit(); }
    QPlainTextEdit *questionEdit() const { return m_form->questionEdit(); }
    QCheckBox *attachSummaryBox() const { return m_form->attachSummaryBox(); }
    QCheckBox *acknowledgeBox() const { return m_acknowledge; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *queueButton() const { return m_queue; }

    // Asks before unsaved changes are lost (save as draft, discard, or stay).
    void reject() override;

public Q_SLOTS:
    // Saves (or replaces) the draft; the dialog stays open.
    bool saveDraft();
    // Checks, validates and queues; on success emits messageQueued and accepts.
    bool queue();
    // The preview and the field messages now, without waiting for the debounce.
    void refreshNow();

Q_SIGNALS:
    void draftSaved(const QString &draftId);
    void messageQueued(const QString &messageId);

private:
    void build();
    QWidget *buildHeader();
    QWidget *buildButtons();
    void load(const plo::OutgoingMessage &message);
    void finishLoading();
    void keepOpenFindings(const QStringList &candidates);
    void edited();
    void updateChecks();
    void updatePreview();
    void updateKindRows();
    std::optional<plo::OutgoingAttachment> summaryAttachment() const;
    void showStatus(const QString &text, bool problem);

    store::EncryptedStore &m_store;
    const plo::SchemaSet &m_schemas;
    Clock m_clock;
    QString m_patientId;
    QStringList m_findingIds; // still open when the dialog opened
    std::string m_draftId;
    plo::OutgoingMessage m_base; // what the form does not edit: parties, patient, dates
    bool m_loaded = false;
    bool m_dirty = false;
    QString m_loadError;
    // The summary PDF is made once, when first asked for (it takes a moment).
    mutable std::optional<SummaryAttachment> m_summary;

    QLabel *m_title = nullptr;
    QLabel *m_loadErrorLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHelp = nullptr;
    ComposerForm *m_form = nullptr;
    ComposerPreview *m_preview = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_queue = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace varde::ui
