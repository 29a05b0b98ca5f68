// Writes the composer's preview of an outgoing PLO message; see composer_preview.h.
#include "ui/plo/composer_preview.h"

#include "core/plo/reader.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QVBoxLayout>

#include <cstdint>
#include <optional>
#include <utility>

namespace varde::ui
{
namespace
{

QString q(const std::string &s) { return QString::fromStdString(s); }

// The same red as the other forms; the text says ⚠ too, never colour alone.
constexpr auto problemStyle = "color: #a4000f;";

QString fileType(const std::string &mimeType)
{
    if (mimeType == "application/pdf")
        return QStringLiteral("PDF");
    if (mimeType == "image/png")
        return QStringLiteral("PNG");
    if (mimeType == "image/jpeg")
        return QStringLiteral("JPEG");
    return q(mimeType);
}

QString fileSize(std::size_t bytes)
{
    if (bytes < 1024)
        return ComposerPreview::tr("%1 bytes").arg(bytes);
    return ComposerPreview::tr("%1 kB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', 0));
}

QString attachmentLine(
    const std::string &description, const std::string &mimeType, std::optional<std::uint64_t> size)
{
    return ComposerPreview::tr("Attachment: %1 (%2%3)")
        .arg(q(description), fileType(mimeType),
            size ? QStringLiteral(", ") + fileSize(std::size_t(*size)) : QString());
}

} // namespace

QString outgoingKindText(plo::OutgoingKind kind)
{
    switch (kind) {
    case plo::OutgoingKind::DialogForesporsel:
        return ComposerPreview::tr("Request to the GP");
    case plo::OutgoingKind::HelseopplysningerLege:
        return ComposerPreview::tr("Health information for the doctor");
    case plo::OutgoingKind::HelsefagligDialog:
        return ComposerPreview::tr("Clinical dialogue");
    }
    return {};
}

QString herText(const std::string &herId)
{
    return herId.empty() ? ComposerPreview::tr("⚠ HER-id missing")
                         : ComposerPreview::tr("HER-id %1").arg(q(herId));
}

QString maskedNationalId(const std::string &id)
{
    const QString digits = q(id).trimmed();
    if (digits.size() < 6)
        return QStringLiteral("*****");
    return digits.left(6) + QStringLiteral(" *****");
}

ComposerPreview::ComposerPreview(QWidget *parent)
    : QGroupBox(tr("How the GP will read the message"), parent)
{
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("How the GP will read the message"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
}

void ComposerPreview::showMessage(const plo::OutgoingMessage &m)
{
    const QString nurse
        = tr("Responsible nurse: %1, phone %2")
              .arg(q(m.sender.nurseName),
                  m.sender.nursePhone.empty() ? tr("⚠ missing") : q(m.sender.nursePhone));
    QStringList lines;
    QString body;
    auto xml = plo::composeMessage(m);
    std::optional<plo::PloDocument> doc;
    if (xml)
        if (auto read = plo::readDocument(*xml))
            doc = std::move(*read);
    if (doc) {
        // What the GP's system shows: the parties and the texts as read back from the XML.
        m_state->setText(
            tr("As the GP's system shows it, read back from the message. Updated as you write."));
        m_state->setStyleSheet(QString());
        lines << tr("Message: %1").arg(q(doc->typeText));
        const auto &r = doc->receiver;
        lines << tr("To: %1 (%2), %3 (%4)")
                     .arg(r.person ? q(r.person->name) : QString(),
                         r.person ? herText(r.person->herId) : QString(), q(r.organisation.name),
                         herText(r.organisation.herId));
        const auto &s = doc->sender;
        QString from = q(s.organisation.name) + QStringLiteral(" (") + herText(s.organisation.herId)
            + QLatin1Char(')');
        if (s.unit)
            from += QStringLiteral(", ") + q(s.unit->name) + QStringLiteral(" (")
                + herText(s.unit->herId) + QLatin1Char(')');
        lines << tr("From: %1").arg(from) << nurse;
        if (doc->patient)
            lines << tr("Patient: %1 (national identity number %2)")
                         .arg(q(doc->patient->fullName()), maskedNationalId(doc->patient->id));
        for (const auto &a : doc->attachments)
            lines << attachmentLine(a.description, a.mimeType, a.size);
        body = q(doc->text());
    } else {
        // Not composable yet: the texts as they stand, said to be unfinished.
        m_state->setText(tr("⚠ The message is not complete, so this is only the text as it "
                            "stands. See the marked fields."));
        m_state->setStyleSheet(QLatin1String(problemStyle));
        lines << tr("Message: %1").arg(outgoingKindText(m.kind));
        lines << tr("To: %1 (%2), %3 (%4)")
                     .arg(q(m.receiver.gpName), herText(m.receiver.gpHerId),
                         q(m.receiver.practiceName), herText(m.receiver.practiceHerId));
        lines << tr("From: %1")
                     .arg(q(m.sender.organisationName) + QStringLiteral(" (")
                         + herText(m.sender.organisationHerId) + QLatin1Char(')'))
              << nurse;
        lines << tr("Patient: %1 (national identity number %2)")
                     .arg(q(m.patient.givenName + " " + m.patient.familyName),
                         maskedNationalId(m.patient.nationalId));
        for (const auto &a : m.attachments)
            lines << attachmentLine(a.description, a.mimeType, a.bytes.size());
        body = q(plo::composeBody(m.content));
    }
    const QString text = lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + body;
    if (text != m_text->toPlainText()) {
        // Keep the preview where the nurse had scrolled to.
        const int scroll = m_text->verticalScrollBar()->value();
        m_text->setPlainText(text);
        m_text->verticalScrollBar()->setValue(scroll);
    }
}

void ComposerPreview::clear()
{
    m_text->clear();
    m_state->setText(QString());
}

QString ComposerPreview::text() const { return m_text->toPlainText(); }

} // namespace varde::ui
