#include "ui/patient/reassign_dialog.h"

#include "core/enrolment/caseload.h"
#include "core/enrolment/follow_up.h"
#include "ui/common/error_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace varde::ui
{

ReassignDialog::ReassignDialog(store::EncryptedStore &store,
    const std::string &patientId,
    const std::string &currentNurseId,
    Clock clock,
    QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_patientId(patientId)
    , m_clock(std::move(clock))
{
    setWindowTitle(tr("Change responsible nurse"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_nurses = new QComboBox(this);
    form->addRow(tr("&Responsible nurse:"), m_nurses);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReassignDialog::reject);
    layout->addWidget(buttons);

    auto nurses = enrolment::nursesOf(m_store);
    if (!nurses) {
        m_error->setText(QStringLiteral("⚠ ") + errorText(nurses.error()));
        m_error->show();
        return;
    }
    for (const auto &n : *nurses)
        m_nurses->addItem(n.meta.id == currentNurseId
                ? tr("%1 (responsible now)").arg(QString::fromStdString(n.displayName))
                : QString::fromStdString(n.displayName),
            QString::fromStdString(n.meta.id));
    setNurse(QString::fromStdString(currentNurseId));
}

bool ReassignDialog::setNurse(const QString &userId)
{
    const int index = m_nurses->findData(userId);
    if (index < 0)
        return false;
    m_nurses->setCurrentIndex(index);
    return true;
}

bool ReassignDialog::submit()
{
    if (m_nurses->currentIndex() < 0)
        return false;
    auto ok = enrolment::reassignNurse(
        m_store, m_patientId, m_nurses->currentData().toString().toStdString(), m_clock());
    if (ok)
        return true;
    m_error->setText(QStringLiteral("⚠ ") + errorText(ok.error()));
    m_error->show();
    return false;
}

QString ReassignDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReassignDialog::accept()
{
    if (submit())
        QDialog::accept();
}

} // namespace varde::ui
