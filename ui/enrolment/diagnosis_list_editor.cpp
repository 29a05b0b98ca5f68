#include "ui/enrolment/diagnosis_list_editor.h"

#include "ui/enrolment/field_marks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace varde::ui
{
namespace
{
QString q(const std::string &s) { return QString::fromStdString(s); }
} // namespace

DiagnosisListEditor::DiagnosisListEditor(FieldMarks &marks, QWidget *parent)
    : QWidget(parent)
    , m_marks(marks)
    , m_diagnoses(1) // one row to start with: at least one diagnosis is needed
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto *none = FieldMarks::newMessageLabel(this);
    layout->addWidget(none);
    auto *add = new QPushButton(tr("Add a diagnosis"), this);
    add->setObjectName(QStringLiteral("addDiagnosis"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &DiagnosisListEditor::addDiagnosis);
    layout->addWidget(add, 0, Qt::AlignLeft);
    // "Minst én diagnose trengs" belongs to the list itself.
    m_marks.add(QStringLiteral("diagnoses"), add, none);
    rebuild();
}

void DiagnosisListEditor::setDiagnoses(std::vector<enrolment::DiagnosisEntry> diagnoses)
{
    m_diagnoses = std::move(diagnoses);
    rebuild();
    Q_EMIT changed();
}

void DiagnosisListEditor::addDiagnosis()
{
    m_diagnoses.push_back({});
    rebuild();
    Q_EMIT changed();
    if (auto *code
        = m_marks.input(QStringLiteral("diagnoses[%1].code").arg(m_diagnoses.size() - 1)))
        code->setFocus();
}

void DiagnosisListEditor::rebuild()
{
    m_marks.removeWithPrefix(QStringLiteral("diagnoses["));
    // Later, not now: the click that removes a row comes from a button in it.
    while (auto *item = m_rows->takeAt(0)) {
        if (auto *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (std::size_t i = 0; i < m_diagnoses.size(); ++i)
        m_rows->addWidget(row(i));
}

QWidget *DiagnosisListEditor::row(std::size_t i)
{
    const auto &d = m_diagnoses[i];
    const QString at = QStringLiteral("diagnoses[%1].").arg(i);
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 4);
    auto *line = new QHBoxLayout;
    outer->addLayout(line);

    auto *rank = new QLabel(i == 0 ? tr("Primary") : tr("Secondary"), box);
    rank->setMinimumWidth(90);
    if (i == 0)
        rank->setStyleSheet(QStringLiteral("font-weight: bold;"));
    line->addWidget(rank);

    auto *system = new QComboBox(box);
    system->addItem(QStringLiteral("ICD-10"), int(domain::CodeSystem::Icd10));
    system->addItem(QStringLiteral("ICPC-2"), int(domain::CodeSystem::Icpc2));
    system->setCurrentIndex(d.system == domain::CodeSystem::Icd10 ? 0 : 1);
    system->setAccessibleName(tr("Code system of diagnosis %1").arg(i + 1));
    connect(system, &QComboBox::activated, this, [this, i, system] {
        m_diagnoses[i].system = domain::CodeSystem(system->currentData().toInt());
        Q_EMIT changed();
    });
    line->addWidget(system);

    auto *code = new QLineEdit(q(d.code), box);
    code->setPlaceholderText(tr("Code, e.g. J44.1"));
    code->setMinimumWidth(180);
    code->setMaximumWidth(200);
    code->setAccessibleName(tr("Code of diagnosis %1").arg(i + 1));
    // Codes are written in capitals; "j44.1" is plainly meant as J44.1.
    connect(code, &QLineEdit::textEdited, this, [this, i](const QString &t) {
        m_diagnoses[i].code = t.trimmed().toUpper().toStdString();
        Q_EMIT changed();
    });
    line->addWidget(code);

    auto *text = new QLineEdit(q(d.text), box);
    text->setPlaceholderText(tr("Diagnosis text"));
    text->setAccessibleName(tr("Text of diagnosis %1").arg(i + 1));
    connect(text, &QLineEdit::textEdited, this, [this, i](const QString &t) {
        m_diagnoses[i].text = t.toStdString();
        Q_EMIT changed();
    });
    line->addWidget(text, 1);

    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setAutoDefault(false);
    remove->setAccessibleName(tr("Remove diagnosis %1").arg(i + 1));
    connect(remove, &QPushButton::clicked, this, [this, i] {
        m_diagnoses.erase(m_diagnoses.begin() + std::ptrdiff_t(i));
        rebuild();
        Q_EMIT changed();
    });
    line->addWidget(remove);

    auto *message = FieldMarks::newMessageLabel(box);
    outer->addWidget(message);
    m_marks.add(at + QStringLiteral("code"), code, message);
    m_marks.add(at + QStringLiteral("text"), text, message);
    m_marks.add(at + QStringLiteral("system"), system, message);
    return box;
}

} // namespace varde::ui
