#include "ui/meeting/decision_dialog.h"

#include "ui/meeting/meeting_style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace varde::ui
{

DecisionDialog::DecisionDialog(const QString &patientName, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Note decision"));
    // Readable on the shared screen as it is typed: everyone sees what is written down.
    setFont(meeting::typeface(meeting::controlPt));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Decisions for %1. They are saved as a new draft of the plan; the "
                                "plan in force does not change until the GP approves.")
                                 .arg(patientName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_editor->setFont(meeting::typeface(meeting::labelPt));
    m_editor->setPlaceholderText(tr("For example: Measure weight every day for two weeks."));
    m_editor->setMinimumSize(900, 320);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save as draft"), QDialogButtonBox::AcceptRole);
    m_save->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
        [this] { m_save->setEnabled(!decisions().isEmpty()); });
    m_editor->setFocus();
}

QString DecisionDialog::decisions() const { return m_editor->toPlainText().trimmed(); }

} // namespace varde::ui
