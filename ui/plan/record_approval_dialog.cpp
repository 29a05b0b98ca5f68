#include "ui/plan/record_approval_dialog.h"

#include "core/time/civil_time.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace varde::ui
{
namespace
{

QDate toQDate(time::LocalDate d)
{
    return QDate(int(d.year()), int(unsigned(d.month())), int(unsigned(d.day())));
}

} // namespace

RecordApprovalDialog::RecordApprovalDialog(
    const QString &gpName, std::int64_t nowMillis, QWidget *parent)
    : QDialog(parent)
    , m_now(nowMillis)
{
    setWindowTitle(tr("Record the GP's approval"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The GP approved the plan outside Varde. Record how, so that "
                                "everyone can see who approved it."),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_method = new QComboBox(this);
    m_method->addItem(tr("PLO reply (message)"), int(plan::ApprovalMethod::PloReply));
    m_method->addItem(tr("By phone"), int(plan::ApprovalMethod::Phone));
    form->addRow(tr("&How:"), m_method);
    m_gp = new QLineEdit(gpName, this);
    form->addRow(tr("&GP's name:"), m_gp);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    const QDate today = toQDate(time::osloDate(time::fromEpochMillis(nowMillis)));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    form->addRow(tr("&Date:"), m_date);
    m_reference = new QPlainTextEdit(this);
    m_reference->setPlaceholderText(tr("The PLO message's reference, or a note on the call"));
    m_reference->setTabChangesFocus(true);
    m_reference->setFixedHeight(80);
    form->addRow(tr("&Reference or note:"), m_reference);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record approval"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    connect(m_gp, &QLineEdit::textChanged, this, &RecordApprovalDialog::updateOk);
    connect(m_reference, &QPlainTextEdit::textChanged, this, &RecordApprovalDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
}

bool RecordApprovalDialog::canAccept() const
{
    return !m_gp->text().trimmed().isEmpty() && !m_reference->toPlainText().trimmed().isEmpty();
}

void RecordApprovalDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

plan::OutsideApproval RecordApprovalDialog::approval() const
{
    plan::OutsideApproval a;
    a.method = plan::ApprovalMethod(m_method->currentData().toInt());
    a.gpName = m_gp->text().trimmed().toStdString();
    a.reference = m_reference->toPlainText().trimmed().toStdString();
    const QDate d = m_date->date();
    const time::LocalDate day { std::chrono::year { d.year() },
        std::chrono::month { unsigned(d.month()) }, std::chrono::day { unsigned(d.day()) } };
    // Today: now; an earlier day: its noon (the call's hour is not asked for).
    a.givenAtMillis = std::min(
        m_now, time::toEpochMillis(time::fromOslo(day, std::chrono::minutes { 12 * 60 })));
    return a;
}

} // namespace varde::ui
