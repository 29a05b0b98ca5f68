#include "ui/patient/end_follow_up_dialog.h"

#include "core/worklist/worklist.h"
#include "ui/common/error_text.h"
#include "ui/common/tr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace varde::ui
{

QString endReasonText(enrolment::EndReason reason)
{
    switch (reason) {
    case enrolment::EndReason::GoalsMet:
        return Tr::tr("Goals met");
    case enrolment::EndReason::Moved:
        return Tr::tr("Moved");
    case enrolment::EndReason::Declined:
        return Tr::tr("Declined");
    case enrolment::EndReason::LongTermCare:
        return Tr::tr("Long-term care place");
    case enrolment::EndReason::Died:
        return Tr::tr("Died");
    case enrolment::EndReason::Other:
        return Tr::tr("Other reason");
    }
    return {};
}

EndFollowUpDialog::EndFollowUpDialog(store::EncryptedStore &store,
    const std::string &patientId,
    const QString &patientName,
    Clock clock,
    QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_patientId(patientId)
    , m_clock(std::move(clock))
{
    setWindowTitle(tr("End follow-up – %1").arg(patientName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The patient leaves the worklist. Measurements, findings and "
                                "plans stay in the record for the service's retention period."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    for (auto reason : { enrolment::EndReason::GoalsMet, enrolment::EndReason::Moved,
             enrolment::EndReason::Declined, enrolment::EndReason::LongTermCare,
             enrolment::EndReason::Died, enrolment::EndReason::Other })
        m_reason->addItem(endReasonText(reason), int(reason));
    form->addRow(tr("&Reason:"), m_reason);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(80);
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note (required for other reason):"), m_note);
    layout->addLayout(form);

    m_openText = new QLabel(this);
    m_openText->setWordWrap(true);
    QFont bold = m_openText->font();
    bold.setBold(true);
    m_openText->setFont(bold);
    layout->addWidget(m_openText);
    m_close = new QCheckBox(tr("&Acknowledge them as closed with the ending"), this);
    layout->addWidget(m_close);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *end = buttons->addButton(tr("&End follow-up"), QDialogButtonBox::AcceptRole);
    end->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndFollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndFollowUpDialog::reject);
    layout->addWidget(buttons);
    countOpenFindings();
    resize(560, 0);
}

// The count comes from core's triage of this patient, as the ending itself will see it.
void EndFollowUpDialog::countOpenFindings()
{
    auto list = worklist::buildWorklist(m_store, time::fromEpochMillis(m_clock()), m_patientId);
    m_open = 0;
    if (list)
        for (const auto &row : list->rows)
            m_open += row.result.openCount;
    m_openText->setText(m_open == 0 ? QString()
            : m_open == 1           ? tr("⚠ 1 finding is still open.")
                                    : tr("⚠ %1 findings are still open.").arg(m_open));
    m_openText->setHidden(m_open == 0);
    m_close->setHidden(m_open == 0);
}

void EndFollowUpDialog::setReason(enrolment::EndReason reason)
{
    m_reason->setCurrentIndex(m_reason->findData(int(reason)));
}

void EndFollowUpDialog::setNote(const QString &note) { m_note->setPlainText(note); }

void EndFollowUpDialog::setCloseOpenFindings(bool close) { m_close->setChecked(close); }

bool EndFollowUpDialog::submit()
{
    m_error->hide();
    const auto reason = enrolment::EndReason(m_reason->currentData().toInt());
    auto ok = enrolment::endFollowUp(m_store, m_patientId, reason,
        m_note->toPlainText().trimmed().toStdString(), m_close->isChecked(), m_clock());
    if (ok)
        return true;
    QString message = errorText(ok.error());
    if (ok.error().code == ErrorCode::InvalidArgument && reason == enrolment::EndReason::Other) {
        message
            = tr("Write a note that says why, when the reason is “%1”.").arg(endReasonText(reason));
        m_note->setFocus();
    } else if (ok.error().code == ErrorCode::WrongState) {
        // Open findings (perhaps new since the dialog opened): say how many and what to do.
        countOpenFindings();
        if (m_open > 0) {
            message = m_open == 1
                ? tr("The follow-up was not ended: 1 open finding must be handled first. "
                     "Acknowledge it in the worklist, or tick “Acknowledge them as closed with "
                     "the ending”.")
                : tr("The follow-up was not ended: %1 open findings must be handled first. "
                     "Acknowledge them in the worklist, or tick “Acknowledge them as closed "
                     "with the ending”.")
                      .arg(m_open);
            m_close->setFocus();
        }
    }
    m_error->setText(QStringLiteral("⚠ ") + message);
    m_error->show();
    return false;
}

QString EndFollowUpDialog::openFindingsText() const { return m_openText->text(); }

QString EndFollowUpDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EndFollowUpDialog::accept()
{
    if (submit())
        QDialog::accept();
}

} // namespace varde::ui
