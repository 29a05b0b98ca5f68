#pragma once
// A patient's messages with the GP, oldest first, replies under the message they answer: kind,
// state, receipt and the first line; the selected message in full as the GP's system or ours
// reads it. Opening a received message marks it read. Writing, continuing a draft and
// exporting a queued message to a file start here; the composer itself is ComposerDialog.
#include "core/plo/message_store.h"
#include "core/store/encrypted_store.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace varde::ui
{

class MessageThread : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;
    MessageThread(store::EncryptedStore &store, Clock clock, QWidget *parent = nullptr);

    void setPatient(const QString &patientId);
    void reload();
    QTreeWidget *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *writeButton() const { return m_write; }
    const std::vector<plo::ThreadMessage> &messages() const { return m_messages; }
    void selectMessage(const QString &messageId);
    // Writes the selected queued or sent message to `path` (audited). false with the reason.
    bool exportSelected(const QString &path, QString *error);

Q_SIGNALS:
    // A new message (empty draft id) or the continuation of a draft.
    void composeRequested(const QString &draftId);
    // Read state or drafts changed: the worklist's markers follow.
    void messagesChanged();

private:
    const plo::ThreadMessage *selected() const;
    void showSelected();
    void askExport();
    void discardSelected();
    void showError(const QString &text);

    store::EncryptedStore &m_store;
    Clock m_clock;
    QString m_patientId;
    std::vector<plo::ThreadMessage> m_messages;
    QPushButton *m_write;
    QPushButton *m_continue;
    QPushButton *m_discard;
    QPushButton *m_export;
    QLabel *m_error;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
};

} // namespace varde::ui
