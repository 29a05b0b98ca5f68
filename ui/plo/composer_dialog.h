#pragma once
// "Skriv melding til fastlege": the nurse writes one PLO message to the patient's GP. The dialog
// opens on core's draft (drafting.h: the worst open findings, the last 48 hours of those kinds,
// the plan's zone, what was done) or on a saved draft, shows every part editable, and beside it
// the text the GP's system will show, read back from the composed XML. What core's check finds
// wrong is said in words at its field, and the send button stays off with the reason beside it:
// a message that would not validate never leaves the dialog. Queuing is core's one transaction
// (message, outbox, audit, and the findings acknowledged as "sent_plo" when the nurse asks).
#include "core/plo/compose.h"
#include "core/plo/message_store.h"
#include "core/plo/schemas.h"
#include "core/store/encrypted_store.h"

#include <QDialog>
#include <QHash>
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

// "Forespørsel til fastlege", "Helseopplysninger til lege", "Helsefaglig dialog".
QString outgoingKindText(plo::OutgoingKind kind);

class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    // A problem core's check finds, at the field it names ("sender.nurse_phone").
    struct Problem {
        QString field;
        QString text; // a sentence in the ui language
    };

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
    QLineEdit *nursePhoneEdit() const { return m_phone; }
    QPlainTextEdit *problemEdit() const { return m_problem; }
    QPlainTextEdit *measurementsEdit() const { return m_measurements; }
    QPlainTextEdit *planEdit() const { return m_plan; }
    QPlainTextEdit *actionsEdit() const { return m_actions; }
    QPlainTextEdit *medicationEdit() const { return m_medication; }
    QPlainTextEdit *questionEdit() const { return m_question; }
    QCheckBox *attachSummaryBox() const { return m_attachSummary; }
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
    QWidget *buildForm();
    QWidget *buildPreview();
    QWidget *buildButtons();
    QPlainTextEdit *textField(const QString &field, const QString &accessibleName);
    QLabel *addMarked(const QString &field, QWidget *input);
    void load(const plo::OutgoingMessage &message);
    void keepOpenFindings(const QStringList &candidates);
    QString placeOf(QString field) const;
    void fillParties();
    void edited();
    void updateChecks();
    void updatePreview();
    void updateKindRows();
    void updateCounter();
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
    mutable std::optional<std::string> m_summaryPdf;
    mutable QString m_summaryError;

    struct Mark {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
    };
    QHash<QString, Mark> m_marks;
    QHash<QString, QString> m_shown; // field → its message

    QLabel *m_title = nullptr;
    QLabel *m_loadErrorLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHelp = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_nurse = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_problem = nullptr;
    QLabel *m_counter = nullptr;
    QPlainTextEdit *m_measurements = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QPlainTextEdit *m_actions = nullptr;
    QPlainTextEdit *m_medication = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QCheckBox *m_attachSummary = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_previewState = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_queue = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace varde::ui
