#include "ui/plo/message_thread.h"

#include "core/plo/reader.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"
#include "ui/plo/message_presentation.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace varde::ui
{
namespace
{

QString text(const std::string &s) { return QString::fromStdString(s); }

enum Column { WhenColumn, DirectionColumn, KindColumn, StateColumn, ReceiptColumn, SummaryColumn };

std::int64_t shownTime(const plo::ThreadMessage &m)
{
    if (m.sentAtMillis)
        return m.sentAtMillis;
    if (m.queuedAtMillis)
        return m.queuedAtMillis;
    return m.createdAtMillis;
}

QString partyLine(const plo::Addressee &a)
{
    QString line = text(a.organisation.name);
    if (a.person)
        line = text(a.person->name) + QStringLiteral(", ") + line;
    else if (a.unit)
        line = text(a.unit->name) + QStringLiteral(", ") + line;
    return line;
}

QString paragraphs(const QString &body)
{
    return body.toHtmlEscaped().replace(QStringLiteral("\n"), QStringLiteral("<br>"));
}

} // namespace

MessageThread::MessageThread(store::EncryptedStore &store, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_write = new QPushButton(tr("&Write to the GP…"), this);
    connect(m_write, &QPushButton::clicked, this, [this] { Q_EMIT composeRequested({}); });
    m_continue = new QPushButton(tr("Continue &draft…"), this);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (const auto *m = selected())
            Q_EMIT composeRequested(text(m->id));
    });
    m_discard = new QPushButton(tr("Discard draft"), this);
    connect(m_discard, &QPushButton::clicked, this, &MessageThread::discardSelected);
    m_export = new QPushButton(tr("E&xport to file…"), this);
    m_export->setToolTip(tr("Save the message as an XML file, for sending by other means until "
                            "the workstation sends by itself."));
    connect(m_export, &QPushButton::clicked, this, &MessageThread::askExport);
    for (auto *b : { m_write, m_continue, m_discard, m_export })
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(split);
    m_list->setHeaderLabels(
        { tr("Time"), tr("Direction"), tr("Kind"), tr("Status"), tr("Receipt"), tr("Content") });
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Messages with the GP"));
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MessageThread::showSelected);
    m_details = new QTextBrowser(split);
    m_details->setAccessibleName(tr("The selected message"));
    m_details->setOpenLinks(false);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    showSelected();
}

void MessageThread::setPatient(const QString &patientId)
{
    m_patientId = patientId;
    reload();
}

void MessageThread::reload()
{
    const QString current = selected() ? text(selected()->id) : QString();
    m_list->clear();
    m_messages.clear();
    if (m_patientId.isEmpty())
        return;
    auto thread = plo::patientThread(m_store, m_patientId.toStdString());
    if (!thread) {
        showError(errorText(thread.error()));
        return;
    }
    m_error->hide();
    m_messages = std::move(*thread);
    // A reply goes under the message it answers; everything else is a top-level row.
    std::map<std::string, QTreeWidgetItem *> byMsgId;
    const auto now = m_clock();
    for (std::size_t i = 0; i < m_messages.size(); ++i) {
        const auto &m = m_messages[i];
        const auto parent = byMsgId.find(m.parentMsgId);
        auto *item = parent != byMsgId.end() && !m.parentMsgId.empty()
            ? new QTreeWidgetItem(parent->second)
            : new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, int(i));
        item->setText(WhenColumn, formatWhen(shownTime(m), now));
        item->setText(DirectionColumn, m.outgoing ? tr("To the GP") : tr("From the GP"));
        item->setText(KindColumn, messageKindText(m.type));
        item->setText(StateColumn, messageStateText(m));
        item->setText(ReceiptColumn, receiptText(m));
        item->setText(SummaryColumn,
            m.state == plo::MessageState::Refused ? text(m.problem) : text(m.summary));
        item->setToolTip(SummaryColumn, item->text(SummaryColumn));
        if (!m.outgoing && m.state == plo::MessageState::Received && !m.readAtMillis) {
            item->setIcon(StateColumn, newReplyIcon());
            auto font = item->font(StateColumn);
            font.setBold(true);
            for (int c = 0; c <= SummaryColumn; ++c)
                item->setFont(c, font);
        } else if (m.outgoing && m.receipt == plo::ReceiptStatus::None
            && (m.state == plo::MessageState::Queued || m.state == plo::MessageState::Sent)) {
            item->setIcon(ReceiptColumn, missingReceiptIcon());
        }
        if (!m.msgId.empty())
            byMsgId[m.msgId] = item;
    }
    m_list->expandAll();
    for (int c = 0; c < SummaryColumn; ++c)
        m_list->resizeColumnToContents(c);
    if (!current.isEmpty())
        selectMessage(current);
    showSelected();
}

void MessageThread::selectMessage(const QString &messageId)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        const auto index = std::size_t((*it)->data(0, Qt::UserRole).toInt());
        if (index < m_messages.size() && text(m_messages[index].id) == messageId) {
            m_list->setCurrentItem(*it);
            return;
        }
    }
}

const plo::ThreadMessage *MessageThread::selected() const
{
    const auto *item = m_list ? m_list->currentItem() : nullptr;
    if (!item)
        return nullptr;
    const auto index = std::size_t(item->data(0, Qt::UserRole).toInt());
    return index < m_messages.size() ? &m_messages[index] : nullptr;
}

void MessageThread::showSelected()
{
    const auto *m = selected();
    m_continue->setEnabled(m && m->state == plo::MessageState::Draft);
    m_discard->setEnabled(m && m->state == plo::MessageState::Draft);
    m_export->setEnabled(
        m && (m->state == plo::MessageState::Queued || m->state == plo::MessageState::Sent));
    if (!m) {
        m_details->setHtml(m_messages.empty()
                ? tr("<p>No messages with the GP yet. <b>Write to the GP…</b> drafts one from "
                     "the patient's open findings.</p>")
                : tr("<p>Select a message to read it.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(messageKindText(m->type).toHtmlEscaped());
    QStringList facts;
    facts << tr("Status: %1").arg(messageStateText(*m));
    if (const auto receipt = receiptText(*m); !receipt.isEmpty())
        facts << receipt;
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (m->state == plo::MessageState::Refused)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Why it was refused:").toHtmlEscaped(),
                        text(m->problem).toHtmlEscaped());
    if (m->state == plo::MessageState::Draft && m->draft) {
        html
            += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                   .arg(tr("Problem").toHtmlEscaped(), paragraphs(text(m->draft->content.problem)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(paragraphs(text(plo::composeBody(m->draft->content))));
    } else if (auto doc = plo::readDocument(m->document)) {
        html += QStringLiteral("<p>%1: %2<br>%3: %4")
                    .arg(tr("From").toHtmlEscaped(), partyLine(doc->sender).toHtmlEscaped(),
                        tr("To").toHtmlEscaped(), partyLine(doc->receiver).toHtmlEscaped());
        if (doc->patient)
            html += QStringLiteral("<br>%1: %2")
                        .arg(tr("Patient").toHtmlEscaped(),
                            text(doc->patient->fullName()).toHtmlEscaped());
        html += QStringLiteral("<br>%1: %2</p>")
                    .arg(tr("Message id").toHtmlEscaped(), text(doc->msgId).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(paragraphs(text(doc->text())));
        for (const auto &a : doc->attachments)
            html += QStringLiteral("<p>%1: %2 (%3)</p>")
                        .arg(tr("Attachment").toHtmlEscaped(), text(a.description).toHtmlEscaped(),
                            text(a.mimeType).toHtmlEscaped());
    } else if (!m->document.empty()) {
        html += QStringLiteral("<pre>%1</pre>").arg(text(m->document).left(4000).toHtmlEscaped());
    }
    m_details->setHtml(html);

    if (!m->outgoing && m->state == plo::MessageState::Received && !m->readAtMillis) {
        const auto id = m->id;
        if (auto ok = plo::markRead(m_store, id, m_clock()); !ok) {
            showError(errorText(ok.error()));
            return;
        }
        for (auto &message : m_messages)
            if (message.id == id)
                message.readAtMillis = m_clock();
        if (auto *item = m_list->currentItem()) {
            auto font = item->font(StateColumn);
            font.setBold(false);
            for (int c = 0; c <= SummaryColumn; ++c)
                item->setFont(c, font);
            item->setIcon(StateColumn, {});
            item->setText(StateColumn, messageStateText(*selected()));
        }
        Q_EMIT messagesChanged();
    }
}

bool MessageThread::exportSelected(const QString &path, QString *error)
{
    const auto *m = selected();
    if (!m) {
        *error = tr("Select a message first.");
        return false;
    }
    if (auto ok = plo::exportMessage(m_store, m->id, path.toStdString()); !ok) {
        *error = errorText(ok.error());
        return false;
    }
    return true;
}

void MessageThread::askExport()
{
    const auto *m = selected();
    if (!m)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export message"),
        QStringLiteral("%1.xml").arg(text(m->msgId)), tr("XML files (*.xml)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSelected(path, &error))
        showError(error);
}

void MessageThread::discardSelected()
{
    const auto *m = selected();
    if (!m || m->state != plo::MessageState::Draft)
        return;
    if (QMessageBox::question(this, tr("Discard draft"),
            tr("Discard this draft? It cannot be "
               "brought back."))
        != QMessageBox::Yes)
        return;
    if (auto ok = plo::discardDraft(m_store, m->id); !ok) {
        showError(errorText(ok.error()));
        return;
    }
    reload();
    Q_EMIT messagesChanged();
}

void MessageThread::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace varde::ui
