#include "ui/enrolment/contact_list_editor.h"

#include "ui/enrolment/field_marks.h"

#include <QCheckBox>
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

ContactListEditor::ContactListEditor(FieldMarks &marks, QWidget *parent)
    : QWidget(parent)
    , m_marks(marks)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto *add = new QPushButton(tr("Add a relative or helper"), this);
    add->setObjectName(QStringLiteral("addContact"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ContactListEditor::addContact);
    layout->addWidget(add, 0, Qt::AlignLeft);
    rebuild();
}

void ContactListEditor::setContacts(std::vector<enrolment::ContactEntry> contacts)
{
    m_contacts = std::move(contacts);
    rebuild();
    Q_EMIT changed();
}

void ContactListEditor::addContact()
{
    m_contacts.push_back({});
    rebuild();
    Q_EMIT changed();
    if (auto *name = m_marks.input(QStringLiteral("contacts[%1].name").arg(m_contacts.size() - 1)))
        name->setFocus();
}

void ContactListEditor::rebuild()
{
    m_marks.removeWithPrefix(QStringLiteral("contacts["));
    // Later, not now: the click that removes a row comes from a button in it.
    while (auto *item = m_rows->takeAt(0)) {
        if (auto *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (m_contacts.empty()) {
        auto *none = new QLabel(tr("None added yet."), this);
        none->setWordWrap(true);
        none->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
        m_rows->addWidget(none);
    }
    for (std::size_t i = 0; i < m_contacts.size(); ++i)
        m_rows->addWidget(row(i));
}

QWidget *ContactListEditor::row(std::size_t i)
{
    const auto &c = m_contacts[i];
    const QString at = QStringLiteral("contacts[%1].").arg(i);
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 4);
    auto *line = new QHBoxLayout;
    outer->addLayout(line);

    auto *name = new QLineEdit(q(c.name), box);
    name->setPlaceholderText(tr("Name"));
    name->setAccessibleName(tr("Name of relative %1").arg(i + 1));
    connect(name, &QLineEdit::textEdited, this, [this, i](const QString &t) {
        m_contacts[i].name = t.toStdString();
        Q_EMIT changed();
    });
    name->setMinimumWidth(140);
    line->addWidget(name, 3);

    // The role is free text (stored as written); the list only saves typing.
    auto *relation = new QComboBox(box);
    relation->setEditable(true);
    relation->addItems({ QString(), tr("spouse"), tr("cohabitant"), tr("daughter"), tr("son"),
        tr("sibling"), tr("neighbour"), tr("home care service") });
    relation->setCurrentText(q(c.relation));
    relation->lineEdit()->setPlaceholderText(tr("Role, e.g. daughter"));
    relation->setAccessibleName(tr("Role of relative %1").arg(i + 1));
    connect(relation, &QComboBox::currentTextChanged, this, [this, i](const QString &t) {
        m_contacts[i].relation = t.toStdString();
        Q_EMIT changed();
    });
    line->addWidget(relation, 2);

    auto *phone = new QLineEdit(q(c.phone), box);
    phone->setPlaceholderText(tr("Phone"));
    phone->setAccessibleName(tr("Phone of relative %1").arg(i + 1));
    connect(phone, &QLineEdit::textEdited, this, [this, i](const QString &t) {
        m_contacts[i].phone = t.toStdString();
        Q_EMIT changed();
    });
    phone->setMinimumWidth(110);
    line->addWidget(phone, 2);

    auto *kin = new QCheckBox(tr("Next of kin"), box);
    kin->setChecked(c.nextOfKin);
    connect(kin, &QCheckBox::toggled, this, [this, i](bool on) {
        m_contacts[i].nextOfKin = on;
        Q_EMIT changed();
    });
    // The two marks on a line of their own: the row stays within half the screen.
    auto *marks = new QHBoxLayout;
    marks->setContentsMargins(4, 0, 0, 0);
    outer->addLayout(marks);
    marks->addWidget(kin);
    auto *helps = new QCheckBox(tr("Helps with measuring"), box);
    helps->setChecked(c.helpsMeasure);
    connect(helps, &QCheckBox::toggled, this, [this, i](bool on) {
        m_contacts[i].helpsMeasure = on;
        Q_EMIT changed();
    });
    marks->addWidget(helps);
    marks->addStretch();

    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setAutoDefault(false);
    remove->setAccessibleName(tr("Remove relative %1").arg(i + 1));
    connect(remove, &QPushButton::clicked, this, [this, i] {
        m_contacts.erase(m_contacts.begin() + std::ptrdiff_t(i));
        rebuild();
        Q_EMIT changed();
    });
    line->addWidget(remove);

    auto *message = FieldMarks::newMessageLabel(box);
    outer->addWidget(message);
    m_marks.add(at + QStringLiteral("name"), name, message);
    m_marks.add(at + QStringLiteral("relation"), relation, message);
    m_marks.add(at + QStringLiteral("phone"), phone, message);
    return box;
}

} // namespace varde::ui
