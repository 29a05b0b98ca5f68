// The composer window's layout: the header with the kind, form and preview side by side, buttons.
#include "ui/plo/composer_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace varde::ui
{
namespace
{

constexpr int previewDelayMs = 300;

constexpr std::array<plo::OutgoingKind, 3> kinds { plo::OutgoingKind::DialogForesporsel,
    plo::OutgoingKind::HelseopplysningerLege, plo::OutgoingKind::HelsefagligDialog };

QString kindHelp(plo::OutgoingKind kind)
{
    switch (kind) {
    case plo::OutgoingKind::DialogForesporsel:
        return ComposerDialog::tr("A question the GP is asked to answer (Dialogmelding 1.0).");
    case plo::OutgoingKind::HelseopplysningerLege:
        return ComposerDialog::tr("Information for the GP's records; an answer is asked for only "
                                  "when there is a question (PLO 1.6).");
    case plo::OutgoingKind::HelsefagligDialog:
        return ComposerDialog::tr("A clinical dialogue about the patient; it may carry the GP "
                                  "summary as a PDF (Dialogmelding 1.1).");
    }
    return {};
}

} // namespace

void ComposerDialog::build()
{
    setWindowTitle(tr("Write to the GP"));
    resize(1500, 940);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ComposerDialog::updatePreview);

    // Made in this order, which is also the order Tab goes through them.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_form = new ComposerForm(this);
    connect(m_form, &ComposerForm::edited, this, &ComposerDialog::edited);
    split->addWidget(m_form);
    m_preview = new ComposerPreview(this);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 11);
    split->setStretchFactor(1, 9);
    layout->addWidget(split, 1);
    layout->addWidget(buildButtons());
}

QWidget *ComposerDialog::buildHeader()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Write to the GP"), box);
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_loadErrorLabel = new QLabel(box);
    m_loadErrorLabel->setWordWrap(true);
    m_loadErrorLabel->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_loadErrorLabel->hide();
    layout->addWidget(m_loadErrorLabel);

    auto *kindRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("Message &type:"), box);
    m_kind = new QComboBox(box);
    for (auto kind : kinds)
        m_kind->addItem(outgoingKindText(kind), int(kind));
    m_kind->setAccessibleName(tr("Message type"));
    kindLabel->setBuddy(m_kind);
    m_kindHelp = new QLabel(box);
    m_kindHelp->setWordWrap(true);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind);
    kindRow->addSpacing(12);
    kindRow->addWidget(m_kindHelp, 1);
    layout->addLayout(kindRow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindRows();
        edited();
    });
    return box;
}

QWidget *ComposerDialog::buildButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_acknowledge = new QCheckBox(tr("&Acknowledge the findings as “Sent PLO message”"), box);
    m_acknowledge->setAccessibleName(tr("Acknowledge the findings as sent PLO message"));
    m_acknowledge->hide();
    layout->addWidget(m_acknowledge);

    auto *row = new QHBoxLayout;
    m_blocked = new QLabel(box);
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_blocked->setObjectName(QStringLiteral("sendBlocked"));
    m_status = new QLabel(box);
    m_status->setWordWrap(true);
    m_status->hide();
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_blocked);
    texts->addWidget(m_status);
    row->addLayout(texts, 1);
    // No default button: Enter in a field must not send the message.
    m_save = new QPushButton(tr("Save &draft"), box);
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ComposerDialog::saveDraft);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ComposerDialog::reject);
    m_queue = new QPushButton(tr("Queue for &sending"), box);
    m_queue->setObjectName(QStringLiteral("queueButton"));
    m_queue->setAutoDefault(false);
    m_queue->setMinimumWidth(200);
    connect(m_queue, &QPushButton::clicked, this, &ComposerDialog::queue);
    row->addWidget(m_save);
    row->addWidget(m_cancel);
    row->addWidget(m_queue);
    layout->addLayout(row);
    return box;
}

void ComposerDialog::updateKindRows()
{
    m_kindHelp->setText(kindHelp(kind()));
    m_form->setAttachmentShown(kind() == plo::OutgoingKind::HelsefagligDialog);
}

} // namespace varde::ui
