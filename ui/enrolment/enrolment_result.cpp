#include "ui/enrolment/enrolment_result.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace varde::ui
{

EnrolmentResultPage::EnrolmentResultPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 24);
    layout->addStretch(1);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold; color: #1b5e20;"));
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    m_patient = new QLabel(this);
    m_patient->setStyleSheet(QStringLiteral("font-size: 15pt;"));
    layout->addWidget(m_patient, 0, Qt::AlignHCenter);
    layout->addSpacing(24);

    auto *explain = new QLabel(tr("Give the patient this link code for their app or measuring "
                                  "gateway. It can be used once."),
        this);
    explain->setStyleSheet(QStringLiteral("font-size: 13pt;"));
    layout->addWidget(explain, 0, Qt::AlignHCenter);
    // Large, fixed-width and selectable: read aloud on the phone or typed by the patient.
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("linkCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setStyleSheet(
        QStringLiteral("font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 54pt; "
                       "font-weight: bold; letter-spacing: 4px; padding: 16px 40px; "
                       "border: 3px solid #222; border-radius: 12px; background: #fff;"));
    layout->addWidget(m_code, 0, Qt::AlignHCenter);
    m_expiry = new QLabel(this);
    m_expiry->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    layout->addWidget(m_expiry, 0, Qt::AlignHCenter);
    layout->addSpacing(24);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch();
    auto *print = new QPushButton(tr("&Print slip for the patient…"), this);
    connect(print, &QPushButton::clicked, this, &EnrolmentResultPage::print);
    buttons->addWidget(print);
    auto *pdf = new QPushButton(tr("Save slip as &PDF…"), this);
    connect(pdf, &QPushButton::clicked, this, &EnrolmentResultPage::savePdf);
    buttons->addWidget(pdf);
    auto *open = new QPushButton(tr("&Open the patient"), this);
    connect(open, &QPushButton::clicked, this, &EnrolmentResultPage::openPatientClicked);
    buttons->addWidget(open);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &EnrolmentResultPage::closeClicked);
    buttons->addWidget(close);
    buttons->addStretch();
    // Buttons the size of the page's message, not of a toolbar.
    for (auto *button : { print, pdf, open, close }) {
        button->setMinimumHeight(40);
        button->setStyleSheet(QStringLiteral("font-size: 12pt; padding: 4px 16px;"));
    }
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void EnrolmentResultPage::present(const LinkCodeSlip &slip, bool reenrolled)
{
    m_slip = slip;
    m_heading->setText(reenrolled ? tr("Enrolled again: the earlier history is kept")
                                  : tr("Enrolled in follow-up"));
    m_patient->setText(
        tr("%1 starts the trial period with %2.").arg(slip.patientName, slip.serviceName));
    m_code->setText(slip.code);
    m_expiry->setText(tr("Valid until %1").arg(slip.expiresOn));
    m_message->clear();
}

QString EnrolmentResultPage::codeText() const { return m_code->text(); }

QString EnrolmentResultPage::expiryText() const { return m_expiry->text(); }

void EnrolmentResultPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool printed = printLinkCodeSlip(printer, m_slip);
    m_message->setText(
        printed ? tr("The slip was sent to the printer.") : tr("The slip could not be printed."));
    if (printed)
        Q_EMIT slipHandedOut(QStringLiteral("print"));
}

void EnrolmentResultPage::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save slip as PDF"),
        QDir::home().filePath(tr("link-code.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool saved = writeLinkCodeSlipPdf(path, m_slip, &error);
    m_message->setText(saved ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path)) : error);
    if (saved)
        Q_EMIT slipHandedOut(QStringLiteral("pdf"));
}

} // namespace varde::ui
