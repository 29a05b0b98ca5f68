#include "ui/patient/contact_header.h"

#include "core/enrolment/follow_up.h"
#include "ui/common/error_text.h"
#include "ui/common/formatting.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace varde::ui
{

ContactHeader::ContactHeader(store::EncryptedStore &store, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_phones = new QHBoxLayout;
    layout->addLayout(m_phones);
    m_copied = new QLabel(this);
    layout->addWidget(m_copied);
    layout->addSpacing(24);
    m_linkCode = new QLabel(this);
    m_linkCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_linkCode);
    m_newCode = new QPushButton(tr("New lin&k code…"), this);
    m_newCode->setAutoDefault(false);
    connect(m_newCode, &QPushButton::clicked, this, &ContactHeader::askRenew);
    layout->addWidget(m_newCode);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();
}

void ContactHeader::setPatient(const domain::Patient &patient, bool ended)
{
    m_patientId = patient.meta.id;
    m_ended = ended;
    m_error->hide();
    m_copied->clear();
    for (auto *w : std::as_const(m_phoneWidgets))
        delete w;
    m_phoneWidgets.clear();
    m_copyButtons.clear();
    if (patient.phoneMobile.empty() && patient.phoneHome.empty())
        addPhone(tr("Phone:"), {});
    if (!patient.phoneMobile.empty())
        addPhone(tr("Mobile:"), patient.phoneMobile);
    if (!patient.phoneHome.empty())
        addPhone(tr("Home:"), patient.phoneHome);
    showLinkCode();
}

void ContactHeader::addPhone(const QString &label, const std::string &number)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 12, 0);
    const QString text = QString::fromStdString(number);
    auto *shown = new QLabel(
        QStringLiteral("%1 <b>%2</b>")
            .arg(label.toHtmlEscaped(),
                text.isEmpty() ? tr("none registered").toHtmlEscaped() : text.toHtmlEscaped()),
        box);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(shown);
    if (!text.isEmpty()) {
        auto *copy = new QToolButton(box);
        copy->setText(tr("Copy"));
        copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(text));
        copy->setAccessibleName(tr("Copy the number %1").arg(text));
        connect(copy, &QToolButton::clicked, this, [this, text] {
            QApplication::clipboard()->setText(text);
            m_copied->setText(tr("✓ %1 copied").arg(text));
            QTimer::singleShot(4000, m_copied, &QLabel::clear);
            Q_EMIT copied(text);
        });
        row->addWidget(copy);
        m_copyButtons << copy;
    }
    m_phones->addWidget(box);
    m_phoneWidgets << box;
}

void ContactHeader::showLinkCode()
{
    auto code = enrolment::currentLinkCode(m_store, m_patientId);
    if (!code) {
        m_linkCode->setText(tr("Link code: %1").arg(errorText(code.error())));
        m_newCode->setVisible(!m_ended);
        return;
    }
    if (!*code) {
        m_linkCode->setText(tr("Link code: none made"));
    } else {
        const auto &c = **code;
        const QString value = QString::fromStdString(c.code);
        if (c.used)
            m_linkCode->setText(tr("Link code %1: used").arg(value));
        else if (c.expiresAtMillis <= m_clock())
            m_linkCode->setText(
                tr("Link code %1: expired %2").arg(value, formatDate(c.expiresAtMillis)));
        else
            m_linkCode->setText(tr("Link code: <b>%1</b>, valid until %2")
                                    .arg(value.toHtmlEscaped(), formatDate(c.expiresAtMillis)));
    }
    m_newCode->setVisible(!m_ended);
}

bool ContactHeader::renewLinkCode()
{
    if (m_patientId.empty() || m_ended)
        return false;
    auto code = enrolment::renewLinkCode(m_store, m_patientId, m_clock());
    if (!code) {
        m_error->setText(QStringLiteral("⚠ ") + errorText(code.error()));
        m_error->show();
        return false;
    }
    m_error->hide();
    showLinkCode();
    return true;
}

void ContactHeader::askRenew()
{
    const auto answer = QMessageBox::question(this, tr("New link code"),
        tr("Make a new link code? The current code stops working."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        renewLinkCode();
}

QString ContactHeader::phonesText() const
{
    QStringList parts;
    for (auto *w : m_phoneWidgets)
        if (auto *label = w->findChild<QLabel *>())
            parts << label->text();
    return parts.join(QStringLiteral(" · "));
}

QString ContactHeader::linkCodeText() const { return m_linkCode->text(); }

QString ContactHeader::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace varde::ui
